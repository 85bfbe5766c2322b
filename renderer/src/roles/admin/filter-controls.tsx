import { useTranslation } from 'react-i18next';

export const toDayStart = (day: string) => (day ? String(new Date(`${day}T00:00:00`).getTime()) : '');
/** The local calendar day of a time, as a date input wants it (the inverse of toDayStart). */
export function fromDayStart(ms: string): string {
  if (!ms) return '';
  const d = new Date(Number(ms));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** From and before, as calendar days in the URL's epoch milliseconds. */
export function DateRange({ from, to, onChange }: { from: string; to: string; onChange: (next: { from?: string; to?: string }) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="inline">
        {t('admin.filters.from')}
        <input type="date" value={fromDayStart(from)} onChange={(e) => onChange({ from: toDayStart(e.target.value) })} />
      </label>
      <label className="inline">
        {t('admin.filters.to')}
        <input type="date" value={fromDayStart(to)} onChange={(e) => onChange({ to: toDayStart(e.target.value) })} />
      </label>
    </>
  );
}

export function RatingSelect({ value, onChange }: { value: string; onChange: (rating: string) => void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={t('admin.session.rating')} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('admin.filters.anyRating')}</option>
      {[5, 4, 3, 2, 1].map((n) => (
        <option key={n} value={String(n)}>
          {'★'.repeat(n)}
        </option>
      ))}
    </select>
  );
}

export function SlaSelect({ value, onChange }: { value: string; onChange: (breached: string) => void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={t('admin.sla.title')} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('admin.filters.anySla')}</option>
      <option value="true">{t('admin.filters.slaBreached')}</option>
      <option value="false">{t('admin.filters.slaMet')}</option>
    </select>
  );
}
