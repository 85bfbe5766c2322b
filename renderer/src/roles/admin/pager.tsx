import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A list's one filter and the page it is on: choosing another filter goes back to the first page. */
export function useFilterAndPage() {
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(1);
  return { filter, page, setPage, choose: (next: string) => (setFilter(next), setPage(1)) };
}

/** "21–40 of 312" (or "of 2000+" when the count was capped) with previous and next. */
export function Pager({
  page,
  pageSize,
  total,
  capped = false,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  capped?: boolean;
  onPage: (n: number) => void;
}) {
  const { t } = useTranslation();
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <div className="pager">
      <span className="muted" data-testid="pager">
        {t('admin.tickets.range', { first, last, total: capped ? `${total}+` : total })}
      </span>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('admin.tickets.previous')}
      </button>
      <button type="button" disabled={last >= total && !capped} onClick={() => onPage(page + 1)}>
        {t('admin.tickets.next')}
      </button>
    </div>
  );
}
