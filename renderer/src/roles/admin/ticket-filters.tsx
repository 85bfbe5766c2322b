import { useTranslation } from 'react-i18next';
import { TicketOutcome, TicketStatus } from '@firstline/protocol';
import { EngineerSelect } from './engineer-select';
import { CategoryInput, ChoiceSelect, DateRange, PrioritySelect, RatingSelect, SlaSelect, SortSelect } from './filter-controls';

export const TICKET_FILTER_KEYS = [
  'q',
  'status',
  'priority',
  'category',
  'engineer',
  'tag',
  'rating',
  'slaBreached',
  'outcome',
  'from',
  'to',
  'sort',
  'order',
] as const;
export type TicketFilterValues = Record<(typeof TICKET_FILTER_KEYS)[number], string>;

/** The tickets list's filter bar; every change goes into the URL, so the view can be shared. */
export function TicketFilters({
  filters,
  onChange,
}: {
  filters: TicketFilterValues;
  onChange: (next: Partial<TicketFilterValues>) => void;
}) {
  const { t } = useTranslation();
  const statuses = TicketStatus.options.map((s): [string, string] => [s, t(`ticketStatus.${s}`)]);
  const outcomes: Array<[string, string]> = [
    ['any', t('admin.filters.outcomeAny')],
    ...TicketOutcome.options.map((o): [string, string] => [o, t(`ticketOutcome.${o}`)]),
  ];
  return (
    <div className="filters" role="search">
      <input
        type="search"
        aria-label={t('admin.filters.search')}
        placeholder={t('admin.filters.search')}
        value={filters.q}
        onChange={(e) => onChange({ q: e.target.value })}
      />
      <ChoiceSelect
        label={t('admin.tickets.status')}
        any={t('admin.filters.anyStatus')}
        choices={statuses}
        value={filters.status}
        onChange={(status) => onChange({ status })}
      />
      {/* By default the list is the work: requests that ended without help are left out. */}
      <ChoiceSelect
        label={t('admin.filters.outcome')}
        any={t('admin.filters.outcomeNone')}
        choices={outcomes}
        value={filters.outcome}
        onChange={(outcome) => onChange({ outcome })}
      />
      <PrioritySelect value={filters.priority} onChange={(priority) => onChange({ priority })} />
      <CategoryInput value={filters.category} onChange={(category) => onChange({ category })} />
      <input
        aria-label={t('admin.ticket.tag')}
        placeholder={t('admin.ticket.tag')}
        value={filters.tag}
        onChange={(e) => onChange({ tag: e.target.value.trim().toLowerCase() })}
      />
      <EngineerSelect value={filters.engineer} onChange={(engineer) => onChange({ engineer })} />
      <RatingSelect value={filters.rating} onChange={(rating) => onChange({ rating })} />
      <SlaSelect value={filters.slaBreached} onChange={(slaBreached) => onChange({ slaBreached })} />
      <DateRange from={filters.from} to={filters.to} onChange={onChange} />
      <SortSelect
        sort={filters.sort}
        order={filters.order}
        orders={['updated:desc', 'updated:asc', 'created:desc', 'created:asc', 'priority:desc']}
        labels="admin.filters.sortBy"
        onChange={onChange}
      />
    </div>
  );
}
