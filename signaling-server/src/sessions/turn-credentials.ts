import { createHmac } from 'node:crypto';
import { NO_RELAY, type IceConfig } from '../../protocol';

export interface TurnSettings {
  /** turn: / turns: (and stun:) addresses of the relay, e.g. turn:turn.example.com:3478?transport=udp */
  urls: string[];
  /** The secret shared with coturn (static-auth-secret). */
  secret: string;
  /** How long minted credentials stay valid (default 4 h). */
  ttlSeconds?: number;
}

export const DEFAULT_TURN_TTL_SECONDS = 4 * 60 * 60;

/**
 * Credentials for the TURN REST API as coturn checks them (use-auth-secret): the username is
 * `expiry:sessionId` (expiry in Unix seconds) and the password the base64 HMAC-SHA1 of it with
 * the shared secret. Nothing is stored: coturn recomputes it, and it lapses on its own.
 */
export function turnCredentials(secret: string, sessionId: string, expiresAtSeconds: number): { username: string; credential: string } {
  const username = `${expiresAtSeconds}:${sessionId}`;
  return { username, credential: createHmac('sha1', secret).update(username).digest('base64') };
}

/** The ICE configuration each member of a session gets: the relay with fresh credentials, and the policy. */
export function createIceConfigs(options: { turn?: TurnSettings; policy?: IceConfig['iceTransportPolicy']; now: () => number }) {
  const { turn } = options;
  const policy = options.policy ?? 'all';
  return (sessionId: string): IceConfig => {
    if (!turn || turn.urls.length === 0) return { ...NO_RELAY, iceTransportPolicy: policy };
    const expiresAt = Math.floor(options.now() / 1000) + (turn.ttlSeconds ?? DEFAULT_TURN_TTL_SECONDS);
    return { iceServers: [{ urls: turn.urls, ...turnCredentials(turn.secret, sessionId, expiresAt) }], iceTransportPolicy: policy };
  };
}
