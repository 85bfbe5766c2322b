import { describe, expect, it } from 'vitest';
import {
  answerControl,
  endControl,
  expireControlRequest,
  pauseControl,
  requestControl,
} from '../../../../signaling-server/src/sessions/control-machine';
import {
  claim,
  end,
  openSession,
  reportShare,
  respondToConsent,
  type HelpSession,
} from '../../../../signaling-server/src/sessions/session-machine';

function sharing(client: 'desktop' | 'browser'): HelpSession {
  const { session } = openSession({ id: 's1', code: '123456789', customerName: 'Lin', description: 'x', now: 0, client });
  const claimed = claim(session, { id: 'e1', name: 'Grace', organisation: 'Acme' }, 1);
  const active = claimed.ok && respondToConsent(claimed.session, true, [], 2);
  const shared = active && active.ok && reportShare(active.session, true);
  if (!shared || !shared.ok) throw new Error('setup failed');
  return shared.session;
}

describe('remote control, pure', () => {
  it('is off until asked; asked, it waits for the customer until it expires', () => {
    const session = sharing('desktop');
    expect(session.control).toEqual({ state: 'off' });
    const asked = requestControl(session, 10, 30_000);
    expect(asked).toMatchObject({
      ok: true,
      session: { control: { state: 'requested', expiresAt: 30_010 } },
      events: [{ type: 'control.requested' }],
    });
    if (!asked.ok) return;
    expect(expireControlRequest(asked.session, 30_009).ok).toBe(false);
    expect(expireControlRequest(asked.session, 30_010)).toMatchObject({
      ok: true,
      events: [{ type: 'control.declined', reason: 'timeout' }],
    });
    // An answer after the deadline is the same as no answer.
    expect(answerControl(asked.session, true, 40_000)).toMatchObject({ ok: true, session: { control: { state: 'off' } } });
    const granted = answerControl(asked.session, true, 20);
    expect(granted).toMatchObject({
      ok: true,
      session: { control: { state: 'granted', since: 20 } },
      events: [{ type: 'control.granted' }],
    });
  });

  it('pauses and ends only while granted, and ends with the session', () => {
    const asked = requestControl(sharing('desktop'), 10, 30_000);
    const granted = asked.ok && answerControl(asked.session, true, 20);
    if (!granted || !granted.ok) throw new Error('not granted');
    expect(pauseControl(granted.session)).toMatchObject({ ok: true, events: [{ type: 'control.paused' }] });
    expect(endControl(granted.session, 'button')).toMatchObject({ ok: true, events: [{ type: 'control.revoked', how: 'button' }] });
    const ended = end(granted.session, 'customer_ended', 30);
    expect(ended.ok && ended.events.map((e) => e.type)).toEqual(['control.revoked', 'share.stopped', 'session.ended']);
    expect(endControl(sharing('desktop'), 'engineer').ok).toBe(false);
  });

  it('never offers control of a browser join', () => {
    expect(requestControl(sharing('browser'), 10, 30_000)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });
});
