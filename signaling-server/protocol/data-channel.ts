import { z } from 'zod';
import { Finding, LiveMetrics, SectionResult } from './diagnostics';
import { AnnotationUpdate } from './annotation';
import { FileMessages } from './file-transfer';
import { PictureMessages } from './picture';
import { CLIPBOARD_MAX_CHARS, ControlInput } from './remote-control';

export const CHAT_MAX_LENGTH = 4000;
/** Frames stay under 16 KiB, safe across browsers: 12,000 bytes per chunk, base64 (16,000 chars). */
export const CHUNK_BYTES = 12_000;
const CHUNK_CHARS = 16_000;
const MAX_CHUNKS = 64;

/** Messages sent over the peer-to-peer data channel; validated on receipt. */
export const PeerMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chat'), id: z.string().uuid(), text: z.string().min(1).max(CHAT_MAX_LENGTH), sentAt: z.number() }),
  z.object({ kind: z.literal('share-state'), sharing: z.boolean() }),
  z.object({ kind: z.literal('diag-section'), section: SectionResult }),
  z.object({ kind: z.literal('diag-findings'), findings: z.array(Finding).max(100) }),
  z.object({ kind: z.literal('diag-metrics'), metrics: LiveMetrics }),
  /** The engineer asks for fresh dynamic data; static sections come from the session's cache. */
  z.object({ kind: z.literal('diag-refresh') }),
  /** Remote control input; `seq` orders it and lets the customer's side count what it refused. */
  z.object({ kind: z.literal('control'), seq: z.number().int().min(0), input: ControlInput }),
  /** The customer's screens (desktop app), so the engineer can ask to see another one. */
  z.object({
    kind: z.literal('screens'),
    screens: z.array(z.object({ id: z.string().max(200), name: z.string().max(300) })).max(16),
    current: z.string().max(200).nullable(),
  }),
  /** The engineer asks to see another of the customer's screens; the customer decides. */
  z.object({ kind: z.literal('screen-switch'), id: z.string().max(200) }),
  /** Clipboard text one side chose to send to the other. */
  z.object({ kind: z.literal('clipboard'), id: z.string().uuid(), text: z.string().min(1).max(CLIPBOARD_MAX_CHARS) }),
  /** The engineer's laser pointer and drawings, shown over the customer's screen. */
  z.object({ kind: z.literal('annotation'), update: AnnotationUpdate }),
  ...FileMessages,
  ...PictureMessages,
]);
export type PeerMessage = z.infer<typeof PeerMessage>;

const Chunk = z.object({
  kind: z.literal('chunk'),
  id: z.string().max(64),
  index: z.number().int().min(0),
  total: z.number().int().min(2).max(MAX_CHUNKS),
  data: z.string().max(CHUNK_CHARS),
});

/** One message as the frames to send: itself, or numbered chunks when it is large. */
export function encodePeerMessage(message: PeerMessage, id: () => string): string[] {
  const json = JSON.stringify(message);
  if (json.length <= CHUNK_CHARS) return [json];
  const bytes = new TextEncoder().encode(json);
  const total = Math.ceil(bytes.length / CHUNK_BYTES);
  if (total > MAX_CHUNKS) throw new Error('message too large for the data channel');
  const chunkId = id();
  return Array.from({ length: total }, (_, index) => {
    const part = bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
    return JSON.stringify({ kind: 'chunk', id: chunkId, index, total, data: btoa(String.fromCharCode(...part)) });
  });
}

/**
 * Reassembles chunked frames and validates every message against the contract. Anything
 * malformed, oversized or out of order is dropped; at most a few messages are held half-built.
 */
export function createPeerMessageDecoder() {
  const partial = new Map<string, { total: number; parts: string[]; received: number }>();
  const validate = (json: string): PeerMessage | null => {
    try {
      const parsed = PeerMessage.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };
  return (raw: string): PeerMessage | null => {
    let frame: unknown;
    try {
      frame = JSON.parse(raw);
    } catch {
      return null;
    }
    const chunk = Chunk.safeParse(frame);
    if (!chunk.success) return validate(raw);
    const { id, index, total, data } = chunk.data;
    if (index >= total) return null;
    if (!partial.has(id) && partial.size >= 8) partial.delete(partial.keys().next().value!);
    const entry = partial.get(id) ?? { total, parts: new Array<string>(total), received: 0 };
    if (entry.total !== total || entry.parts[index] !== undefined) return null;
    entry.parts[index] = data;
    entry.received += 1;
    partial.set(id, entry);
    if (entry.received < total) return null;
    partial.delete(id);
    try {
      const bytes = Uint8Array.from(entry.parts.flatMap((part) => [...atob(part)].map((c) => c.charCodeAt(0))));
      return validate(new TextDecoder().decode(bytes));
    } catch {
      return null;
    }
  };
}
