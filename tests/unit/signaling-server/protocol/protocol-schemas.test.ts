import { describe, expect, it } from 'vitest';
import { clientEvents, createPeerMessageDecoder, serverEvents, SignalData } from '@firstline/protocol';

describe('protocol schemas', () => {
  it('accept what simple-peer emits and refuse anything else', () => {
    expect(SignalData.safeParse({ type: 'offer', sdp: 'v=0' }).success).toBe(true);
    expect(
      SignalData.safeParse({
        type: 'candidate',
        candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMLineIndex: 0, sdpMid: '0' },
      }).success,
    ).toBe(true);
    expect(SignalData.safeParse({ type: 'renegotiate', renegotiate: true }).success).toBe(true);
    expect(SignalData.safeParse({ type: 'offer' }).success).toBe(false);
    expect(SignalData.safeParse({ type: 'candidate', candidate: { candidate: 'x'.repeat(2000) } }).success).toBe(false);
    const hostile = JSON.parse('{"type":"offer","sdp":"x","__proto__":{"polluted":true}}');
    const parsed = SignalData.parse(hostile);
    expect(Object.keys(parsed).sort()).toEqual(['sdp', 'type']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('decode data-channel messages defensively', () => {
    const decodePeerMessage = createPeerMessageDecoder();
    const id = crypto.randomUUID();
    expect(decodePeerMessage(JSON.stringify({ kind: 'chat', id, text: 'hi', sentAt: 1 }))).toEqual({
      kind: 'chat',
      id,
      text: 'hi',
      sentAt: 1,
    });
    expect(decodePeerMessage('{not json')).toBeNull();
    expect(decodePeerMessage(JSON.stringify({ kind: 'chat', id, text: '', sentAt: 1 }))).toBeNull();
    expect(decodePeerMessage(JSON.stringify({ kind: 'exec', cmd: 'rm -rf' }))).toBeNull();
  });

  it('name every event domain:verb', () => {
    for (const name of [...Object.keys(clientEvents), ...Object.keys(serverEvents)]) expect(name).toMatch(/^[a-z]+:[a-z]+$/);
  });

  it('trim and bound what a customer types', () => {
    const parsed = clientEvents['session:create'].payload.parse({ customerName: '  Lin ', description: ' help ' });
    expect(parsed).toEqual({ customerName: 'Lin', description: 'help', client: 'browser', canShareScreen: true });
    expect(clientEvents['session:create'].payload.safeParse({ customerName: 'x', description: 'y'.repeat(2001) }).success).toBe(false);
  });
});

describe('data-channel chunking', () => {
  it('splits a large message into chunks and puts it back together, validated', async () => {
    const { createPeerMessageDecoder, encodePeerMessage } = await import('@firstline/protocol');
    const versions = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`app${i}`, `${i}.0.0 "quoted" 版本 ${'x'.repeat(300)}`]));
    const message = {
      kind: 'diag-section' as const,
      section: { name: 'software' as const, status: 'ok' as const, ms: 5, data: { versions } },
    };
    let n = 0;
    const frames = encodePeerMessage(message, () => `id-${++n}`);
    expect(frames.length).toBeGreaterThan(2);
    for (const frame of frames) expect(frame.length).toBeLessThan(16_384);
    const decode = createPeerMessageDecoder();
    const shuffled = [...frames].reverse();
    const results = shuffled.map(decode);
    expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
    expect(results.at(-1)).toEqual(message);
  });

  it('drops duplicated, foreign and malformed chunks', async () => {
    const { createPeerMessageDecoder } = await import('@firstline/protocol');
    const decode = createPeerMessageDecoder();
    const chunk = (index: number, text: string) => JSON.stringify({ kind: 'chunk', id: 'a', index, total: 2, data: btoa(text) });
    expect(decode(chunk(0, '{"kind":"chat"'))).toBeNull();
    expect(decode(chunk(0, 'again'))).toBeNull();
    // Reassembled, it is a chat message with a bad id: dropped by validation.
    expect(decode(chunk(1, ',"id":"nope","text":"x","sentAt":1}'))).toBeNull();
    expect(decode(JSON.stringify({ kind: 'chunk', id: 'd', index: 0, total: 2, data: '%%%not base64' }))).toBeNull();
    expect(decode(JSON.stringify({ kind: 'chunk', id: 'd', index: 1, total: 2, data: 'AAAA' }))).toBeNull();
    expect(decode(JSON.stringify({ kind: 'chunk', id: 'b', index: 5, total: 2, data: '' }))).toBeNull();
    expect(decode(JSON.stringify({ kind: 'chunk', id: 'c', index: 0, total: 1000, data: '' }))).toBeNull();
  });
});
