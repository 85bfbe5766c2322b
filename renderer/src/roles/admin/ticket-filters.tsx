import { useTranslation } from 'react-i18next';
import { TicketPriority, TicketStatus } from '@firstline/protocol';
import { EngineerSelect } from './engineer-select';
import { DateRange, RatingSelect, SlaSelect } from './filter-controls';

export const TICKET_FILTER_KEYS = ['q', 'status', 'priority', 'category', 'engineer', 'tag', 'rating', 'slaBreached', 'from', 'to', 'sort', 'order'] as const;
export type TicketFilterValues = Record<(typeof TICKET_FILTER_KEYS)[number], string>;

/** The tickets list's filter bar; every change goes into the URL, so the view can be shared. */
export function TicketFilters({ filters, onChange }: { filters: TicketFilterValues; onChange: (next: Partial<TicketFilterValues>) => void }) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="search">
      <input type="search" aria-label={t('admin.filters.search')} placeholder={t('admin.filters.search')} value={filters.q} onChange={(e) => onChange({ q: e.target.value })} />
      <select aria-label={t('admin.tickets.status')} value={filters.status} onChange={(e) => onChange({ status: e.target.value })}>
        <option value="">{t('admin.filters.anyStatus')}</option>
        {TicketStatus.options.map((s) => (
          <option key={s} value={s}>
            {t(`ticketStatus.${s}`)}
          </option>
        ))}
      </select>
      <select aria-label={t('engineer.wrapUp.priority')} value={filters.priority} onChange={(e) => onChange({ priority: e.target.value })}>
        <option value="">{t('admin.filters.anyPriority')}</option>
        {TicketPriority.options.map((p) => (
          <option key={p} value={p}>
            {t(`priority.${p}`)}
          </option>
        ))}
      </select>
      <input aria-label={t('engineer.wrapUp.category')} placeholder={t('engineer.wrapUp.category')} value={filters.category} onChange={(e) => onChange({ category: e.target.value })} />
      <input aria-label={t('admin.ticket.tag')} placeholder={t('admin.ticket.tag')} value={filters.tag} onChange={(e) => onChange({ tag: e.target.value.trim().toLowerCase() })} />
      <EngineerSelect value={filters.engineer} onChange={(engineer) => onChange({ engineer })} />
      <RatingSelect value={filters.rating} onChange={(rating) => onChange({ rating })} />
      <SlaSelect value={filters.slaBreached} onChange={(slaBreached) => onChange({ slaBreached })} />
      <DateRange from={filters.from} to={filters.to} onChange={onChange} />
      <select aria-label={t('admin.filters.sort')} value={`${filters.sort || 'updated'}:${filters.order || 'desc'}`} onChange={(e) => {
        const [sort, order] = e.target.value.split(':');
        onChange({ sort: sort ?? 'updated', order: order ?? 'desc' });
      }}>
        {['updated:desc', 'updated:asc', 'created:desc', 'created:asc', 'priority:desc'].map((value) => (
          <option key={value} value={value}>
            {t(`admin.filters.sortBy.${value.replace(':', '_')}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
