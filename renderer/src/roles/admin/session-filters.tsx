import { useTranslation } from 'react-i18next';
import { EndReason, TicketPriority } from '@firstline/protocol';
import { EngineerSelect } from './engineer-select';
import { DateRange, RatingSelect, SlaSelect } from './filter-controls';

export const SESSION_FILTER_KEYS = ['q', 'outcome', 'engineer', 'rating', 'priority', 'category', 'slaBreached', 'from', 'to', 'sort', 'order'] as const;
export type SessionFilterValues = Record<(typeof SESSION_FILTER_KEYS)[number], string>;

/** The session log's filter bar; every change goes into the URL. */
export function SessionFilters({ filters, onChange }: { filters: SessionFilterValues; onChange: (next: Partial<SessionFilterValues>) => void }) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="search">
      <input type="search" aria-label={t('admin.sessions.search')} placeholder={t('admin.sessions.search')} value={filters.q} onChange={(e) => onChange({ q: e.target.value })} />
      <EngineerSelect value={filters.engineer} onChange={(engineer) => onChange({ engineer })} />
      <select aria-label={t('admin.session.outcome')} value={filters.outcome} onChange={(e) => onChange({ outcome: e.target.value })}>
        <option value="">{t('admin.filters.anyOutcome')}</option>
        {EndReason.options.map((reason) => (
          <option key={reason} value={reason}>
            {t(`endReason.${reason}`)}
          </option>
        ))}
      </select>
      <RatingSelect value={filters.rating} onChange={(rating) => onChange({ rating })} />
      <select aria-label={t('engineer.wrapUp.priority')} value={filters.priority} onChange={(e) => onChange({ priority: e.target.value })}>
        <option value="">{t('admin.filters.anyPriority')}</option>
        {TicketPriority.options.map((p) => (
          <option key={p} value={p}>
            {t(`priority.${p}`)}
          </option>
        ))}
      </select>
      <input aria-label={t('engineer.wrapUp.category')} placeholder={t('engineer.wrapUp.category')} value={filters.category} onChange={(e) => onChange({ category: e.target.value })} />
      <SlaSelect value={filters.slaBreached} onChange={(slaBreached) => onChange({ slaBreached })} />
      <DateRange from={filters.from} to={filters.to} onChange={onChange} />
      <select aria-label={t('admin.filters.sort')} value={`${filters.sort || 'created'}:${filters.order || 'desc'}`} onChange={(e) => {
        const [sort, order] = e.target.value.split(':');
        onChange({ sort: sort ?? 'created', order: order ?? 'desc' });
      }}>
        {['created:desc', 'created:asc', 'duration:desc', 'rating:asc', 'rating:desc'].map((value) => (
          <option key={value} value={value}>
            {t(`admin.sessions.sortBy.${value.replace(':', '_')}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
