import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { screenshot } from '../support/browser';
import { coturnUnavailable, startCoturn, type Coturn } from '../support/coturn';
import { ENGINEER_PASSWORD, shareWithFixtureEngineer, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { spyOnPeerConnections } from '../support/peer-connection-spy';
import { expectPicture } from '../support/remote-picture';
import { askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';

const SECRET = 'coturn-shared-secret-for-tests';

async function spiedPage(e2e: E2eFixture): Promise<Page> {
  const context = await e2e.browser.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await spyOnPeerConnections(context);
  return context.newPage();
}

/** The candidate types of the pair the engineer's connection is using, and the relay credentials it was given. */
function relayInUse(page: Page) {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs;
    const pc = pcs[pcs.length - 1]!;
    const stats = [...(await pc.getStats()).values()] as Array<
      { type: string; id: string; candidateType?: string } & Record<string, unknown>
    >;
    const transport = stats.find((s) => s.type === 'transport' && s.selectedCandidatePairId);
    const pair = stats.find((s) => s.id === transport?.selectedCandidatePairId);
    const typeOf = (id: unknown) => stats.find((s) => s.id === id)?.candidateType ?? 'none';
    const server = pc.getConfiguration().iceServers?.[0];
    return {
      local: typeOf(pair?.localCandidateId),
      remote: typeOf(pair?.remoteCandidateId),
      policy: pc.getConfiguration().iceTransportPolicy,
      username: server?.username ?? null,
    };
  });
}

/**
 * Customers behind symmetric NAT or a firewall that blocks UDP between peers reach the engineer
 * through a TURN relay. Here: a real coturn on loopback, relay-only ICE, credentials minted by
 * the server for each session (TURN REST API), and a wrong shared secret that fails cleanly.
 */
describe.skipIf(coturnUnavailable() !== null)('media through a TURN relay (coturn)', () => {
  let coturn: Coturn;
  beforeAll(async () => {
    coturn = await startCoturn(SECRET);
  }, 20_000);
  afterAll(async () => coturn?.stop());

  it('runs a whole session through the relay with per-session credentials', { timeout: 120_000 }, async () => {
    const e2e = await startE2e('Grace Hopper', {
      turn: { urls: [coturn.url], secret: SECRET, ttlSeconds: 600 },
      iceTransportPolicy: 'relay',
    });
    try {
      const engineer = await spiedPage(e2e);
      const customer = await e2e.newPage(1200, 900);
      await shareWithFixtureEngineer(e2e, { engineer, customer }, { customerName: 'Ana Silva', problem: 'Behind a strict firewall' });
      await expectPicture(engineer);
      const relay = await relayInUse(engineer);
      console.log(`[e2e] selected pair: ${relay.local} → ${relay.remote}, policy ${relay.policy}`);
      expect(relay).toMatchObject({ local: 'relay', remote: 'relay', policy: 'relay' });
      // expiry:sessionId, expiring within the configured lifetime.
      const [expiry, sessionId] = relay.username!.split(':');
      expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(Number(expiry) - Date.now() / 1000).toBeGreaterThan(500);
      expect(Number(expiry) - Date.now() / 1000).toBeLessThanOrEqual(600);
    } finally {
      await e2e.close();
    }
  });

  it('with a wrong shared secret, tells the engineer the relay refused its credentials', { timeout: 120_000 }, async () => {
    const e2e = await startE2e('Grace Hopper', {
      turn: { urls: [coturn.url], secret: 'not-the-secret-coturn-has', ttlSeconds: 600 },
      iceTransportPolicy: 'relay',
    });
    try {
      const engineer = await e2e.newPage(1400, 1000);
      const customer = await e2e.newPage(1200, 900);
      await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
      await askForHelp(customer, e2e.server.url, 'Ana Silva', 'Relay misconfigured');
      await takeFromQueue(engineer, 'Relay misconfigured');
      await customer.getByRole('button', { name: 'Allow' }).click();
      await engineer.getByTestId('relay-refused').waitFor({ timeout: 30_000 });
      expect(await engineer.getByTestId('relay-refused').textContent()).toContain('FIRSTLINE_TURN_SECRET');
      await screenshot(engineer, 'engineer-relay-refused');
      // Nothing else broke: the session is still there to end.
      await engineer.getByTestId('end-session').click();
      await customer.getByTestId('rating-form').waitFor();
    } finally {
      await e2e.close();
    }
  });
});
