import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDownloadWriter } from '../../electron/files/download-writer';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, withE2e } from '../support/e2e-fixture';
import { capturerSource, installFakeDesktopApp } from '../support/fake-desktop-app';
import { askForHelp, signInStaff, takeFromQueue } from '../support/session-flow';

const MB = 1024 * 1024;
const sha256Of = (path: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });

async function transferDone(page: Page, name: string) {
  const line = page.getByTestId('file-transfer').filter({ hasText: name });
  await expect.poll(() => line.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
  return line;
}

/**
 * Files both ways between the engineer's console and the desktop app (its bridge backed by the
 * app's own Downloads writer, on a temporary folder), through a real WebRTC connection.
 */
describe('file transfer', () => {
  const fixture = withE2e('Grace Hopper');
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'firstline-files-e2e-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('sends 50 MB each way with matching hashes, and a declined file leaves nothing behind', { timeout: 180_000 }, async () => {
    const { e2e } = fixture;
    const downloads = join(work, 'Downloads');
    const outbox = join(work, 'outbox');
    await Promise.all([downloads, outbox].map((dir) => mkdir(dir)));
    const writer = createDownloadWriter({ directory: downloads, maxBytes: 2 * 1024 * MB });
    const toCustomer = join(outbox, 'driver-update.bin');
    const toEngineer = join(outbox, 'outlook-logs.zip');
    const declined = join(outbox, 'unwanted.exe');
    await writeFile(toCustomer, randomBytes(50 * MB));
    await writeFile(toEngineer, randomBytes(50 * MB));
    await writeFile(declined, randomBytes(2 * MB));

    const engineer = await e2e.newPage(1400, 1100);
    await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
    const context = await e2e.browser.browser.newContext({ viewport: { width: 1200, height: 1000 } });
    const app = await installFakeDesktopApp(context, {
      serverUrl: e2e.server.url,
      sources: [capturerSource('screen:1:0', 'Entire screen', { display_id: '1' })],
      extra: {
        'files:begin': async (file: { id: string; name: string; size: number }) => {
          const begun = await writer.begin(file.id, file.name, file.size);
          return begun.ok ? { ok: true, reason: null } : begun;
        },
        'files:write': (id: string, bytes: Uint8Array) => writer.write(id, bytes),
        'files:finish': async (id: string, sha256: string) => {
          const done = await writer.finish(id, sha256);
          return done.ok ? { ...done, reason: null } : { ...done, savedAs: null };
        },
        'files:abort': async (id: string) => (await writer.abort(id), { ok: true }),
      },
    });
    const customer = await app.openPage();
    await askForHelp(customer, e2e.server.url, 'Lin', 'The printer driver will not install');
    await takeFromQueue(engineer, 'The printer driver will not install');
    await customer.getByRole('button', { name: 'Allow' }).click();
    await engineer.getByText('Connected. Lin is not sharing their screen right now.').waitFor({ timeout: 20_000 });
    await expect.poll(() => engineer.getByRole('button', { name: 'Send a file to Lin' }).isEnabled()).toBe(true);

    // Engineer → customer: offered first, written only once accepted, kept only if the hash matches.
    await engineer.getByTestId('file-picker').setInputFiles(toCustomer);
    const offer = customer.getByTestId('file-transfer').filter({ hasText: 'driver-update.bin' });
    await offer.getByText('Grace Hopper wants to send you this file.').waitFor();
    expect(await readdir(downloads)).toEqual([]);
    await screenshot(customer, 'customer-file-offer');
    await offer.getByRole('button', { name: 'Accept' }).click();
    await transferDone(customer, 'driver-update.bin');
    await (await transferDone(engineer, 'driver-update.bin')).getByText('Delivered and checked by Lin').waitFor();
    await customer.getByText('Checked and saved as “driver-update.bin”').waitFor();
    expect(await readdir(downloads)).toEqual(['driver-update.bin']);
    expect(await sha256Of(join(downloads, 'driver-update.bin'))).toBe(await sha256Of(toCustomer));

    // Customer → engineer: the engineer's browser downloads it.
    await customer.getByTestId('file-picker').setInputFiles(toEngineer);
    const incoming = engineer.getByTestId('file-transfer').filter({ hasText: 'outlook-logs.zip' });
    await incoming.getByText('Lin wants to send you this file.').waitFor();
    const download = engineer.waitForEvent('download', { timeout: 60_000 });
    await incoming.getByRole('button', { name: 'Accept' }).click();
    const saved = await (await download).path();
    expect(await sha256Of(saved)).toBe(await sha256Of(toEngineer));
    expect((await download).suggestedFilename()).toBe('outlook-logs.zip');
    await transferDone(customer, 'outlook-logs.zip');
    await screenshot(engineer, 'engineer-files');

    // Declined: nothing is written, and the sender is told.
    await engineer.getByTestId('file-picker').setInputFiles(declined);
    const unwanted = customer.getByTestId('file-transfer').filter({ hasText: 'unwanted.exe' });
    await unwanted.getByRole('button', { name: 'Decline' }).click();
    await engineer.getByTestId('file-transfer').filter({ hasText: 'unwanted.exe' }).getByText('Declined').waitFor();
    expect(await readdir(downloads)).toEqual(['driver-update.bin']);
    await screenshot(customer, 'customer-files');

    // The timeline keeps name, size, outcome and hash; never the bytes.
    const sessionId = (
      await e2e.server.store.sessions.query({ sort: 'created', order: 'desc', page: 1, pageSize: 1 }, undefined, Date.now())
    ).sessions[0]!.id;
    const filed = (await e2e.server.store.sessions.timeline(sessionId)).flatMap((e) =>
      e.payload.type === 'file.transfer' ? [{ role: e.actor.role, ...e.payload }] : [],
    );
    expect(filed).toEqual([
      {
        role: 'customer',
        type: 'file.transfer',
        direction: 'to-customer',
        name: 'driver-update.bin',
        size: 50 * MB,
        outcome: 'received',
        sha256: await sha256Of(toCustomer),
      },
      {
        role: 'engineer',
        type: 'file.transfer',
        direction: 'to-engineer',
        name: 'outlook-logs.zip',
        size: 50 * MB,
        outcome: 'received',
        sha256: await sha256Of(toEngineer),
      },
      { role: 'customer', type: 'file.transfer', direction: 'to-customer', name: 'unwanted.exe', size: 2 * MB, outcome: 'declined' },
    ]);
  });
});
