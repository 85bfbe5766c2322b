import type { IncomingMessage } from 'node:http';
import proxyaddr from '@fastify/proxy-addr';

/**
 * Which proxies in front of the server to believe: none (false), the nearest N hops, or the
 * proxies at these addresses or ranges ("127.0.0.1", "10.0.0.0/8", "loopback"), as fastify's
 * trustProxy reads them.
 */
export type TrustedProxies = false | number | string[];

/** FIRSTLINE_TRUST_PROXY: "false", "true" (the one proxy in front), a hop count, or a comma-separated list of proxy addresses. */
export function parseTrustedProxies(value: string): TrustedProxies {
  const text = value.trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return 1;
  if (/^\d+$/.test(text)) return Number(text);
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The client's address. Behind trusted proxies it is the address the nearest untrusted hop was
 * seen from: X-Forwarded-For is read from the right, past the proxies we trust, because every
 * entry to their left was written by the client and proves nothing.
 */
export function createClientAddress(trusted: TrustedProxies) {
  if (trusted === false || trusted === 0) return (request: { address: string }) => request.address;
  const trust = typeof trusted === 'number' ? (_address: string, hop: number) => hop < trusted : proxyaddr.compile(trusted);
  return (request: { address: string; headers: Record<string, string | string[] | undefined> }) =>
    proxyaddr({ socket: { remoteAddress: request.address }, headers: request.headers } as unknown as IncomingMessage, trust);
}

export type ClientAddress = ReturnType<typeof createClientAddress>;
