import { useTranslation } from 'react-i18next';
import { formatList } from '../../features/ui/format';

/**
 * Always visible while a session is live: who is connected, what they see, whether they control
 * the computer, and how to stop each of those at once.
 */
export function SharingBar(props: {
  engineerName: string;
  /** Colleagues watching beside the engineer: the bar names everyone who sees the screen. */
  watcherNames?: string[];
  sharing: boolean;
  /** While the engineer controls the computer: the take-back shortcut ('' when none could be registered). */
  controlShortcut?: string | null;
  onStopSharing: () => void;
  onEnd: () => void;
  onTakeBack?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const viewers = formatList([props.engineerName, ...(props.watcherNames ?? [])], i18n.language);
  const controlled = typeof props.controlShortcut === 'string';
  return (
    <div className={`sharing-bar ${controlled ? 'controlled' : props.sharing ? 'live' : 'idle'}`} role="status" data-testid="sharing-bar">
      <span className="dot" aria-hidden="true" />
      <span className="sharing-text">
        {controlled
          ? t('customer.bar.controlled', { name: props.engineerName })
          : props.sharing
            ? t('customer.bar.sharing', { name: viewers })
            : t('customer.bar.connected', { name: props.engineerName })}
        {controlled && props.controlShortcut && (
          <span className="bar-hint"> {t('customer.bar.shortcutHint', { shortcut: props.controlShortcut })}</span>
        )}
      </span>
      {controlled && props.onTakeBack && (
        <button type="button" className="bar-button take-back" onClick={props.onTakeBack}>
          {t('customer.bar.takeBack')}
        </button>
      )}
      {props.sharing && (
        <button type="button" className="bar-button" onClick={props.onStopSharing}>
          {t('customer.bar.stop')}
        </button>
      )}
      <button type="button" className="bar-button danger" onClick={props.onEnd}>
        {t('customer.bar.end')}
      </button>
    </div>
  );
}
