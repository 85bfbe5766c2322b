import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClipboardReceipt } from '../../features/clipboard/use-clipboard-exchange';
import { ReceivedText } from '../../features/clipboard/received-text';

/** Text to the customer's clipboard, and the text the customer chose to send. */
export function ClipboardCard(props: {
  customerName: string;
  received: ClipboardReceipt | null;
  sentChars: number | null;
  disabled: boolean;
  onSend: (text: string) => boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.onSend(text)) setText('');
  };
  return (
    <section className="card clipboard-card" aria-labelledby="clipboard-heading">
      <h2 id="clipboard-heading">{t('clipboard.title')}</h2>
      <form onSubmit={submit}>
        <label>
          {t('clipboard.toCustomer', { name: props.customerName })}
          <textarea rows={2} maxLength={100_000} value={text} onChange={(e) => setText(e.target.value)} dir="auto" />
        </label>
        <button type="submit" disabled={props.disabled || text.length === 0}>
          {t('clipboard.send', { name: props.customerName })}
        </button>
        {props.sentChars !== null && (
          <span className="muted small" role="status">
            {' '}
            {t('clipboard.sent', { count: props.sentChars })}
          </span>
        )}
      </form>
      {props.received && <ReceivedText label={t('clipboard.fromPeer', { name: props.customerName })} text={props.received.text} />}
    </section>
  );
}
