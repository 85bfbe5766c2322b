import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { expectPicture } from '../support/remote-picture';
import { shown } from '../support/shown-text';
import { ENGINEER_PASSWORD, shareWithFixtureEngineer, withE2e } from '../support/e2e-fixture';
import { signInStaff } from '../support/session-flow';
import { createEngineer } from '../support/test-server';

/**
 * A second engineer in a live session, in real Chromium over real WebRTC: invited to watch (the
 * customer lets them in, sees them listed and removes them), then handed the session (the customer
 * allows it, the picture and chat continue with the new engineer, the first one is back at the queue).
 */
describe('colleagues in a live session', () => {
  const ctx = withE2e('Grace Hopper');

  it('lets a colleague watch with the customer’s consent, and hands the session over', { timeout: 180_000 }, async () => {
    const { e2e } = ctx;
    const colleagueAccount = await createEngineer(e2e.server, 'Bea Colleague');
    const [engineer, customer, colleague] = [await e2e.newPage(1400, 1000), await e2e.newPage(1200, 900), await e2e.newPage(1400, 1000)];
    await signInStaff(colleague, `${e2e.server.url}/engineer`, colleagueAccount.email, ENGINEER_PASSWORD);
    await colleague.getByRole('heading', { name: /Waiting customers/ }).waitFor();
    await shareWithFixtureEngineer(e2e, { engineer, customer }, { customerName: 'Ana Silva', problem: 'VPN drops every hour' });
    await expectPicture(engineer);

    // Watch: the engineer invites, the colleague accepts, the customer is asked first.
    const card = engineer.getByTestId('colleagues');
    await card.getByLabel('Choose a colleague').selectOption({ label: 'Bea Colleague (Acme Support)' });
    await card.getByRole('button', { name: 'Invite to watch' }).click();
    await card.getByText(shown('Asked Bea Colleague to watch')).waitFor();
    await screenshot(engineer, 'colleagues-engineer-invited');
    const invitation = colleague.getByTestId('invitations');
    await invitation.getByText(shown('Grace Hopper invites you to watch the session with Ana Silva')).waitFor();
    await screenshot(colleague, 'colleagues-invitation');
    await invitation.getByRole('button', { name: 'Watch' }).click();
    await colleague.getByTestId('awaiting-customer').waitFor();
    const prompt = customer.getByRole('alertdialog');
    await prompt.getByText(shown('Bea Colleague (Acme Support) would like to watch your screen with Grace Hopper')).waitFor();
    // Nothing reaches the colleague before the customer answers.
    expect(await colleague.getByTestId('remote-video').count()).toBe(0);
    await screenshot(customer, 'colleagues-customer-asked');
    await prompt.getByRole('button', { name: 'Let them watch' }).click();

    await colleague.getByRole('heading', { name: shown('Watching Ana Silva') }).waitFor();
    await expectPicture(colleague);
    await colleague.getByText(shown('You see the screen of Ana Silva beside Grace Hopper: view only.')).waitFor();
    await customer.getByTestId('sharing-bar').getByText('Sharing your screen with Grace Hopper and Bea Colleague').waitFor();
    await customer.getByTestId('watchers').getByText('Bea Colleague', { exact: true }).waitFor();
    await engineer.getByTestId('watchers').getByText('Bea Colleague', { exact: true }).waitFor();
    // A watcher sees and cannot act: no chat, no control, no files.
    expect(await colleague.getByPlaceholder('Type a message').count()).toBe(0);
    expect(await colleague.getByRole('button', { name: /control/i }).count()).toBe(0);
    await screenshot(colleague, 'colleagues-watching');
    await screenshot(customer, 'colleagues-customer-watched');

    // The customer removes the watcher at once.
    await customer.getByRole('button', { name: 'Remove Bea Colleague' }).click();
    await colleague.getByTestId('colleague-notice').getByText(shown('You were removed from the session with Ana Silva.')).waitFor();
    await colleague.getByRole('heading', { name: /Waiting customers/ }).waitFor();
    await customer.getByTestId('sharing-bar').getByText('Sharing your screen with Grace Hopper', { exact: true }).waitFor();
    await expect.poll(() => engineer.getByTestId('watchers').count()).toBe(0);

    // Hand-over: the colleague takes the session, with the customer's consent.
    await card.getByLabel('Choose a colleague').selectOption({ label: 'Bea Colleague (Acme Support)' });
    await card.getByRole('button', { name: 'Hand over' }).click();
    await invitation.getByText(shown('Grace Hopper would like to hand the session with Ana Silva over to you')).waitFor();
    await invitation.getByRole('button', { name: 'Take over' }).click();
    await prompt.getByText(shown('Grace Hopper would like to hand your session over to Bea Colleague (Acme Support)')).waitFor();
    await screenshot(customer, 'colleagues-customer-handover');
    await prompt.getByRole('button', { name: 'Hand over' }).click();

    await customer.getByTestId('handed-over').getByText(shown('Grace Hopper handed your session over to Bea Colleague.')).waitFor();
    await customer.getByText('Connected with Bea Colleague.').waitFor({ timeout: 20_000 });
    await customer.getByTestId('sharing-bar').getByText('Sharing your screen with Bea Colleague').waitFor();
    await engineer.getByTestId('colleague-notice').getByText(shown('You handed the session over to Bea Colleague.')).waitFor();
    await engineer.getByRole('heading', { name: /Waiting customers/ }).waitFor();
    await colleague.getByRole('heading', { name: 'Ana Silva' }).waitFor();
    await expectPicture(colleague);
    await screenshot(colleague, 'colleagues-taken-over');

    await colleague.getByPlaceholder('Type a message').fill('Hi Ana, Bea here, I will take it from here.');
    await colleague.getByRole('button', { name: 'Send', exact: true }).click();
    await customer.getByText('Hi Ana, Bea here, I will take it from here.').waitFor();

    await colleague.getByTestId('end-session').click();
    await customer.getByRole('heading', { name: /ended/i }).first().waitFor();
    const { sessions } = await e2e.server.store.sessions.query(
      { sort: 'created', order: 'desc', page: 1, pageSize: 1 },
      undefined,
      Date.now(),
    );
    const types = (await e2e.server.store.sessions.timeline(sessions[0]!.id)).map((e) => `${e.actor.name}: ${e.payload.type}`);
    expect(types).toEqual(
      expect.arrayContaining([
        'Grace Hopper: colleague.invited',
        'Bea Colleague: watcher.joined',
        'Ana Silva: watcher.left',
        'Grace Hopper: session.handedOver',
        'Bea Colleague: session.ended',
      ]),
    );
  });
});
