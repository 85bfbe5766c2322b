import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Store } from '../store/store';
import { fileInterrupted } from './recover-interrupted';
import type { HelpSession } from './session-machine';
import type { SessionRegistry } from './session-registry';

/** A process renews its lease this often; one not renewed for LEASE_MS is gone. */
export const LEASE_RENEW_MS = 3000;
export const LEASE_MS = 10_000;
/** An unfinished session with no saved state this old was left by a process that died before saving it. */
const ORPHAN_AFTER_MS = 60_000;

/** This process among the others on the same store: host, pid, and a random part for each start. */
export const newOwnerId = () => `${hostname()}/${process.pid}/${randomUUID()}`;

/** A lease held by a process on this machine that no longer exists (a kill -9, then a restart): no need to wait for it to lapse. */
function goneFromThisHost(owner: string): boolean {
  const [host, pid] = owner.split('/');
  if (host !== hostname() || !pid || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Live sessions outlive the process holding them. At start and then with every lease renewal,
 * this process takes over the sessions whose owner is gone (its lease lapsed, or its process is
 * no longer on this machine), and leaves alone those of processes still running. A session taken
 * over waits for its members to resume, with no new consent.
 */
export function createSessionTakeover(deps: {
  store: Store;
  registry: SessionRegistry;
  owner: string;
  now: () => number;
  leaseMs?: number;
  /** A session taken over: start waiting for its members. */
  adopt: (session: HelpSession) => void;
}) {
  const { store, registry, owner } = deps;
  return {
    async sweep(): Promise<{ adopted: number; interrupted: number }> {
      const now = deps.now();
      await store.live.renewLease(owner, now);
      const [rows, alive, unfinished] = await Promise.all([
        store.live.list(),
        store.live.liveOwners(now - (deps.leaseMs ?? LEASE_MS)),
        store.sessions.listUnfinished(),
      ]);
      const saved = new Map(rows.map((row) => [row.sessionId, row]));
      let adopted = 0;
      let interrupted = 0;
      for (const record of unfinished) {
        if (registry.get(record.id)) continue;
        const row = saved.get(record.id);
        if (!row) {
          if (record.createdAt < now - ORPHAN_AFTER_MS) {
            await fileInterrupted(store, record, now);
            interrupted += 1;
          }
          continue;
        }
        if (row.owner === owner || (alive.has(row.owner) && !goneFromThisHost(row.owner))) continue;
        if (!(await store.live.takeOver(record.id, row.owner, owner, now))) continue;
        const session = JSON.parse(row.state) as HelpSession;
        if (session.status === 'ended') {
          await fileInterrupted(store, record, now);
          interrupted += 1;
          continue;
        }
        registry.restore(session, row.customerTokenHash);
        deps.adopt(session);
        adopted += 1;
      }
      return { adopted, interrupted };
    },
    release: () => store.live.releaseLease(owner),
  };
}
