import { useTranslation } from 'react-i18next';
import { DataTable } from '../../features/ui/data-table';
import { useApiData } from '../../features/api/use-api-data';

/** The knowledge base over the report's period: what helped, how often customers helped themselves, and what is missing. */
export function KnowledgeReportCard({ from, to }: { from: number; to: number }) {
  const { t } = useTranslation();
  const { data } = useApiData('GET /api/knowledge/report', { query: { from, to } });
  if (!data) return null;
  const r = data.report;
  return (
    <section className="card" aria-labelledby="knowledge-report-heading" data-testid="knowledge-report">
      <h2 id="knowledge-report-heading">{t('knowledge.report.title')}</h2>
      <div className="kpis">
        <div className="kpi">
          <div className="muted">{t('knowledge.report.deflections')}</div>
          <div className="kpi-value" data-testid="deflections">
            {r.deflections}
          </div>
        </div>
        <div className="kpi">
          <div className="muted">{t('knowledge.report.solvedTickets')}</div>
          <div className="kpi-value">{r.ticketsSolvedWithArticle}</div>
        </div>
      </div>
      <div className="queue-layout even">
        <div>
          <h3>{t('knowledge.report.mostUsed')}</h3>
          {r.mostUsed.length === 0 ? (
            <p className="muted">{t('knowledge.report.none')}</p>
          ) : (
            <DataTable
              labels={[
                t('knowledge.columns.title'),
                t('knowledge.report.sent'),
                t('knowledge.report.solved'),
                t('knowledge.report.deflected'),
              ]}
            >
              {r.mostUsed.map((u) => (
                <tr key={u.id}>
                  <td dir="auto">
                    <a href={`#/knowledge/${u.id}`}>{u.title}</a>
                  </td>
                  <td className="tabular">{u.sent}</td>
                  <td className="tabular">{u.solved}</td>
                  <td className="tabular">{u.deflections}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </div>
        <div>
          <h3>{t('knowledge.report.gaps')}</h3>
          {r.gaps.length === 0 ? (
            <p className="muted">{t('knowledge.report.none')}</p>
          ) : (
            <ol className="ranked" data-testid="knowledge-gaps">
              {r.gaps.map((g) => (
                <li key={g.category}>
                  <bdi>{g.category}</bdi>
                  <span className="tabular">{t('counts.tickets', { count: g.tickets })}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
