import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Clipboard text that arrived from the other side, to read and copy with one click. */
export function ReceivedText(props: { label: string; text: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(props.text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="received-text">
      <label>
        {props.label}
        <textarea readOnly rows={3} value={props.text} dir="auto" />
      </label>
      <button type="button" onClick={() => void copy()}>
        {t('clipboard.copy')}
      </button>
      {copied && (
        <span className="muted small" role="status">
          {' '}
          {t('clipboard.copied')}
        </span>
      )}
    </div>
  );
}
