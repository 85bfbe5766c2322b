import { useTranslation } from 'react-i18next';
import { BarChart } from '../../features/ui/bar-chart';
import { formatDate, formatDay, formatElapsed } from '../../features/ui/format';
import { DateRange } from './filter-controls';
import { useApiData } from '../../features/api/use-api-data';
import { listFromUrl } from './list-url';
import { KnowledgeReportCard } from './knowledge-report-card';

/** A period (the last 30 days unless the URL says otherwise) at a glance: volume, speed, quality, and the problems that keep coming back. */
export function ReportsView({ query }: { query: string }) {
  const { t, i18n } = useTranslation();
  const list = listFromUrl('reports', query, ['from', 'to'] as const);
  const { data, error } = useApiData('GET /api/reports', { query: list.unpaged });
  const percent = (v: number | null) =>
    v === null ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(v);
  const time = (ms: number | null) => (ms === null ? '—' : formatElapsed(ms));
  if (error) return <p className="error">{t(`errors.${error}`)}</p>;
  if (!data) return <p className="muted">{t('app.loading')}</p>;
  const r = data.report;
  const figures: Array<[string, string]> = [
    ['sessions', String(r.sessions)],
    ['timeToAnswer', time(r.medianTimeToAnswerMs)],
    ['duration', time(r.medianDurationMs)],
    ['firstContact', percent(r.firstContactResolutionRate)],
    ['rating', r.averageRating === null ? '—' : `${r.averageRating} / 5 (${r.ratings})`],
    ['sla', percent(r.slaCompliance)],
  ];
  return (
    <div className="stack">
      <div className="inventory-toolbar">
        <h1>{t('admin.reports.title')}</h1>
        <span className="muted" data-testid="report-period">
          {formatDate(data.from, i18n.language)} – {formatDate(data.to - 1, i18n.language)}
        </span>
      </div>
      <div className="filters" role="search">
        <DateRange from={list.filters.from} to={list.filters.to} onChange={list.change} />
      </div>
      <div className="kpis" data-testid="kpis">
        {figures.map(([key, value]) => (
          <div className="card kpi" key={key}>
            <div className="muted">{t(`admin.reports.${key}`)}</div>
            <div className="kpi-value">{value}</div>
          </div>
        ))}
      </div>
      <section className="card">
        <h2>{t('admin.reports.perDay')}</h2>
        <BarChart
          testId="sessions-per-day"
          label={t('admin.reports.sessions')}
          labels={r.sessionsPerDay.map((d) => formatDay(d.day, i18n.language))}
          values={r.sessionsPerDay.map((d) => d.count)}
        />
      </section>
      <div className="queue-layout even">
        <section className="card">
          <h2>{t('admin.reports.categories')}</h2>
          {r.topCategories.length === 0 ? (
            <p className="muted">{t('admin.reports.none')}</p>
          ) : (
            <BarChart
              label={t('admin.reports.tickets')}
              labels={r.topCategories.map((c) => c.category)}
              values={r.topCategories.map((c) => c.count)}
            />
          )}
        </section>
        <section className="card">
          <h2>{t('admin.reports.findings')}</h2>
          {r.topFindings.length === 0 && <p className="muted">{t('admin.reports.none')}</p>}
          <ol className="ranked" data-testid="top-findings">
            {r.topFindings.map((f) => (
              <li key={f.rule}>
                <span>{t(`findingNames.${f.rule}`, { defaultValue: f.rule })}</span>
                <span className="tabular">{f.count}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <KnowledgeReportCard from={data.from} to={data.to} />
    </div>
  );
}
