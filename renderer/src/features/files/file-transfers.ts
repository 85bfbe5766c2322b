import { decodeFileFrame, type FileAction, type FileOutcome, type FileRecord, type PeerMessage } from '@firstline/protocol';
import { pumpFile, TransferCancelled } from './file-pump';
import type { ReceivedFileSink } from './received-file-sink';

export type TransferState =
  'offered' | 'waiting' | 'sending' | 'receiving' | 'paused' | 'checking' | 'done' | 'declined' | 'cancelled' | 'failed';

/** One file on its way, as both sides' cards show it. */
export interface Transfer {
  id: string;
  direction: 'out' | 'in';
  name: string;
  size: number;
  bytes: number;
  state: TransferState;
  /** Set once the receiver checked the hash. */
  sha256?: string;
  /** The name it was saved under, on the receiving side. */
  savedAs?: string;
  problem?: 'too-large' | 'not-saved';
}

type FileMessage = Extract<PeerMessage, { kind: `file-${string}` }>;

interface Entry extends Transfer {
  stream: number;
  file?: Blob;
  resume?: () => void;
  cancelled?: boolean;
  /** The sender's hash, once it said every byte is sent; the bytes may still be on their way. */
  sentHash?: string;
}

export interface FileTransferDeps {
  send(message: PeerMessage): boolean;
  channel(): RTCDataChannel | null;
  sink: ReceivedFileSink;
  /** The receiver's record for the session's timeline. */
  record(record: FileRecord): void;
  limit(): number;
  onChange(transfers: Transfer[]): void;
}

const ENDED: TransferState[] = ['done', 'declined', 'cancelled', 'failed'];
/** Offers waiting for an answer at once; more are declined unseen (a flood of prompts helps nobody). */
const MAX_PENDING_OFFERS = 10;
const PROGRESS_EVERY_MS = 150;

/**
 * Files both ways for one peer connection: the offer and the receiver's answer first, then the
 * bytes with back-pressure, pause, resume and cancel from either side, and the receiver's hash
 * check at the end. Pure of React: the hook renders what `onChange` reports.
 */
export function createFileTransfers(deps: FileTransferDeps) {
  const entries = new Map<string, Entry>();
  /** Incoming transfers by stream number: every arriving frame is looked up here. */
  const incoming = new Map<number, Entry>();
  let nextStream = 1;
  let lastEmit = 0;

  const emit = (throttled = false) => {
    const now = performance.now();
    if (throttled && now - lastEmit < PROGRESS_EVERY_MS) return;
    lastEmit = now;
    deps.onChange(
      [...entries.values()].map(({ id, direction, name, size, bytes, state, sha256, savedAs, problem }) => ({
        id,
        direction,
        name,
        size,
        bytes,
        state,
        sha256,
        savedAs,
        problem,
      })),
    );
  };
  const set = (entry: Entry, change: Partial<Entry>) => {
    Object.assign(entry, change);
    emit();
  };
  const ended = (entry: Entry) => ENDED.includes(entry.state);
  const recordIn = (entry: Entry, outcome: FileOutcome, sha256?: string) =>
    deps.record({ id: entry.id, name: entry.name, size: entry.size, outcome, ...(sha256 && { sha256 }) });

  async function pump(entry: Entry) {
    const channel = deps.channel();
    if (!channel || !entry.file) return set(entry, { state: 'failed' });
    try {
      const sha256 = await pumpFile(entry.file, entry.stream, channel, {
        whenRunning: () => (entry.state === 'paused' ? new Promise<void>((resolve) => (entry.resume = resolve)) : Promise.resolve()),
        cancelled: () => entry.cancelled === true,
        onProgress: (bytes) => {
          entry.bytes = bytes;
          emit(true);
        },
      });
      deps.send({ kind: 'file-sent', id: entry.id, sha256 });
      set(entry, { state: 'checking', sha256 });
    } catch (err) {
      if (!ended(entry)) set(entry, { state: err instanceof TransferCancelled && entry.cancelled ? 'cancelled' : 'failed' });
    }
  }

  function stopLocally(entry: Entry, state: 'cancelled' | 'failed') {
    entry.cancelled = true;
    entry.resume?.();
    if (entry.direction === 'in' && !ended(entry)) {
      void deps.sink.abort(entry.id);
      recordIn(entry, state);
    }
    set(entry, { state });
  }

  async function check(entry: Entry, sha256: string) {
    set(entry, { state: 'checking' });
    const result = await deps.sink.finish(entry.id, sha256);
    const outcome: FileOutcome = result.ok ? 'received' : 'failed';
    deps.send({ kind: 'file-result', id: entry.id, outcome });
    recordIn(entry, outcome, result.ok ? sha256 : undefined);
    if (result.ok) set(entry, { state: 'done', sha256, savedAs: result.savedAs });
    else set(entry, { state: 'failed', problem: 'not-saved' });
  }

  function onMessage(message: FileMessage) {
    if (message.kind === 'file-offer') {
      const { id, stream, name, size } = message.offer;
      if (entries.has(id) || incoming.has(stream)) return;
      const entry: Entry = { id, stream, name, size, direction: 'in', bytes: 0, state: 'offered' };
      entries.set(id, entry);
      incoming.set(stream, entry);
      const pending = [...entries.values()].filter((e) => e.state === 'offered').length;
      if (size > deps.limit() || pending > MAX_PENDING_OFFERS) {
        deps.send({ kind: 'file-answer', id, accept: false });
        recordIn(entry, 'declined');
        return set(entry, { state: 'declined', problem: size > deps.limit() ? 'too-large' : undefined });
      }
      return emit();
    }
    const entry = entries.get(message.id);
    if (!entry || ended(entry)) return;
    if (message.kind === 'file-answer' && entry.direction === 'out' && entry.state === 'waiting') {
      if (!message.accept) return set(entry, { state: 'declined' });
      set(entry, { state: 'sending' });
      void pump(entry);
    } else if (message.kind === 'file-action') {
      applyAction(entry, message.action, 'peer');
    } else if (message.kind === 'file-sent' && entry.direction === 'in' && (entry.state === 'receiving' || entry.state === 'paused')) {
      // This message and the bytes travel on different channels: the last bytes may arrive after it.
      entry.sentHash = message.sha256;
      if (entry.bytes === entry.size) void check(entry, message.sha256);
    } else if (message.kind === 'file-result' && entry.direction === 'out') {
      set(entry, { state: message.outcome === 'received' ? 'done' : message.outcome });
    }
  }

  function applyAction(entry: Entry, action: FileAction, by: 'me' | 'peer') {
    if (by === 'me') deps.send({ kind: 'file-action', id: entry.id, action });
    if (action === 'cancel') return stopLocally(entry, 'cancelled');
    const running = entry.direction === 'out' ? 'sending' : 'receiving';
    if (action === 'pause' && entry.state === running) set(entry, { state: 'paused' });
    if (action === 'resume' && entry.state === 'paused') {
      set(entry, { state: running });
      entry.resume?.();
      entry.resume = undefined;
    }
  }

  return {
    /** Offers a file; the bytes go only once the other side accepts. */
    offer(file: File): 'offered' | 'too-large' | 'not-connected' {
      if (file.size > deps.limit()) return 'too-large';
      const id = crypto.randomUUID();
      const entry: Entry = {
        id,
        stream: nextStream++,
        name: file.name,
        size: file.size,
        file,
        direction: 'out',
        bytes: 0,
        state: 'waiting',
      };
      if (deps.channel()?.readyState !== 'open') return 'not-connected';
      if (!deps.send({ kind: 'file-offer', offer: { id, stream: entry.stream, name: file.name.slice(0, 255) || 'file', size: file.size } }))
        return 'not-connected';
      entries.set(id, entry);
      emit();
      return 'offered';
    },
    async accept(id: string) {
      const entry = entries.get(id);
      if (!entry || entry.state !== 'offered') return;
      const begun = await deps.sink.begin(id, entry.name, entry.size);
      if (entry.state !== 'offered') return void deps.sink.abort(id);
      if (!begun.ok) {
        deps.send({ kind: 'file-answer', id, accept: false });
        recordIn(entry, 'failed');
        return set(entry, { state: 'failed', problem: 'not-saved' });
      }
      deps.send({ kind: 'file-answer', id, accept: true });
      set(entry, { state: 'receiving' });
    },
    decline(id: string) {
      const entry = entries.get(id);
      if (!entry || entry.state !== 'offered') return;
      deps.send({ kind: 'file-answer', id, accept: false });
      recordIn(entry, 'declined');
      set(entry, { state: 'declined' });
    },
    act(id: string, action: FileAction) {
      const entry = entries.get(id);
      if (entry && !ended(entry)) applyAction(entry, action, 'me');
    },
    /** Returns false for messages that are not about files. */
    handle(message: PeerMessage): boolean {
      if (!message.kind.startsWith('file-')) return false;
      onMessage(message as FileMessage);
      return true;
    },
    /** Bytes of an accepted incoming file; anything else (unknown stream, past the announced size) stops it. */
    onFrame(frame: ArrayBuffer) {
      const decoded = decodeFileFrame(frame);
      if (!decoded) return;
      const entry = incoming.get(decoded.stream);
      if (!entry || (entry.state !== 'receiving' && entry.state !== 'paused')) return;
      if (entry.bytes + decoded.bytes.byteLength > entry.size) {
        deps.send({ kind: 'file-action', id: entry.id, action: 'cancel' });
        return stopLocally(entry, 'failed');
      }
      deps.sink.write(entry.id, decoded.bytes);
      entry.bytes += decoded.bytes.byteLength;
      if (entry.sentHash && entry.bytes === entry.size) void check(entry, entry.sentHash);
      else emit(true);
    },
    /** The connection is gone: nothing half-received stays, nothing half-sent goes on. */
    closeAll() {
      for (const entry of entries.values()) if (!ended(entry)) stopLocally(entry, 'failed');
    },
  };
}
export type FileTransfers = ReturnType<typeof createFileTransfers>;
