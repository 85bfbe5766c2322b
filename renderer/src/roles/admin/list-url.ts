/**
 * A list view whose filter, sort and page live in the URL hash ("#/tickets?status=open&page=2"),
 * so a view can be bookmarked and shared. Pure over `query`; navigation goes through location.hash.
 */
export function listFromUrl<K extends string>(view: string, query: string, keys: readonly K[]) {
  const params = new URLSearchParams(query);
  const filters = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const page = Number(params.get('page') ?? '1') || 1;

  const go = (next: URLSearchParams) => {
    for (const [k, v] of [...next.entries()]) if (!v) next.delete(k);
    location.hash = `#/${view}?${next.toString()}`;
  };
  /** Changes filters and goes back to the first page. */
  const change = (changes: Partial<Record<K, string>>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) next.set(k, (v as string | undefined) ?? '');
    next.delete('page');
    go(next);
  };
  const toPage = (n: number) => {
    const next = new URLSearchParams(query);
    next.set('page', String(n));
    go(next);
  };
  /** The filter without paging, for exports. */
  const unpaged = new URLSearchParams(query);
  unpaged.delete('page');
  unpaged.delete('pageSize');
  return { filters, page, change, toPage, unpaged: unpaged.toString() };
}
