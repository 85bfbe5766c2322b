import { failure, type Failure } from '../../protocol';
import { createRetentionPolicy } from '../retention/retention-policy';
import type { Store } from '../store/store';
import type { SessionContext } from './session-context';
import type { SessionNotifier } from './session-notifier';
import type { SessionRegistry } from './session-registry';

/**
 * A screenshot is a copy of the customer's screen, so the customer may take it back: during the
 * session, any screenshot the engineer kept of it is deleted at the customer's word, for good. The
 * timeline keeps that it was taken and that the customer deleted it; the engineer's console is told.
 */
export function createCustomerScreenshotRights(
  deps: Pick<SessionContext, 'record' | 'memberSession' | 'actorFor'> & {
    store: Store;
    registry: SessionRegistry;
    notifier: SessionNotifier;
  },
) {
  const { store, registry, notifier, record, memberSession, actorFor } = deps;
  return {
    async deleteScreenshot(socketId: string, screenshotId: string): Promise<{ ok: true } | Failure> {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      if (found.role !== 'customer')
        return failure('forbidden', 'The customer deletes screenshots of their screen here; admins in the ticket');
      // Only one of this session's: an id from another session is not found, whoever knows it.
      if (!(await store.screenshots.remove(found.session.id, screenshotId))) return failure('not_found', 'No such screenshot');
      await record(found.session.id, actorFor(socketId, found.session), [{ type: 'screenshot.deleted', screenshotId }]);
      const engineer = registry.counterpart(socketId);
      if (engineer) notifier.toSocket(engineer, 'screenshot:deleted', { screenshotId });
      return { ok: true };
    },
  };
}

/**
 * A customer back after a reload has lost the list of what was kept of their screen: it is told
 * again, each still kept screenshot as when it was taken, so each can still be deleted.
 */
export async function retellScreenshots(
  deps: { store: Store; now: () => number; notifier: SessionNotifier },
  socketId: string,
  sessionId: string,
): Promise<void> {
  const shots = await deps.store.screenshots.list(sessionId);
  if (shots.length === 0) return;
  const keptDays = (await createRetentionPolicy(deps).settings()).screenshotDays;
  for (const shot of shots)
    deps.notifier.toSocket(socketId, 'session:screenshot', { screenshotId: shot.id, takenAt: shot.takenAt, keptDays });
}
