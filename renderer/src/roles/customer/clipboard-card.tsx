import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClipboardReceipt } from '../../features/clipboard/use-clipboard-exchange';
import { ReceivedText } from '../../features/clipboard/received-text';

/**
 * The customer sends their clipboard text only by pressing the button; text from the engineer is
 * placed on the clipboard by the desktop app (and said so), or offered to copy in a browser.
 */
export function ClipboardCard(props: {
  engineerName: string;
  placedAutomatically: boolean;
  received: ClipboardReceipt | null;
  sentChars: number | null;
  disabled: boolean;
  onSendMine: () => Promise<'sent' | 'empty' | 'failed'>;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<'empty' | 'failed' | null>(null);
  const sendMine = async () => {
    const outcome = await props.onSendMine();
    setProblem(outcome === 'sent' ? null : outcome);
  };
  return (
    <section className="card clipboard-card" aria-labelledby="clipboard-heading">
      <h2 id="clipboard-heading">{t('clipboard.title')}</h2>
      <button type="button" disabled={props.disabled} onClick={() => void sendMine()}>
        {t('clipboard.sendMine', { name: props.engineerName })}
      </button>
      {props.sentChars !== null && !problem && (
        <span className="muted small" role="status">
          {' '}
          {t('clipboard.sent', { count: props.sentChars })}
        </span>
      )}
      {problem && (
        <p className="error" role="alert">
          {t(problem === 'empty' ? 'clipboard.empty' : 'clipboard.failed')}
        </p>
      )}
      {props.received &&
        (props.placedAutomatically ? (
          <p className="notice" role="status">
            {t('clipboard.placed', { name: props.engineerName, count: props.received.text.length })}
          </p>
        ) : (
          <ReceivedText label={t('clipboard.fromPeer', { name: props.engineerName })} text={props.received.text} />
        ))}
    </section>
  );
}
