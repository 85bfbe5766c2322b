import { useEffect, useState } from 'react';

export type AdminRoute = { view: 'tickets'; query: string } | { view: 'ticket'; id: number } | { view: 'users' } | { view: 'account' } | { view: 'reports' };

/** Pure: "#/tickets/12" → { view: 'ticket', id: 12 }; "#/tickets?status=open" keeps the filter; anything else → the list. */
export function parseAdminRoute(hash: string): AdminRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/');
  if (parts[0] === 'users') return { view: 'users' };
  if (parts[0] === 'account') return { view: 'account' };
  if (parts[0] === 'reports') return { view: 'reports' };
  if (parts[0] === 'tickets' && parts[1] && /^\d+$/.test(parts[1])) return { view: 'ticket', id: Number(parts[1]) };
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
