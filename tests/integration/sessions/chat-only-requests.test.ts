import { describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';
import { connectClient, createEngineer, nextEvent, request, sendRaw } from '../../support/test-server';

/** A customer whose browser cannot share a screen (a phone) asks for help: the engineer knows before taking it. */
describe('a request from a browser that cannot share its screen', () => {
  const ctx = withTestServer();

  it('says so in the queue, the claim and the customer’s own view; a request that does not say is a screen-sharing one', async () => {
    const ada = await createEngineer(ctx.server, 'Ada');
    const engineer = ctx.track(await connectClient(ctx.server.url, ada.cookie));
    await request(engineer, 'queue:watch', {});
    const phone = ctx.track(await connectClient(ctx.server.url));
    const added = nextEvent(engineer, 'queue:changed');
    const created = await request(phone, 'session:create', {
      customerName: 'Mai',
      description: 'Laptop Wi-Fi is down',
      canShareScreen: false,
    });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.session.canShareScreen).toBe(false);
    expect(await added).toMatchObject({ op: 'added', entry: { id: created.session.id, canShareScreen: false } });
    const asked = nextEvent(phone, 'session:claimed');
    const claimed = await request(engineer, 'session:claim', { sessionId: created.session.id });
    expect(claimed.ok && claimed.session.canShareScreen).toBe(false);
    // The customer is not asked for a screen they cannot share, and a report of sharing one is refused.
    expect((await asked).permissions).toEqual(['chat', 'diagnostics']);
    const granted = await request(phone, 'consent:respond', { granted: true });
    expect(granted.ok && granted.session.permissions).toEqual(['chat', 'diagnostics']);
    expect(await request(phone, 'share:report', { sharing: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const laptop = ctx.track(await connectClient(ctx.server.url));
    const usual = await request(laptop, 'session:create', { customerName: 'Lee', description: 'Printer' });
    expect(usual.ok && usual.session.canShareScreen).toBe(true);
  });

  it('refuses anything but true or false, and queues nothing', async () => {
    const customer = ctx.track(await connectClient(ctx.server.url));
    for (const canShareScreen of ['no', 0, null, {}]) {
      const refused = await sendRaw(customer, 'session:create', { customerName: 'Mai', description: 'Wi-Fi', canShareScreen });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: { path: ['canShareScreen'] } } });
    }
    const ada = await createEngineer(ctx.server, 'Ada');
    const engineer = ctx.track(await connectClient(ctx.server.url, ada.cookie));
    expect(await request(engineer, 'queue:watch', {})).toMatchObject({ ok: true, queue: [] });
  });
});
