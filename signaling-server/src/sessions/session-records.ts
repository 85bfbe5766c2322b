import { failure, parseSection, type DiagnosticsSnapshot, type Failure, type FileRecord, type SectionResult } from '../../protocol';
import * as machine from './session-machine';
import type { SessionContext } from './session-context';
import type { SessionNotifier } from './session-notifier';
import type { SessionRegistry } from './session-registry';
import type { Store } from '../store/store';
import { createCustomerScreenshotRights } from './customer-screenshot-rights';

type Ok = { ok: true };

/** What the members of an active session report for its record (sharing, diagnostics, chat), and take back from it. */
export function createSessionRecords(
  deps: Pick<SessionContext, 'record' | 'memberSession' | 'actorFor'> & {
    registry: SessionRegistry;
    notifier: SessionNotifier;
    store: Store;
    fileSizeLimit: number;
  },
) {
  const { registry, notifier, actorFor, record, memberSession } = deps;
  return {
    ...createCustomerScreenshotRights(deps),

    async reportShare(socketId: string, sharing: boolean, sourceLabel?: string, switched?: boolean): Promise<Ok | Failure> {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      if (found.role !== 'customer') return failure('forbidden', 'Only the customer shares a screen');
      const result = machine.reportShare(found.session, sharing, sourceLabel, switched);
      if (!result.ok) return result;
      registry.update(result.session);
      await record(found.session.id, actorFor(socketId, found.session), result.events);
      const other = registry.counterpart(socketId);
      if (other && result.events.length > 0) notifier.toSocket(other, 'session:share', { sharing });
      return { ok: true };
    },

    /** The customer files its redacted inventory; every section is checked against its schema. */
    async recordDiagnostics(socketId: string, snapshot: DiagnosticsSnapshot): Promise<Ok | Failure> {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      if (found.role !== 'customer') return failure('forbidden', 'Only the customer shares system information');
      if (found.session.status !== 'active' || !found.session.permissions.includes('diagnostics')) {
        return failure('forbidden', 'System information was not granted for this session');
      }
      const sections = snapshot.sections.map(parseSection);
      if (sections.some((s) => s === null)) return failure('invalid_payload', 'A section does not match its schema');
      const payload = {
        type: 'diagnostics.snapshot' as const,
        snapshot: { sections: sections as SectionResult[], findings: snapshot.findings },
      };
      await record(found.session.id, actorFor(socketId, found.session), [payload], [`${found.session.id}:diagnostics`]);
      return { ok: true };
    },

    /** Clipboard text went from this member to the other: the direction and size, never the text. */
    async recordClipboard(socketId: string, message: { id: string; chars: number }): Promise<Ok | Failure> {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      if (found.session.status !== 'active') return failure('invalid_state', 'The clipboard needs an active session');
      const direction = found.role === 'engineer' ? 'to-customer' : 'to-engineer';
      const id = `${found.session.id}:clipboard:${message.id}`;
      await record(
        found.session.id,
        actorFor(socketId, found.session),
        [{ type: 'clipboard.sent', direction, chars: message.chars }],
        [id],
      );
      return { ok: true };
    },

    /** A file came (or was meant to come) to this member: its name, size, outcome and checked hash, never its bytes. */
    async recordFile(socketId: string, file: FileRecord): Promise<Ok | Failure> {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      if (found.session.status !== 'active') return failure('invalid_state', 'Files need an active session');
      if (file.size > deps.fileSizeLimit) return failure('invalid_payload', 'The file is larger than this server allows');
      if (file.outcome === 'received' && !file.sha256) return failure('invalid_payload', 'A received file is recorded with its hash');
      const direction = found.role === 'engineer' ? ('to-engineer' as const) : ('to-customer' as const);
      const payload = {
        type: 'file.transfer' as const,
        direction,
        name: file.name,
        size: file.size,
        outcome: file.outcome,
        sha256: file.sha256,
      };
      await record(found.session.id, actorFor(socketId, found.session), [payload], [`${found.session.id}:file:${file.id}`]);
      return { ok: true };
    },

    async recordChat(socketId: string, message: { id: string; text: string }): Promise<Ok | Failure> {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      if (found.session.status !== 'active') return failure('invalid_state', 'Chat needs an active session');
      // The id comes from the client so a retried message is stored once; namespacing by session
      // keeps one session's ids from colliding with (or probing) another's.
      const id = `${found.session.id}:chat:${message.id}`;
      await record(found.session.id, actorFor(socketId, found.session), [{ type: 'chat.message', text: message.text }], [id]);
      return { ok: true };
    },
  };
}
