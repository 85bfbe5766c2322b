import { useTranslation } from 'react-i18next';

/** A table's header row; null is an actions column, named for screen readers only. */
export function TableHeader({ labels }: { labels: Array<string | null> }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          <th key={i}>{label ?? <span className="visually-hidden">{t('app.actions')}</span>}</th>
        ))}
      </tr>
    </thead>
  );
}
