import { describe, expect, it } from 'vitest';
import { clientEvents, decodePeerMessage, serverEvents, SignalData } from '@firstline/protocol';

describe('protocol schemas', () => {
  it('accept what simple-peer emits and refuse anything else', () => {
    expect(SignalData.safeParse({ type: 'offer', sdp: 'v=0' }).success).toBe(true);
    expect(SignalData.safeParse({ type: 'candidate', candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMLineIndex: 0, sdpMid: '0' } }).success).toBe(true);
    expect(SignalData.safeParse({ type: 'renegotiate', renegotiate: true }).success).toBe(true);
    expect(SignalData.safeParse({ type: 'offer' }).success).toBe(false);
    expect(SignalData.safeParse({ type: 'candidate', candidate: { candidate: 'x'.repeat(2000) } }).success).toBe(false);
    const hostile = JSON.parse('{"type":"offer","sdp":"x","__proto__":{"polluted":true}}');
    const parsed = SignalData.parse(hostile);
    expect(Object.keys(parsed).sort()).toEqual(['sdp', 'type']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('decode data-channel messages defensively', () => {
    const id = crypto.randomUUID();
    expect(decodePeerMessage(JSON.stringify({ kind: 'chat', id, text: 'hi', sentAt: 1 }))).toEqual({ kind: 'chat', id, text: 'hi', sentAt: 1 });
    expect(decodePeerMessage('{not json')).toBeNull();
    expect(decodePeerMessage(JSON.stringify({ kind: 'chat', id, text: '', sentAt: 1 }))).toBeNull();
    expect(decodePeerMessage(JSON.stringify({ kind: 'exec', cmd: 'rm -rf' }))).toBeNull();
  });

  it('name every event domain:verb', () => {
    for (const name of [...Object.keys(clientEvents), ...Object.keys(serverEvents)]) expect(name).toMatch(/^[a-z]+:[a-z]+$/);
  });

  it('trim and bound what a customer types', () => {
    const parsed = clientEvents['session:create'].payload.parse({ customerName: '  Lin ', description: ' help ' });
    expect(parsed).toEqual({ customerName: 'Lin', description: 'help' });
    expect(clientEvents['session:create'].payload.safeParse({ customerName: 'x', description: 'y'.repeat(2001) }).success).toBe(false);
  });
});
