import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createIceConfigs, turnCredentials } from '../../../../signaling-server/src/sessions/turn-credentials';
import { loadConfig } from '../../../../signaling-server/src/config';

describe('TURN credentials (the TURN REST API coturn checks)', () => {
  it('names the expiry and the session, and signs that name with the shared secret', () => {
    const { username, credential } = turnCredentials('s3cret', 'session-1', 1_800_000_000);
    expect(username).toBe('1800000000:session-1');
    // coturn: base64(HMAC-SHA1(static-auth-secret, username)).
    expect(credential).toBe(createHmac('sha1', 's3cret').update('1800000000:session-1').digest('base64'));
    expect(turnCredentials('other', 'session-1', 1_800_000_000).credential).not.toBe(credential);
  });

  it('mints a fresh expiry for each view of a session, and no relay without a configuration', () => {
    let now = 1_000_000_000_000;
    const configs = createIceConfigs({
      turn: { urls: ['turn:relay.example:3478'], secret: 'x'.repeat(20), ttlSeconds: 120 },
      policy: 'relay',
      now: () => now,
    });
    const first = configs('abc');
    expect(first.iceTransportPolicy).toBe('relay');
    expect(first.iceServers[0]).toMatchObject({ urls: ['turn:relay.example:3478'], username: '1000000120:abc' });
    now += 60_000;
    expect(configs('abc').iceServers[0]!.username).toBe('1000000180:abc');
    expect(createIceConfigs({ now: () => now })('abc')).toEqual({ iceServers: [], iceTransportPolicy: 'all' });
  });

  it('refuses a relay configuration that is half there or malformed, at start', () => {
    const base = { FIRSTLINE_TURN_SECRET: 'a-secret-of-sixteen+' };
    expect(() => loadConfig({ FIRSTLINE_TURN_URLS: 'turn:relay.example:3478' }, '/tmp')).toThrow(/go together/);
    expect(() => loadConfig(base, '/tmp')).toThrow(/go together/);
    expect(() => loadConfig({ ...base, FIRSTLINE_TURN_URLS: 'http://relay.example' }, '/tmp')).toThrow(/not a turn:/);
    const config = loadConfig(
      { ...base, FIRSTLINE_TURN_URLS: 'turn:a:3478?transport=udp, turns:a:5349', FIRSTLINE_ICE_TRANSPORT_POLICY: 'relay' },
      '/tmp',
    );
    expect(config.turn).toEqual({
      urls: ['turn:a:3478?transport=udp', 'turns:a:5349'],
      secret: base.FIRSTLINE_TURN_SECRET,
      ttlSeconds: undefined,
    });
    expect(config.iceTransportPolicy).toBe('relay');
  });
});
