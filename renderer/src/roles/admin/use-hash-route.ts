import { useEffect, useState } from 'react';

export type AdminRoute =
  | { view: 'tickets'; query: string }
  | { view: 'ticket'; id: number }
  | { view: 'sessions'; query: string }
  | { view: 'session'; id: string }
  | { view: 'reports'; query: string }
  | { view: 'webhooks' }
  | { view: 'knowledge'; query: string }
  | { view: 'article'; id: string }
  | { view: 'new-article' }
  | { view: 'users' }
  | { view: 'activity' }
  | { view: 'account' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Pure: "#/tickets/12" → { view: 'ticket', id: 12 }; "#/tickets?status=open" keeps the filter; anything else → the list. */
export function parseAdminRoute(hash: string): AdminRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [section, id] = path.split('/');
  if (section === 'users') return { view: 'users' };
  if (section === 'activity') return { view: 'activity' };
  if (section === 'account') return { view: 'account' };
  if (section === 'webhooks') return { view: 'webhooks' };
  if (section === 'reports') return { view: 'reports', query };
  if (section === 'knowledge')
    return id === 'new' ? { view: 'new-article' } : id && UUID.test(id) ? { view: 'article', id } : { view: 'knowledge', query };
  if (section === 'sessions') return id && UUID.test(id) ? { view: 'session', id } : { view: 'sessions', query };
  if (section === 'tickets' && id && /^\d+$/.test(id)) return { view: 'ticket', id: Number(id) };
  return { view: 'tickets', query };
}

export function useHashRoute(): AdminRoute {
  const [route, setRoute] = useState(() => parseAdminRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseAdminRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
