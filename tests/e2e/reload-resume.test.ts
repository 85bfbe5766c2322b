import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { expectPicture } from '../support/remote-picture';
import { shareWithFixtureEngineer, withE2e } from '../support/e2e-fixture';

/**
 * A reload in the middle of a session, on either side, in real Chromium: the page finds its
 * session again (its resume token is kept for the tab), nobody is asked for consent again, and
 * the picture comes back on a new connection.
 */
describe('reloading a page mid-session', () => {
  const ctx = withE2e('Grace Hopper');

  it('brings the engineer and then the customer back into the same live session, with the picture', { timeout: 120_000 }, async () => {
    const { e2e } = ctx;
    const engineer = await e2e.newPage(1400, 1000);
    const customer = await e2e.newPage(1200, 900);
    await shareWithFixtureEngineer(e2e, { engineer, customer }, { customerName: 'Ana Silva', problem: 'Printer jams on page two' });
    await expectPicture(engineer);

    // The engineer reloads the console.
    const reloadedAt = Date.now();
    await engineer.reload();
    await engineer.getByRole('heading', { name: 'Ana Silva' }).waitFor();
    await engineer.getByTestId('engineer-status').getByText("Viewing Ana Silva's screen.").waitFor({ timeout: 20_000 });
    await expectPicture(engineer);
    console.log(`[e2e] engineer reload → picture again in ${Date.now() - reloadedAt} ms`);
    await customer.getByText('Connected with Grace Hopper.').waitFor();
    expect(await customer.getByRole('alertdialog').count()).toBe(0);

    // The customer reloads: back in the session, asked only to pick the screen again.
    const customerReloadedAt = Date.now();
    await customer.reload();
    await customer.getByTestId('rejoined').waitFor({ timeout: 20_000 });
    await screenshot(customer, 'customer-rejoined');
    await engineer
      .getByTestId('engineer-status')
      .getByText(/is not sharing their screen/)
      .waitFor();
    await customer.getByRole('button', { name: 'Choose screen to share' }).click();
    await engineer.getByTestId('engineer-status').getByText("Viewing Ana Silva's screen.").waitFor({ timeout: 20_000 });
    await expectPicture(engineer);
    console.log(`[e2e] customer reload → picture again in ${Date.now() - customerReloadedAt} ms (including the click)`);

    // Chat flows on the new connection both ways.
    await engineer.getByPlaceholder('Type a message').fill('Still with you after the reload');
    await engineer.getByRole('button', { name: 'Send', exact: true }).click();
    await customer.getByText('Still with you after the reload').waitFor();

    // One session, still live, with the reloads on its record as a stop and a new start of sharing.
    const { sessions } = await e2e.server.store.sessions.query(
      { sort: 'created', order: 'desc', page: 1, pageSize: 1 },
      undefined,
      Date.now(),
    );
    expect(sessions[0]!.status).toBe('active');
    const types = (await e2e.server.store.sessions.timeline(sessions[0]!.id)).map((e) => e.payload.type);
    expect(types.filter((t) => t === 'consent.granted')).toHaveLength(1);
    expect(types).not.toContain('session.ended');
    expect(types.filter((t) => t.startsWith('share.'))).toEqual(['share.started', 'share.stopped', 'share.started']);
  });
});
