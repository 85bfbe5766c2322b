import { useTranslation } from 'react-i18next';
import type { ColleagueRequest } from './use-colleague-consent';
import { isolate } from '../../features/ui/format';

/** Asked before anyone new sees the screen: a colleague to watch, or to take the session over. */
export function ColleaguePrompt({ request, onRespond }: { request: ColleagueRequest; onRespond: (granted: boolean) => void }) {
  const { t } = useTranslation();
  const names = {
    name: isolate(request.engineer.name),
    organisation: isolate(request.engineer.organisation),
    from: isolate(request.from.name),
  };
  return (
    <section
      className="card control-prompt"
      role="alertdialog"
      aria-labelledby="colleague-prompt-title"
      aria-describedby="colleague-prompt-detail"
    >
      <h2 id="colleague-prompt-title">{t(`customer.colleague.${request.mode}.asks`, names)}</h2>
      <p id="colleague-prompt-detail">{t(`customer.colleague.${request.mode}.explain`, names)}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => onRespond(true)}>
          {t(`customer.colleague.${request.mode}.allow`)}
        </button>
        <button type="button" onClick={() => onRespond(false)}>
          {t(`customer.colleague.${request.mode}.decline`, names)}
        </button>
      </div>
    </section>
  );
}
