import { describe, expect, it } from 'vitest';
import { PeerMessage } from '@firstline/protocol';
import { orderCodecs, scaleFor, senderSettingsFor } from '../../../renderer/src/features/picture/picture-settings';

describe('picture settings for screen content', () => {
  it('keeps the resolution for text in every preset but Fastest', () => {
    const best = senderSettingsFor({ quality: 'best', cap: 'native' }, 1080);
    expect(best).toMatchObject({ contentHint: 'text', degradationPreference: 'maintain-resolution', scaleResolutionDownBy: 1 });
    const balanced = senderSettingsFor({ quality: 'balanced', cap: 'native' }, 1080);
    expect(balanced).toMatchObject({ contentHint: 'detail', degradationPreference: 'maintain-resolution' });
    expect(balanced.maxBitrate).toBeLessThan(best.maxBitrate);
    const fastest = senderSettingsFor({ quality: 'fastest', cap: 'native' }, 1080);
    expect(fastest).toMatchObject({ contentHint: 'motion', degradationPreference: 'maintain-framerate', codec: 'video/VP8' });
    // The others send with the negotiated first codec (VP9).
    expect(best.codec).toBeUndefined();
    expect(balanced.codec).toBeUndefined();
  });

  it('caps the height by scaling down, never up', () => {
    expect(scaleFor(720, 1080)).toBe(1.5);
    expect(scaleFor(1080, 2160)).toBe(2);
    expect(scaleFor(1440, 1080)).toBe(1);
    expect(scaleFor('native', 2160)).toBe(1);
    expect(scaleFor(720, null)).toBe(1);
  });

  it('puts VP9 first, then VP8, AV1 and H.264, and leaves unknown entries (rtx, red, ulpfec) after', () => {
    const available = [
      { mimeType: 'video/VP8' },
      { mimeType: 'video/rtx' },
      { mimeType: 'video/H264' },
      { mimeType: 'video/av1' },
      { mimeType: 'video/VP9' },
      { mimeType: 'video/red' },
    ];
    expect(orderCodecs(available).map((c) => c.mimeType)).toEqual([
      'video/VP9',
      'video/VP8',
      'video/av1',
      'video/H264',
      'video/rtx',
      'video/red',
    ]);
  });

  it('refuses a malformed quality message at the data-channel boundary', () => {
    expect(PeerMessage.safeParse({ kind: 'picture-quality', choice: { quality: 'best', cap: 1080 } }).success).toBe(true);
    expect(PeerMessage.safeParse({ kind: 'picture-quality', choice: { quality: 'ultra', cap: 1080 } }).success).toBe(false);
    expect(PeerMessage.safeParse({ kind: 'picture-quality', choice: { quality: 'best', cap: 999 } }).success).toBe(false);
  });
});
