import { useTranslation } from 'react-i18next';
import type { EngineerIdentity } from '@firstline/protocol';
import { useNow } from '../../features/ui/use-now';

/** The separate question for control, naming who asks; unanswered, it lapses as a no. */
export function ControlPrompt(props: { engineer: EngineerIdentity; expiresAt: number; onRespond: (granted: boolean) => void }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const seconds = Math.max(0, Math.ceil((props.expiresAt - now) / 1000));
  return (
    <section
      className="card control-prompt"
      role="alertdialog"
      aria-labelledby="control-prompt-title"
      aria-describedby="control-prompt-detail"
    >
      <h2 id="control-prompt-title">
        {t('customer.control.asks', { name: props.engineer.name, organisation: props.engineer.organisation })}
      </h2>
      <p id="control-prompt-detail">{t('customer.control.explain')}</p>
      <p className="muted" role="timer">
        {t('customer.control.countdown', { seconds })}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => props.onRespond(true)}>
          {t('customer.control.allow')}
        </button>
        <button type="button" onClick={() => props.onRespond(false)}>
          {t('customer.control.decline')}
        </button>
      </div>
    </section>
  );
}
