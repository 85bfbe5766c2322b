import { z } from 'zod';

/** One STUN or TURN server as RTCPeerConnection takes it; TURN servers carry short-lived credentials. */
export const IceServer = z.object({
  urls: z
    .array(
      z
        .string()
        .regex(/^(stun|stuns|turn|turns):/, 'a stun:, stuns:, turn: or turns: address')
        .max(512),
    )
    .min(1)
    .max(8),
  username: z.string().max(256).optional(),
  credential: z.string().max(256).optional(),
});
export type IceServer = z.infer<typeof IceServer>;

/**
 * How a session's peers find each other: the relay (TURN) servers with credentials minted for
 * this session, and whether to use only the relay (hides each side's addresses from the other).
 */
export const IceConfig = z.object({
  iceServers: z.array(IceServer).max(8),
  iceTransportPolicy: z.enum(['all', 'relay']),
});
export type IceConfig = z.infer<typeof IceConfig>;

export const NO_RELAY: IceConfig = { iceServers: [], iceTransportPolicy: 'all' };
