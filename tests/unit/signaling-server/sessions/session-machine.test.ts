import { describe, expect, it } from 'vitest';
import * as m from '../../../../signaling-server/src/sessions/session-machine';

const engineer = { id: 'e1', name: 'Ada', organisation: 'Acme' };
const open = (now = 1000) =>
  m.openSession({ id: crypto.randomUUID(), code: '123456789', customerName: 'Lin', description: 'x', now }).session;
const ok = (t: m.Transition) => {
  if (!t.ok) throw new Error(t.error.message);
  return t;
};

describe('session state machine', () => {
  it('opens waiting, with a code that expires ten minutes later', () => {
    const s = open(1000);
    expect(s.status).toBe('waiting');
    expect(s.expiresAt).toBe(1000 + 10 * 60 * 1000);
    expect(m.isExpired(s, s.expiresAt - 1)).toBe(false);
    expect(m.isExpired(s, s.expiresAt)).toBe(true);
  });

  it('claims once; a second claim and an expired claim are refused', () => {
    const s = open();
    const claimed = ok(m.claim(s, engineer, 2000));
    expect(claimed.session).toMatchObject({ status: 'claimed', engineer, claimedAt: 2000 });
    expect(claimed.events).toEqual([{ type: 'session.claimed', engineerId: 'e1' }]);
    expect(m.claim(claimed.session, engineer, 2001)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(m.claim(s, engineer, s.expiresAt)).toMatchObject({ ok: false, error: { code: 'code_expired' } });
  });

  it('grants only what was asked, and declining ends the session', () => {
    const claimed = ok(m.claim(open(), engineer, 2000)).session;
    expect(m.respondToConsent(open(), true, [], 1)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    const granted = ok(m.respondToConsent(claimed, true, ['chat'], 3000));
    expect(granted.session).toMatchObject({ status: 'active', permissions: ['chat'] });
    const declined = ok(m.respondToConsent(claimed, false, [], 3000));
    expect(declined.session).toMatchObject({ status: 'ended', endReason: 'consent_declined' });
    expect(declined.events.map((e) => e.type)).toEqual(['consent.declined', 'session.ended']);
  });

  it('shares only when screen was granted, and reports changes once', () => {
    const claimed = ok(m.claim(open(), engineer, 2000)).session;
    const chatOnly = ok(m.respondToConsent(claimed, true, ['chat'], 3000)).session;
    expect(m.reportShare(chatOnly, true)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const active = ok(m.respondToConsent(claimed, true, ['screen', 'chat'], 3000)).session;
    const sharing = ok(m.reportShare(active, true, 'Entire screen'));
    expect(sharing.events).toEqual([{ type: 'share.started', sourceLabel: 'Entire screen' }]);
    expect(ok(m.reportShare(sharing.session, true)).events).toEqual([]);
    const ended = ok(m.end(sharing.session, 'customer_ended', 4000));
    expect(ended.events.map((e) => e.type)).toEqual(['share.stopped', 'session.ended']);
    expect(m.end(ended.session, 'engineer_ended', 5000)).toMatchObject({ ok: false });
  });
});
