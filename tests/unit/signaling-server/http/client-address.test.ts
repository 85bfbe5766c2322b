import { describe, expect, it } from 'vitest';
import { createClientAddress, parseTrustedProxies } from '../../../../signaling-server/src/http/client-address';

const from = (address: string, forwarded?: string) => ({ address, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} });

describe('the client address behind proxies', () => {
  it('reads FIRSTLINE_TRUST_PROXY as off, one proxy, a hop count or proxy addresses', () => {
    expect(parseTrustedProxies('false')).toBe(false);
    expect(parseTrustedProxies('true')).toBe(1);
    expect(parseTrustedProxies('2')).toBe(2);
    expect(parseTrustedProxies('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
  });

  it('takes the address the trusted proxy appended, never what the client wrote to its left', () => {
    const oneProxy = createClientAddress(parseTrustedProxies('true'));
    expect(oneProxy(from('127.0.0.1', '6.6.6.6, 203.0.113.9'))).toBe('203.0.113.9');
    expect(oneProxy(from('127.0.0.1', 'spoofed, 1.2.3.4, 203.0.113.9'))).toBe('203.0.113.9');
    expect(oneProxy(from('127.0.0.1'))).toBe('127.0.0.1');
    // Two proxies (a CDN, then nginx): the entry the CDN appended.
    expect(createClientAddress(2)(from('127.0.0.1', '6.6.6.6, 203.0.113.9, 10.0.0.7'))).toBe('203.0.113.9');
    // Trusted by address: every trusted hop is skipped, from the right, and the first other one wins.
    const byAddress = createClientAddress(['127.0.0.1', '10.0.0.0/8']);
    expect(byAddress(from('127.0.0.1', '6.6.6.6, 203.0.113.9, 10.0.0.7'))).toBe('203.0.113.9');
    // A peer that is not a trusted proxy is the client, whatever it claims.
    expect(byAddress(from('198.51.100.4', '6.6.6.6'))).toBe('198.51.100.4');
  });

  it('ignores X-Forwarded-For entirely when no proxy is trusted', () => {
    expect(createClientAddress(false)(from('198.51.100.4', '6.6.6.6'))).toBe('198.51.100.4');
  });
});
