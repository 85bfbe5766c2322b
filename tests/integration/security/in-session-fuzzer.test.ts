import { describe, expect, it } from 'vitest';
import { clientEvents, ErrorBody, TimelineEvent, type ClientEventName } from '@firstline/protocol';
import { fieldsOf, hostileValue, prng } from '../../support/hostile-values';
import { withTestServer } from '../../support/server-lifecycle';
import { backends } from '../../support/store-backends';
import { openActiveSession, request, type TestClient } from '../../support/test-server';

/**
 * Hostile events from the two members of a live session, where they reach the handlers behind the
 * membership check (the socket fuzzer's strangers mostly stop at it). Only `session:end` is left
 * out: a member may end their own session, and then nothing would be left to check.
 */
describe.each(backends)('a fuzzer inside a live session, on $name', (backend) => {
  const ctx = withTestServer(() => ({}), backend);

  it(
    'answers every event from either member with a typed result; the session still works and the one beside it sees nothing',
    { timeout: 120_000 },
    async () => {
      const { server, track } = ctx;
      const inside = await openActiveSession(server, track);
      const beside = await openActiveSession(server, track);
      if (!inside.created.ok || !beside.created.ok) throw new Error('create failed');
      const besideBefore = await server.store.sessions.timeline(beside.created.session.id);
      let leaked = 0;
      for (const socket of [beside.engineer, beside.customer]) socket.onAny(() => (leaked += 1));

      const random = prng(20261205);
      const names = (Object.keys(clientEvents) as ClientEventName[]).filter((name) => name !== 'session:end');
      const answers: Record<string, number> = {};
      const COUNT = 600;
      for (let i = 0; i < COUNT; i += 1) {
        const member: TestClient = i % 2 ? inside.engineer : inside.customer;
        const name = names[Math.floor(random() * names.length)]!;
        const payload = hostileValue(random, fieldsOf(clientEvents[name].payload));
        const reply = await (member.timeout(3000).emitWithAck as (e: string, p: unknown) => Promise<any>)(name, payload).catch(() => ({
          ok: 'no-answer',
        }));
        const key = reply.ok === true ? 'ok' : reply.ok === false ? reply.error.code : String(reply.ok);
        answers[key] = (answers[key] ?? 0) + 1;
        if (reply.ok === false)
          expect(ErrorBody.strict().safeParse(reply.error).success, `${name} ${JSON.stringify(reply.error)}`).toBe(true);
        // The token bucket answers a burst with rate_limited: a pause now and then lets the handlers see the rest.
        if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 150));
      }
      console.log(`[in-session fuzzer] ${COUNT} events: ${JSON.stringify(answers)}`);
      expect(answers['no-answer'] ?? 0).toBe(0);
      expect(answers.internal ?? 0).toBe(0);
      expect(answers.invalid_payload).toBeGreaterThan(COUNT / 4);

      // The session still relays between its members, and everything on its timeline reads as the contract says.
      const arrived = new Promise((resolve) => inside.engineer.once('signal:relay', resolve));
      expect(await request(inside.customer, 'signal:relay', { data: { type: 'offer', sdp: 'v=0' } })).toEqual({ ok: true });
      await arrived;
      const timeline = await server.store.sessions.timeline(inside.created.session.id);
      for (const event of timeline) expect(TimelineEvent.safeParse(event).success, JSON.stringify(event).slice(0, 300)).toBe(true);
      // The session beside it: no event reached its members, nothing was added to its timeline.
      expect(leaked).toBe(0);
      expect(await server.store.sessions.timeline(beside.created.session.id)).toEqual(besideBefore);
    },
  );
});
