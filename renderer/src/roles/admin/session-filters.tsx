import { useTranslation } from 'react-i18next';
import { EndReason } from '@firstline/protocol';
import { EngineerSelect } from './engineer-select';
import { CategoryInput, ChoiceSelect, DateRange, PrioritySelect, RatingSelect, SlaSelect, SortSelect } from './filter-controls';

export const SESSION_FILTER_KEYS = [
  'q',
  'outcome',
  'engineer',
  'rating',
  'priority',
  'category',
  'slaBreached',
  'from',
  'to',
  'sort',
  'order',
] as const;
export type SessionFilterValues = Record<(typeof SESSION_FILTER_KEYS)[number], string>;

/** The session log's filter bar; every change goes into the URL. */
export function SessionFilters({
  filters,
  onChange,
}: {
  filters: SessionFilterValues;
  onChange: (next: Partial<SessionFilterValues>) => void;
}) {
  const { t } = useTranslation();
  const outcomes = EndReason.options.map((reason): [string, string] => [reason, t(`endReason.${reason}`)]);
  return (
    <div className="filters" role="search">
      <input
        type="search"
        aria-label={t('admin.sessions.search')}
        placeholder={t('admin.sessions.search')}
        value={filters.q}
        onChange={(e) => onChange({ q: e.target.value })}
      />
      <EngineerSelect value={filters.engineer} onChange={(engineer) => onChange({ engineer })} />
      <ChoiceSelect
        label={t('admin.session.outcome')}
        any={t('admin.filters.anyOutcome')}
        choices={outcomes}
        value={filters.outcome}
        onChange={(outcome) => onChange({ outcome })}
      />
      <RatingSelect value={filters.rating} onChange={(rating) => onChange({ rating })} />
      <PrioritySelect value={filters.priority} onChange={(priority) => onChange({ priority })} />
      <CategoryInput value={filters.category} onChange={(category) => onChange({ category })} />
      <SlaSelect value={filters.slaBreached} onChange={(slaBreached) => onChange({ slaBreached })} />
      <DateRange from={filters.from} to={filters.to} onChange={onChange} />
      <SortSelect
        sort={filters.sort}
        order={filters.order}
        orders={['created:desc', 'created:asc', 'duration:desc', 'rating:asc', 'rating:desc']}
        labels="admin.sessions.sortBy"
        onChange={onChange}
      />
    </div>
  );
}
