import { useTranslation } from 'react-i18next';
import type { SectionResult } from '@firstline/protocol';
import { formatValue, matches, sectionView } from './section-rows';

/** One inventory section: its fields and tables, or a marked gap saying why it is missing. */
export function SectionCard({ section, query }: { section: SectionResult; query: string }) {
  const { t, i18n } = useTranslation();
  const title = t(`sections.${section.name}`);
  const yesNo: [string, string] = [t('inventory.yes'), t('inventory.no')];
  const label = (path: string[]) => path.map((k) => t(`fields.${k}`, { defaultValue: k })).join(' · ');

  if (section.status !== 'ok') {
    if (!matches(query, title)) return null;
    return (
      <section className="inventory-section gap" data-section={section.name}>
        <h3>{title}</h3>
        <p className="muted">{t(`inventory.gap.${section.status}`)}</p>
      </section>
    );
  }
  const view = sectionView(section.data);
  const fields = view.fields.filter((f) => matches(query, title, label(f.label), formatValue(f.key, f.value, i18n.language, yesNo)));
  const tables = view.tables.filter((table) =>
    matches(query, title, t(`fields.${table.key}`, { defaultValue: table.key }), JSON.stringify(table.rows)),
  );
  if (fields.length === 0 && tables.length === 0 && !matches(query, title)) return null;

  return (
    <section className="inventory-section" data-section={section.name}>
      <h3>
        {title} {section.partial && <span className="badge">{t('inventory.updating')}</span>}
      </h3>
      {fields.length > 0 && (
        <dl className="facts">
          {fields.map((f) => (
            <div key={f.label.join('.')} className="fact">
              <dt>{label(f.label)}</dt>
              <dd>{formatValue(f.key, f.value, i18n.language, yesNo)}</dd>
            </div>
          ))}
        </dl>
      )}
      {tables.map((table) => (
        <div key={table.key} className="table-scroll">
          <h4>{t(`fields.${table.key}`, { defaultValue: table.key })}</h4>
          {table.rows.length === 0 ? (
            <p className="muted">{t('inventory.none')}</p>
          ) : (
            <table className="table compact">
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c}>{t(`fields.${c}`, { defaultValue: c })}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j}>{formatValue(table.columns[j]!, cell, i18n.language, yesNo)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </section>
  );
}
