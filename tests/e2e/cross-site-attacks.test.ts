import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINEER_PASSWORD, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { signInStaff } from '../support/session-flow';
import { ADMIN_EMAIL, login } from '../support/test-server';

/**
 * A hostile page on another port of the same host: "same-site" to the browser, so the admin's
 * SameSite=Strict cookie goes along with its requests. It tries to read the queue over a raw
 * WebSocket (speaking engine.io by hand) and to reset an engineer's password with a no-cors POST.
 */
const ATTACK_PAGE = (target: string, userId: string) => `<!doctype html><meta charset="utf-8"><title>free prizes</title><script>
window.attack = new Promise((resolve) => {
  const result = { socketOpened: false, queueRead: false, resetSent: false };
  const ws = new WebSocket('${target.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket');
  ws.onopen = () => { result.socketOpened = true; ws.send('40'); };
  ws.onmessage = (m) => {
    if (String(m.data).startsWith('40')) ws.send('420["queue:watch",{}]');
    if (String(m.data).startsWith('430')) { result.queueRead = true; ws.close(); }
  };
  ws.onclose = () => fetch('${target}/api/users/${userId}/reset-password', { method: 'POST', mode: 'no-cors', credentials: 'include', body: '{}' })
    .then(() => { result.resetSent = true; }, () => {})
    .finally(() => resolve(result));
});
</script><p>Congratulations!</p>`;

describe('a hostile page on a sibling port, in real Chromium', () => {
  let e2e: E2eFixture;
  let attacker: Server;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => {
    attacker?.close();
    await e2e?.close();
  });

  it('can neither open a socket as the signed-in admin nor reset a password with the admin cookie', { timeout: 60_000 }, async () => {
    const engineerId = (await e2e.server.store.users.findByEmail(e2e.engineerEmail))!.id;
    attacker = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end(ATTACK_PAGE(e2e.server.url, engineerId)),
    );
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    const attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;

    const page = await e2e.newPage();
    await signInStaff(page, `${e2e.server.url}/admin`, ADMIN_EMAIL, e2e.server.adminPassword);
    await page.getByRole('link', { name: 'Users' }).waitFor();
    // The admin, still signed in, opens the attacker's page in the same browser.
    await page.goto(attackerUrl);
    const result = await page.evaluate(() => (window as unknown as { attack: Promise<Record<string, boolean>> }).attack);

    expect(result).toEqual({ socketOpened: false, queueRead: false, resetSent: true });
    // The POST left (no-cors hides the answer) but changed nothing: the engineer's password still works.
    expect(await login(e2e.server.url, e2e.engineerEmail, ENGINEER_PASSWORD)).toMatch(/^firstline_session=/);
  });
});
