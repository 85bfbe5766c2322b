import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { AuditDetail, AuditTarget, AuditTargetKind, RouteAudit, StaffUser } from '../../protocol';
import type { AuditedChange } from '../http/rest-router';
import type { Store } from '../store/store';

/** What a change acted on, called as it is now: looked up by id. Gone (or never there): none. */
async function describe(store: Store, kind: AuditTargetKind, id: string): Promise<AuditTarget | null> {
  const named = (label: string | undefined) => (label === undefined ? null : { kind, id, label });
  switch (kind) {
    case 'user': {
      const user = await store.users.findById(id);
      return named(user && `${user.name} (${user.email})`);
    }
    case 'webhook':
      return named((await store.webhooks.listEndpoints()).find((endpoint) => endpoint.id === id)?.url);
    case 'session':
      return named((await store.sessions.get(id))?.customerName);
    case 'delivery':
      return named(id.slice(0, 8));
  }
}

/** The id of what a change created, from its answer ({ user } or { endpoint }). */
function createdId(answer: unknown): string | undefined {
  const created = answer as { user?: { id?: unknown }; endpoint?: { id?: unknown } } | undefined;
  const id = created?.user?.id ?? created?.endpoint?.id;
  return typeof id === 'string' ? id : undefined;
}

/** The body's fields the route keeps, as they were sent (validated); the rest (a password, a secret) never. */
function keptDetails(audit: RouteAudit, body: unknown): Record<string, AuditDetail> {
  const fields = (body ?? {}) as Record<string, unknown>;
  const kept: Record<string, AuditDetail> = {};
  for (const name of audit.details ?? []) {
    const value = fields[name];
    if (value === undefined) continue;
    kept[name] = Array.isArray(value) ? value.map(String) : (value as AuditDetail);
  }
  return kept;
}

/**
 * Writes each audited change that succeeds to the trail: who, when, what it acted on (named before
 * the change, so a deleted webhook keeps its URL) and the body's kept fields. A change that fails
 * writes nothing. Should the trail's own write fail, the change stands and the failure is logged.
 */
export function createAuditTrail(deps: {
  store: Store;
  now: () => number;
  log: Logger;
  addressOf: (request: FastifyRequest) => string;
}): AuditedChange {
  return async (audit, input, change) => {
    const id = typeof input.params?.id === 'string' ? input.params.id : undefined;
    const before = audit.target?.from === 'params' && id ? await describe(deps.store, audit.target.kind, id) : null;
    const answer = await change();
    try {
      const created = audit.target?.from === 'answer' ? createdId(answer) : undefined;
      const target = created && audit.target ? await describe(deps.store, audit.target.kind, created) : before;
      await deps.store.audit.add({
        at: deps.now(),
        actor: actorOf(audit.actor === 'answer' ? (answer as { user?: StaffUser }).user : input.staff),
        action: audit.action,
        target: target ?? (audit.target && id ? { kind: audit.target.kind, id, label: '' } : null),
        details: { ...keptDetails(audit, input.body), ...(audit.address && { address: deps.addressOf(input.request) }) },
      });
    } catch (err) {
      deps.log.error({ err, action: audit.action }, 'writing the audit trail failed');
    }
    return answer;
  };
}

const actorOf = (staff: StaffUser | undefined) => ({ id: staff?.id ?? '', name: staff?.name ?? '' });
