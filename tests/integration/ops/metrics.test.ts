import { describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, request } from '../../support/test-server';

const scrape = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${url}/metrics`, { headers });
  return { status: response.status, text: await response.text() };
};
/** The value of one sample in Prometheus's text format, e.g. value(text, 'firstline_queue_length'). */
const value = (text: string, sample: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line === undefined ? undefined : Number(line.slice(sample.length + 1));
};

describe('Prometheus metrics', () => {
  describe('without a token', () => {
    const ctx = withTestServer(() => ({ trustProxy: 1 }));

    it('count sessions, the queue, claims, setups, relays, event writes and sockets as a session goes', async () => {
      const account = await createEngineer(ctx.server);
      const engineer = ctx.track(await connectClient(ctx.server.url, account.cookie));
      const customer = ctx.track(await connectClient(ctx.server.url));
      const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Printer offline' });
      if (!created.ok) throw new Error('create failed');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const waiting = (await scrape(ctx.server.url)).text;
      expect(value(waiting, 'firstline_queue_length')).toBe(1);
      expect(value(waiting, 'firstline_queue_oldest_wait_seconds')).toBeGreaterThan(0);
      expect(value(waiting, 'firstline_live_sessions{status="waiting"}')).toBe(1);
      expect(value(waiting, 'firstline_sockets')).toBe(2);

      await request(engineer, 'session:claim', { code: created.code });
      await request(customer, 'consent:respond', { granted: true });
      await request(customer, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } });
      await request(engineer, 'signal:relay', { data: { type: 'answer', sdp: 'v=0' } });
      const { status, text } = await scrape(ctx.server.url);
      expect(status).toBe(200);
      expect(value(text, 'firstline_queue_length')).toBe(0);
      expect(value(text, 'firstline_queue_oldest_wait_seconds')).toBe(0);
      expect(value(text, 'firstline_live_sessions{status="active"}')).toBe(1);
      expect(value(text, 'firstline_time_to_claim_seconds_count')).toBe(1);
      expect(value(text, 'firstline_session_setups_total')).toBe(1);
      expect(value(text, 'firstline_signal_relays_total')).toBe(2);
      expect(value(text, 'firstline_event_write_seconds_count')).toBeGreaterThanOrEqual(3);
      expect(text).toContain('firstline_process_resident_memory_bytes');
    });

    it('are read only from this machine', async () => {
      expect((await scrape(ctx.server.url, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
    });
  });

  describe('with a token', () => {
    const ctx = withTestServer(() => ({ metricsToken: 'scrape-secret-0123456789' }));

    it('need it as a bearer token', async () => {
      expect((await scrape(ctx.server.url)).status).toBe(401);
      expect((await scrape(ctx.server.url, { authorization: 'Bearer wrong-secret-0123456789' })).status).toBe(401);
      const ok = await scrape(ctx.server.url, { authorization: 'Bearer scrape-secret-0123456789' });
      expect(ok.status).toBe(200);
      expect(value(ok.text, 'firstline_queue_length')).toBe(0);
    });
  });
});
