import { useTranslation } from 'react-i18next';
import { TicketPriority } from '@firstline/protocol';

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

/** A filter drop-down: "any" (empty) first, then each choice with its label. */
export function ChoiceSelect({
  label,
  any,
  choices,
  value,
  onChange,
}: {
  label: string;
  any: string;
  choices: Array<[string, string]>;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{any}</option>
      {choices.map(([choice, text]) => (
        <option key={choice} value={choice}>
          {text}
        </option>
      ))}
    </select>
  );
}

export function RatingSelect({ value, onChange }: { value: string; onChange: (rating: string) => void }) {
  const { t } = useTranslation();
  const choices = [5, 4, 3, 2, 1].map((n): [string, string] => [String(n), '★'.repeat(n)]);
  return (
    <ChoiceSelect
      label={t('admin.session.rating')}
      any={t('admin.filters.anyRating')}
      choices={choices}
      value={value}
      onChange={onChange}
    />
  );
}

export function SlaSelect({ value, onChange }: { value: string; onChange: (breached: string) => void }) {
  const { t } = useTranslation();
  const choices: Array<[string, string]> = [
    ['true', t('admin.filters.slaBreached')],
    ['false', t('admin.filters.slaMet')],
  ];
  return <ChoiceSelect label={t('admin.sla.title')} any={t('admin.filters.anySla')} choices={choices} value={value} onChange={onChange} />;
}

export function PrioritySelect({ value, onChange }: { value: string; onChange: (priority: string) => void }) {
  const { t } = useTranslation();
  const choices = TicketPriority.options.map((p): [string, string] => [p, t(`priority.${p}`)]);
  return (
    <ChoiceSelect
      label={t('engineer.wrapUp.priority')}
      any={t('admin.filters.anyPriority')}
      choices={choices}
      value={value}
      onChange={onChange}
    />
  );
}

export function CategoryInput({ value, onChange }: { value: string; onChange: (category: string) => void }) {
  const { t } = useTranslation();
  return (
    <input
      aria-label={t('engineer.wrapUp.category')}
      placeholder={t('engineer.wrapUp.category')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** Sort and direction in one drop-down; `orders` are "field:direction" pairs, labelled from `labels`. */
export function SortSelect({
  sort,
  order,
  orders,
  labels,
  onChange,
}: {
  sort: string;
  order: string;
  orders: string[];
  labels: string;
  onChange: (next: { sort: string; order: string }) => void;
}) {
  const { t } = useTranslation();
  const [fallbackSort = '', fallbackOrder = 'desc'] = orders[0]!.split(':');
  return (
    <select
      aria-label={t('admin.filters.sort')}
      value={`${sort || fallbackSort}:${order || fallbackOrder}`}
      onChange={(e) => {
        const [nextSort = fallbackSort, nextOrder = fallbackOrder] = e.target.value.split(':');
        onChange({ sort: nextSort, order: nextOrder });
      }}
    >
      {orders.map((value) => (
        <option key={value} value={value}>
          {t(`${labels}.${value.replace(':', '_')}`)}
        </option>
      ))}
    </select>
  );
}
