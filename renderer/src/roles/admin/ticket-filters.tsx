import { useTranslation } from 'react-i18next';
import { TicketPriority, TicketStatus } from '@firstline/protocol';

export type Filters = Record<'q' | 'status' | 'priority' | 'category' | 'from' | 'to' | 'sort' | 'order', string>;

export const toDayStart = (day: string) => (day ? String(new Date(`${day}T00:00:00`).getTime()) : '');
export const fromDayStart = (ms: string) => (ms ? new Date(Number(ms)).toISOString().slice(0, 10) : '');

/** The list's filter bar; every change goes into the URL, so the view can be shared. */
export function TicketFilters({ filters, onChange }: { filters: Filters; onChange: (next: Partial<Filters>) => void }) {
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
      <label className="inline">
        {t('admin.filters.from')}
        <input type="date" value={fromDayStart(filters.from)} onChange={(e) => onChange({ from: toDayStart(e.target.value) })} />
      </label>
      <label className="inline">
        {t('admin.filters.to')}
        <input type="date" value={fromDayStart(filters.to)} onChange={(e) => onChange({ to: toDayStart(e.target.value) })} />
      </label>
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
