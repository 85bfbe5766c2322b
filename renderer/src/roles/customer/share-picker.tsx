import { useTranslation } from 'react-i18next';
import type { ScreenSource } from '@firstline/bridge-contract';

/** Desktop: Firstline's own picker with thumbnails. Browser: the browser's picker, behind one button. */
export function SharePicker({
  sources,
  canCapture,
  onPick,
  onRefresh,
}: {
  sources: ScreenSource[] | null;
  /** False in a browser that cannot share a screen (a phone, a tablet). */
  canCapture: boolean;
  onPick: (id?: string) => void;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  if (!canCapture) {
    return (
      <section className="card" aria-labelledby="share-heading" data-testid="share-unavailable">
        <h2 id="share-heading">{t('customer.share.title')}</h2>
        <p>{t('customer.share.unavailable')}</p>
      </section>
    );
  }
  if (!sources) {
    return (
      <section className="card" aria-labelledby="share-heading">
        <h2 id="share-heading">{t('customer.share.title')}</h2>
        <p className="muted">{t('customer.share.browserHint')}</p>
        <button type="button" className="primary" data-testid="share-screen" onClick={() => onPick()}>
          {t('customer.share.choose')}
        </button>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('customer.share.title')}</h2>
      <div className="source-grid">
        {sources.map((source) => (
          <button type="button" key={source.id} className="source" onClick={() => onPick(source.id)}>
            <img src={source.thumbnailDataUrl} alt="" />
            <span>{source.kind === 'screen' ? t('customer.share.screen', { name: source.name }) : source.name}</span>
          </button>
        ))}
      </div>
      <button type="button" onClick={onRefresh}>
        {t('customer.share.refresh')}
      </button>
    </section>
  );
}
