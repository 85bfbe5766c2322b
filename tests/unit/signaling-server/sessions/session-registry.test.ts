import { describe, expect, it } from 'vitest';
import { openSession } from '../../../../signaling-server/src/sessions/session-machine';
import { SessionRegistry } from '../../../../signaling-server/src/sessions/session-registry';

const make = (code: string) => openSession({ id: crypto.randomUUID(), code, customerName: 'c', description: 'd', now: 1 }).session;

describe('session registry', () => {
  it('pairs the two members of a session and nobody else', () => {
    const registry = new SessionRegistry();
    const a = make('111111111');
    const b = make('222222222');
    registry.add(a, 'token-a');
    registry.add(b, 'token-b');
    registry.join('cust-a', a.id, 'customer');
    registry.join('eng-a', a.id, 'engineer');
    registry.join('cust-b', b.id, 'customer');
    expect(registry.counterpart('cust-a')).toBe('eng-a');
    expect(registry.counterpart('eng-a')).toBe('cust-a');
    expect(registry.counterpart('cust-b')).toBeUndefined();
    expect(registry.counterpart('stranger')).toBeUndefined();
    expect(registry.sessionForToken('token-b')?.id).toBe(b.id);
  });

  it('retires the code when the session leaves the queue and forgets everything on remove', () => {
    const registry = new SessionRegistry();
    const a = make('111111111');
    registry.add(a, 't');
    registry.join('c', a.id, 'customer');
    expect(registry.findByCode('111111111')?.id).toBe(a.id);
    registry.update({ ...a, status: 'claimed' });
    expect(registry.findByCode('111111111')).toBeUndefined();
    expect(registry.waiting()).toEqual([]);
    registry.remove(a.id);
    expect(registry.get(a.id)).toBeUndefined();
    expect(registry.membership('c')).toBeUndefined();
    expect(registry.sessionForToken('t')).toBeUndefined();
  });
});
