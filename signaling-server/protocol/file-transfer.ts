import { z } from 'zod';
import { ClipboardDirection } from './remote-control';

/**
 * Files between the two members, peer to peer. The offer, the answer and every pause, resume,
 * cancel and result travel as messages on the main data channel; the bytes travel on a second,
 * binary channel (negotiated on both sides, so opening it needs no renegotiation), each frame a
 * 4-byte stream number followed by up to FILE_CHUNK_BYTES of the file.
 */
export const FILE_CHANNEL = { label: 'firstline-files', id: 100 } as const;
export const FILE_CHUNK_BYTES = 64 * 1024;
const FRAME_HEADER_BYTES = 4;
/** Unless the server is configured otherwise (FIRSTLINE_FILE_SIZE_LIMIT_MB). */
export const DEFAULT_FILE_SIZE_LIMIT = 2 * 1024 ** 3;
export const FILE_NAME_MAX = 255;

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const StreamNumber = z.number().int().min(1).max(0xffff_ffff);
const FileName = z.string().trim().min(1).max(FILE_NAME_MAX);
const FileSize = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const FileOffer = z.object({ id: z.string().uuid(), stream: StreamNumber, name: FileName, size: FileSize }).strict();
export type FileOffer = z.infer<typeof FileOffer>;

export const FileAction = z.enum(['pause', 'resume', 'cancel']);
export type FileAction = z.infer<typeof FileAction>;

/** How a transfer ended, from the receiver's side: kept, declined, cancelled by either side, or failed its check. */
export const FileOutcome = z.enum(['received', 'declined', 'cancelled', 'failed']);
export type FileOutcome = z.infer<typeof FileOutcome>;

export const FileDirection = ClipboardDirection;
export type FileDirection = z.infer<typeof FileDirection>;

/** The data-channel messages of a transfer (members of PeerMessage). */
export const FileMessages = [
  z.object({ kind: z.literal('file-offer'), offer: FileOffer }),
  z.object({ kind: z.literal('file-answer'), id: z.string().uuid(), accept: z.boolean() }),
  z.object({ kind: z.literal('file-action'), id: z.string().uuid(), action: FileAction }),
  /** The sender has sent every byte; the receiver checks the hash of what it got against this. */
  z.object({ kind: z.literal('file-sent'), id: z.string().uuid(), sha256: Sha256Hex }),
  z.object({ kind: z.literal('file-result'), id: z.string().uuid(), outcome: FileOutcome }),
] as const;

/** What the receiver records on the session's timeline: name, size, outcome and, once checked, the hash. */
export const FileRecord = z
  .object({ id: z.string().uuid(), name: FileName, size: FileSize, outcome: FileOutcome, sha256: Sha256Hex.optional() })
  .strict();
export type FileRecord = z.infer<typeof FileRecord>;

export function encodeFileFrame(stream: number, bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const frame = new Uint8Array(FRAME_HEADER_BYTES + bytes.byteLength);
  new DataView(frame.buffer).setUint32(0, stream);
  frame.set(bytes, FRAME_HEADER_BYTES);
  return frame;
}

/** A binary frame's stream and bytes, or null for a frame too short or too long to be one of ours. */
export function decodeFileFrame(frame: ArrayBuffer): { stream: number; bytes: Uint8Array<ArrayBuffer> } | null {
  if (frame.byteLength <= FRAME_HEADER_BYTES || frame.byteLength > FRAME_HEADER_BYTES + FILE_CHUNK_BYTES) return null;
  return { stream: new DataView(frame).getUint32(0), bytes: new Uint8Array(frame, FRAME_HEADER_BYTES) };
}
