import { useTranslation } from 'react-i18next';

/** Always visible while a session is live: who is connected, what they see, and how to stop. */
export function SharingBar(props: { engineerName: string; sharing: boolean; onStopSharing: () => void; onEnd: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`sharing-bar ${props.sharing ? 'live' : 'idle'}`} role="status" data-testid="sharing-bar">
      <span className="dot" aria-hidden="true" />
      <span className="sharing-text">
        {props.sharing
          ? t('customer.bar.sharing', { name: props.engineerName })
          : t('customer.bar.connected', { name: props.engineerName })}
      </span>
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
