import { z } from 'zod';

export const CHAT_MAX_LENGTH = 4000;

/** Messages sent over the peer-to-peer data channel; validated on receipt. */
export const PeerMessage = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('chat'),
    id: z.string().uuid(),
    text: z.string().min(1).max(CHAT_MAX_LENGTH),
    sentAt: z.number(),
  }),
  z.object({ kind: z.literal('share-state'), sharing: z.boolean() }),
]);
export type PeerMessage = z.infer<typeof PeerMessage>;

export function decodePeerMessage(raw: string): PeerMessage | null {
  try {
    const parsed = PeerMessage.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
