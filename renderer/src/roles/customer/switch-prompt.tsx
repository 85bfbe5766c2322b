import { useTranslation } from 'react-i18next';

/** The engineer asks to see another screen; the customer decides. */
export function SwitchPrompt(props: { engineerName: string; screenName: string; onRespond: (yes: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card control-prompt" role="alertdialog" aria-labelledby="switch-prompt-title">
      <h2 id="switch-prompt-title">{t('customer.switch.asks', { name: props.engineerName, screen: props.screenName })}</h2>
      <div className="actions">
        <button type="button" className="primary" onClick={() => props.onRespond(true)}>
          {t('customer.switch.show')}
        </button>
        <button type="button" onClick={() => props.onRespond(false)}>
          {t('customer.switch.keep')}
        </button>
      </div>
    </section>
  );
}
