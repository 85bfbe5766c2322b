import { describe, expect, it } from 'vitest';
import { failure, type SignalData } from '@firstline/protocol';
import { createSignalRelay, MAX_HELD_SIGNALS } from '../../../../signaling-server/src/sessions/signal-relay';
import type { SessionRegistry } from '../../../../signaling-server/src/sessions/session-registry';
import type { SessionNotifier } from '../../../../signaling-server/src/sessions/session-notifier';
import type { HelpSession } from '../../../../signaling-server/src/sessions/session-machine';
import { WatcherRegistry } from '../../../../signaling-server/src/sessions/watcher-registry';

describe('signalling for a member who is briefly away', () => {
  const session = { id: 's1', status: 'active' } as HelpSession;
  const sent: Array<[string, SignalData]> = [];
  let customerConnected = false;
  const relay = createSignalRelay({
    registry: { counterpart: () => (customerConnected ? 'customer-socket' : undefined) } as unknown as SessionRegistry,
    watchers: new WatcherRegistry(),
    notifier: {
      toSocket: (socket: string, _event: string, payload: { data: SignalData }) => sent.push([socket, payload.data]),
    } as unknown as SessionNotifier,
    memberSession: (socketId) => (socketId === 'engineer-socket' ? { session, role: 'engineer' } : failure('not_in_session', 'no')),
  });
  const candidate = (n: number): SignalData => ({ type: 'candidate', candidate: { candidate: `c${n}` } }) as SignalData;

  it('holds up to the bound, refuses past it with busy, and hands everything over in order', () => {
    for (let i = 0; i < MAX_HELD_SIGNALS; i += 1) expect(relay.relay('engineer-socket', candidate(i))).toEqual({ ok: true });
    expect(relay.relay('engineer-socket', candidate(999))).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(sent).toEqual([]);
    customerConnected = true;
    relay.deliverHeld('s1', 'customer', 'customer-socket');
    expect(sent.map(([, data]) => (data as { candidate: { candidate: string } }).candidate.candidate)).toEqual(
      Array.from({ length: MAX_HELD_SIGNALS }, (_, i) => `c${i}`),
    );
    relay.deliverHeld('s1', 'customer', 'customer-socket');
    expect(sent).toHaveLength(MAX_HELD_SIGNALS);
  });

  it('forgets what it held when the session ends, and refuses outsiders', () => {
    customerConnected = false;
    sent.length = 0;
    relay.relay('engineer-socket', candidate(1));
    relay.forget('s1');
    relay.deliverHeld('s1', 'customer', 'customer-socket');
    expect(sent).toEqual([]);
    expect(relay.relay('stranger', candidate(2))).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
  });
});
