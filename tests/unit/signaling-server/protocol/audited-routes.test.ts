import { describe, expect, it } from 'vitest';
import { AuditAction, restContract, SIGN_IN_AUDIT_ACTIONS, splitRouteKey, type RestRoute } from '@firstline/protocol';

const routes = Object.entries(restContract as Record<string, RestRoute>);

/** The contract is where a change is put on the audit trail: none that an admin makes may be left off it. */
describe('which routes go on the audit trail', () => {
  it('every change only an admin may make declares its audit entry', () => {
    const unaudited = routes
      .filter(([key, route]) => route.access === 'admin' && splitRouteKey(key as keyof typeof restContract).method !== 'GET')
      .filter(([, route]) => !route.audit)
      .map(([key]) => key);
    expect(unaudited).toEqual([]);
  });

  it('keeps no password or secret, reads targets only where the route has an id or creates one, and uses each action once', () => {
    const audited = routes.filter(([, route]) => route.audit).map(([key, route]) => ({ key, audit: route.audit! }));
    expect(audited.length).toBeGreaterThan(10);
    for (const { key, audit } of audited) {
      for (const field of audit.details ?? []) expect(field, key).not.toMatch(/password|secret|token|code/i);
      if (audit.target?.from === 'params') expect(key).toContain('/:id');
      if (audit.target?.from === 'answer') expect(key.startsWith('POST ')).toBe(true);
    }
    const actions = audited.map(({ audit }) => audit.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect([...actions].sort()).toEqual(AuditAction.options.filter((a) => !SIGN_IN_AUDIT_ACTIONS.includes(a)).sort());
  });
});
