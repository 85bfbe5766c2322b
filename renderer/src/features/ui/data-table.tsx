import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The consoles' tables: a header row and the rows, in a box that scrolls sideways on its own when the
 * table is wider than the screen, so the page never does. A null label is an actions column, named
 * for screen readers only.
 */
export function DataTable({ labels, children }: { labels: Array<string | null>; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            {labels.map((label, i) => (
              <th key={i}>{label ?? <span className="visually-hidden">{t('app.actions')}</span>}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
