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
  /** With several processes on Redis: true when a process no longer listens there (it died), whatever its lease says. */
  isGone?: (owner: string) => Promise<boolean>;
  /** A session taken over: start waiting for its members. */
  adopt: (session: HelpSession) => void;
}) {
  const { store, registry, owner } = deps;

  /** Ends a session that cannot go on (it had ended, or was left with no saved state). */
  async function endForGood(sessionId: string, now: number): Promise<void> {
    const record = await store.sessions.get(sessionId);
    if (record && record.status !== 'ended') await fileInterrupted(store, record, now);
    else await store.live.remove(sessionId);
  }

  return {
    /**
     * Renews this process's lease and takes over what owners that are gone left. Only their
     * sessions are read, so a renewal costs little while every process is running. `orphans`
     * (at start): also end the unfinished sessions that have no saved state at all. Gives the
     * ids of the sessions taken over and of those filed as interrupted.
     */
    async sweep(options: { orphans?: boolean } = {}): Promise<{ adopted: string[]; interrupted: string[] }> {
      const now = deps.now();
      await store.live.renewLease(owner, now);
      const alive = await store.live.liveOwners(now - (deps.leaseMs ?? LEASE_MS));
      const staying: string[] = [];
      for (const o of alive) if (o !== owner && !goneFromThisHost(o) && !(await deps.isGone?.(o))) staying.push(o);
      const adopted: string[] = [];
      const interrupted: string[] = [];
      for (const row of await store.live.listExcept([owner, ...staying])) {
        if (registry.get(row.sessionId) || !(await store.live.takeOver(row.sessionId, row.owner, owner, now))) continue;
        // Saved by an earlier version, a state may lack the fields added since.
        const saved = JSON.parse(row.state) as Omit<HelpSession, 'customerLanguage' | 'earlierTicketId' | 'canShareScreen'> &
          Partial<HelpSession>;
        const session: HelpSession = {
          ...saved,
          customerLanguage: saved.customerLanguage ?? null,
          earlierTicketId: saved.earlierTicketId ?? null,
          canShareScreen: saved.canShareScreen ?? true,
        };
        const record = await store.sessions.get(row.sessionId);
        if (session.status === 'ended' || !record || record.status === 'ended') {
          await endForGood(row.sessionId, now);
          interrupted.push(row.sessionId);
          continue;
        }
        registry.restore(session, row.customerTokenHash);
        deps.adopt(session);
        adopted.push(session.id);
      }
      if (options.orphans) {
        const saved = new Set((await store.live.list()).map((row) => row.sessionId));
        for (const record of await store.sessions.listUnfinished()) {
          if (registry.get(record.id) || saved.has(record.id) || record.createdAt >= now - ORPHAN_AFTER_MS) continue;
          await fileInterrupted(store, record, now);
          interrupted.push(record.id);
        }
      }
      return { adopted, interrupted };
    },
    release: () => store.live.releaseLease(owner),
  };
}
