import { describe, expect, it, vi } from 'vitest';
import { summarizeStats } from '../../../renderer/src/features/peer/connection-stats';
import { pickLanguage } from '../../../renderer/src/features/i18n/pick-language';
import { formatSessionCode, productLanguageOf } from '@firstline/protocol';
import { formatDay, formatElapsed } from '../../../renderer/src/features/ui/format';
import { parseAdminRoute } from '../../../renderer/src/roles/admin/use-hash-route';
import { listFromUrl } from '../../../renderer/src/roles/admin/list-url';

describe('language choice', () => {
  it('maps browser tags to the languages Firstline ships', () => {
    expect(productLanguageOf('zh-CN')).toBe('zh-Hans');
    expect(productLanguageOf('zh')).toBe('zh-Hans');
    expect(productLanguageOf('zh-TW')).toBe('zh-Hant');
    expect(productLanguageOf('zh-Hant-HK')).toBe('zh-Hant');
    expect(productLanguageOf('ar-EG')).toBe('ar');
    expect(productLanguageOf('vi_VN')).toBe('vi');
    expect(productLanguageOf('fr-FR')).toBeNull();
    expect(productLanguageOf('')).toBeNull();
    expect(productLanguageOf(undefined)).toBeNull();
    expect(pickLanguage(['zh-TW'])).toBe('zh-Hant');
    expect(pickLanguage(['vi-VN', 'en'])).toBe('vi');
    expect(pickLanguage(['fr-FR', 'zh-SG'])).toBe('zh-Hans');
    expect(pickLanguage(['fr-FR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});

describe('connection stats', () => {
  const report = (bytes: number, packets = 1000, lost = 0) => [
    {
      id: 'v',
      type: 'inbound-rtp',
      kind: 'video',
      frameWidth: 1920,
      frameHeight: 1080,
      framesPerSecond: 30,
      bytesReceived: bytes,
      framesDecoded: 90,
      framesDropped: 3,
      packetsReceived: packets,
      packetsLost: lost,
      codecId: 'c1',
    },
    { id: 'c1', type: 'codec', mimeType: 'video/AV1' },
    { id: 'p1', type: 'candidate-pair', state: 'failed', currentRoundTripTime: 9 },
    { id: 'p2', type: 'candidate-pair', state: 'succeeded', nominated: true, currentRoundTripTime: 0.0042 },
  ];

  it('reads resolution, fps, round trip, codec and frames; bitrate and loss need two samples', () => {
    const first = summarizeStats(report(1000), null, 0);
    expect(first.stats).toEqual({
      width: 1920,
      height: 1080,
      fps: 30,
      bitrateKbps: null,
      rttMs: 4,
      framesDecoded: 90,
      codec: 'video/AV1',
      packetLossPct: null,
      framesDropped: 3,
    });
    // 190 more arrived and 10 more were lost: 10 of the 200 expected.
    const second = summarizeStats(report(1000 + 250_000, 1190, 10), first.sample, 1000);
    expect(second.stats.bitrateKbps).toBe(2000);
    expect(second.stats.packetLossPct).toBe(5);
  });

  it('shows nothing rather than nonsense before video arrives', () => {
    expect(summarizeStats([], null, 0).stats).toEqual({
      width: null,
      height: null,
      fps: null,
      bitrateKbps: null,
      rttMs: null,
      framesDecoded: 0,
      codec: null,
      packetLossPct: null,
      framesDropped: 0,
    });
  });
});

describe('formatting and routes', () => {
  it('formats waits and codes the way people read them', () => {
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
    expect(formatSessionCode('123456789')).toBe('123 456 789');
  });

  it('writes report days in the reader’s language, not as ISO dates', () => {
    expect(formatDay('2026-11-03', 'en')).toBe('Nov 3');
    expect(formatDay('2026-11-03', 'vi')).toBe('3 thg 11');
    expect(formatDay('2026-11-03', 'zh-Hans')).toBe('11月3日');
  });

  it('parses admin routes, falling back to the tickets list', () => {
    expect(parseAdminRoute('#/tickets/12')).toEqual({ view: 'ticket', id: 12 });
    expect(parseAdminRoute('#/users')).toEqual({ view: 'users' });
    expect(parseAdminRoute('#/tickets/abc')).toEqual({ view: 'tickets', query: '' });
    expect(parseAdminRoute('')).toEqual({ view: 'tickets', query: '' });
    expect(parseAdminRoute('#/tickets?status=open&q=vpn')).toEqual({ view: 'tickets', query: 'status=open&q=vpn' });
    const id = '2f1d6c9e-8a4b-4c3d-9e8f-0a1b2c3d4e5f';
    expect(parseAdminRoute(`#/sessions/${id}`)).toEqual({ view: 'session', id });
    expect(parseAdminRoute('#/sessions/not-a-uuid')).toEqual({ view: 'sessions', query: '' });
    expect(parseAdminRoute('#/sessions?rating=1&slaBreached=true')).toEqual({ view: 'sessions', query: 'rating=1&slaBreached=true' });
    expect(parseAdminRoute('#/reports?from=1700000000000')).toEqual({ view: 'reports', query: 'from=1700000000000' });
    expect(parseAdminRoute('#/webhooks')).toEqual({ view: 'webhooks' });
  });

  it("keeps a list view's filters and page in the URL, and a filter change goes back to page one", () => {
    const hashes: string[] = [];
    const location = {
      set hash(value: string) {
        hashes.push(value);
      },
    };
    vi.stubGlobal('location', location);
    const list = listFromUrl('sessions', 'rating=2&page=3&pageSize=20', ['rating', 'q'] as const);
    expect(list.filters).toEqual({ rating: '2', q: '' });
    expect(list.page).toBe(3);
    expect(list.unpaged).toBe('rating=2');
    list.change({ q: 'vpn', rating: '' });
    list.toPage(4);
    expect(hashes).toEqual(['#/sessions?pageSize=20&q=vpn', '#/sessions?rating=2&page=4&pageSize=20']);
    vi.unstubAllGlobals();
  });
});
