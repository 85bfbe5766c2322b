import { describe, expect, it } from 'vitest';
import { summarizeStats } from '../../../renderer/src/features/peer/connection-stats';
import { normalizeLanguage, pickLanguage } from '../../../renderer/src/features/i18n/pick-language';
import { formatSessionCode } from '@firstline/protocol';
import { formatElapsed } from '../../../renderer/src/features/ui/format';
import { parseAdminRoute } from '../../../renderer/src/roles/admin/use-hash-route';

describe('language choice', () => {
  it('maps browser tags to the languages Firstline ships', () => {
    expect(normalizeLanguage('zh-CN')).toBe('zh-Hans');
    expect(normalizeLanguage('zh-TW')).toBe('zh-Hant');
    expect(normalizeLanguage('zh-Hant-HK')).toBe('zh-Hant');
    expect(normalizeLanguage('ar-EG')).toBe('ar');
    expect(pickLanguage(['zh-TW'])).toBe('zh-Hant');
    expect(pickLanguage(['vi-VN', 'en'])).toBe('vi');
    expect(pickLanguage(['fr-FR', 'zh-SG'])).toBe('zh-Hans');
    expect(pickLanguage(['fr-FR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});

describe('connection stats', () => {
  const report = (bytes: number) => [
    { id: 'v', type: 'inbound-rtp', kind: 'video', frameWidth: 1920, frameHeight: 1080, framesPerSecond: 30, bytesReceived: bytes, framesDecoded: 90 },
    { id: 'p1', type: 'candidate-pair', state: 'failed', currentRoundTripTime: 9 },
    { id: 'p2', type: 'candidate-pair', state: 'succeeded', nominated: true, currentRoundTripTime: 0.0042 },
  ];

  it('reads resolution, fps, round trip and frames; bitrate needs two samples', () => {
    const first = summarizeStats(report(1000), null, 0);
    expect(first.stats).toEqual({ width: 1920, height: 1080, fps: 30, bitrateKbps: null, rttMs: 4, framesDecoded: 90 });
    const second = summarizeStats(report(1000 + 250_000), first.sample, 1000);
    expect(second.stats.bitrateKbps).toBe(2000);
  });

  it('shows nothing rather than nonsense before video arrives', () => {
    expect(summarizeStats([], null, 0).stats).toEqual({ width: null, height: null, fps: null, bitrateKbps: null, rttMs: null, framesDecoded: 0 });
  });
});

describe('formatting and routes', () => {
  it('formats waits and codes the way people read them', () => {
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
    expect(formatSessionCode('123456789')).toBe('123 456 789');
  });

  it('parses admin routes, falling back to the tickets list', () => {
    expect(parseAdminRoute('#/tickets/12')).toEqual({ view: 'ticket', id: 12 });
    expect(parseAdminRoute('#/users')).toEqual({ view: 'users' });
    expect(parseAdminRoute('#/tickets/abc')).toEqual({ view: 'tickets', query: '' });
    expect(parseAdminRoute('')).toEqual({ view: 'tickets', query: '' });
    expect(parseAdminRoute('#/tickets?status=open&q=vpn')).toEqual({ view: 'tickets', query: 'status=open&q=vpn' });
  });
});
