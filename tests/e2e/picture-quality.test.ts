import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { shareWithFixtureEngineer, withE2e } from '../support/e2e-fixture';
import { readReceiver, readSender, spyOnPeerConnections } from '../support/peer-connection-spy';
import { installCounterSource } from '../bench/glass-to-glass-probe';

/**
 * The picture an engineer can read: the customer's 1920×1080 screen content arrives at full
 * resolution, sent as screen content (contentHint, maintain-resolution, a bitrate cap, VP9 first),
 * played without a jitter buffer; the engineer's quality choice reaches the sender without a new
 * offer and answer.
 */
describe('picture quality', () => {
  const fixture = withE2e('Grace Hopper');

  it(
    'applies screen-content settings, arrives at full resolution, and takes the engineer’s choice without renegotiating',
    { timeout: 120_000 },
    async () => {
      const { e2e } = fixture;
      const engineer = await e2e.newPage(1400, 1000);
      const customer = await e2e.newPage(1200, 800);
      // The customer shares a 1920×1080 source with small text (the app's own capture path is unchanged).
      await installCounterSource(customer.context());
      await spyOnPeerConnections(customer.context());
      await spyOnPeerConnections(engineer.context());
      await shareWithFixtureEngineer(e2e, { engineer, customer }, { customerName: 'Lin', problem: 'The spreadsheet text is tiny' });
      await engineer.getByText("Viewing Lin's screen.").waitFor({ timeout: 20_000 });

      // Settings as applied, read back from the customer's sender.
      await expect.poll(async () => (await readSender(customer)).degradationPreference, { timeout: 15_000 }).toBe('maintain-resolution');
      // The codec shows in the sender's stats once the first frames are out.
      await expect.poll(async () => (await readSender(customer)).codec, { timeout: 15_000 }).not.toBeNull();
      const sent = await readSender(customer);
      expect(sent).toMatchObject({ contentHint: 'detail', maxBitrate: 4_000_000, scaleResolutionDownBy: 1 });
      expect(sent.codec).toBe('video/VP9');
      // The engineer plays frames as they are decoded, and gets the full 1920×1080 (read from getStats).
      await expect.poll(async () => (await readReceiver(engineer)).width, { timeout: 15_000 }).toBe(1920);
      expect(await readReceiver(engineer)).toMatchObject({ jitterBufferTarget: 0, height: 1080, codec: 'video/VP9' });
      // The engineer's panel shows the same figures and the customer's read-back.
      await expect.poll(() => engineer.getByTestId('stats-resolution').textContent()).toBe('1920×1080');
      await expect.poll(() => engineer.getByTestId('stats-codec').textContent()).toBe('VP9');
      await engineer.getByTestId('picture-applied').getByText('Applied (VP9)').waitFor();
      await screenshot(engineer, 'engineer-picture-quality');

      // A change of quality and a resolution cap reach the sender, with no new offer or answer.
      const descriptionsBefore = sent.localDescriptions;
      const controls = engineer.getByTestId('picture-controls');
      await controls.getByLabel('Picture').selectOption({ label: 'Best quality' });
      await controls.getByLabel('Resolution').selectOption({ label: 'Up to 720p' });
      await expect.poll(async () => (await readSender(customer)).scaleResolutionDownBy, { timeout: 10_000 }).toBe(1.5);
      const changed = await readSender(customer);
      expect(changed).toMatchObject({ contentHint: 'text', maxBitrate: 8_000_000, degradationPreference: 'maintain-resolution' });
      await expect.poll(async () => (await readReceiver(engineer)).height, { timeout: 15_000 }).toBe(720);
      expect((await readSender(customer)).localDescriptions).toBe(descriptionsBefore);
      const appliedJson = await engineer.getByTestId('picture-applied').getAttribute('data-applied');
      expect(JSON.parse(appliedJson!)).toMatchObject({
        choice: { quality: 'best', cap: 720 },
        contentHint: 'text',
        scaleResolutionDownBy: 1.5,
      });

      // Fastest lets the encoder give up resolution for motion, and sends VP8 (faster to encode a busy
      // screen): the codec changes on the same connection, with no new offer or answer.
      await controls.getByLabel('Picture').selectOption({ label: 'Fastest' });
      await expect.poll(async () => (await readSender(customer)).degradationPreference, { timeout: 10_000 }).toBe('maintain-framerate');
      expect((await readSender(customer)).contentHint).toBe('motion');
      await expect.poll(async () => (await readSender(customer)).codec, { timeout: 10_000 }).toBe('video/VP8');
      await expect.poll(async () => (await readReceiver(engineer)).codec, { timeout: 10_000 }).toBe('video/VP8');
      await engineer.getByTestId('picture-applied').getByText('Applied (VP8)').waitFor();
      // Back to Balanced: VP9 again.
      await controls.getByLabel('Picture').selectOption({ label: 'Balanced' });
      await expect.poll(async () => (await readSender(customer)).codec, { timeout: 10_000 }).toBe('video/VP9');
      expect((await readSender(customer)).localDescriptions).toBe(descriptionsBefore);

      // In Arabic the size still reads width first (1280×720), not turned round by the right-to-left layout.
      await engineer.getByLabel('Language', { exact: true }).selectOption('ar');
      await expect.poll(() => engineer.evaluate(() => document.documentElement.dir)).toBe('rtl');
      const size = engineer.getByTestId('stats-resolution');
      await expect.poll(() => size.textContent()).toMatch(/^\d+×\d+$/);
      const edges = await size.evaluate((dd) => {
        const text = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT).nextNode()!;
        const left = (at: number) => {
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          return range.getBoundingClientRect().left;
        };
        return { first: left(0), last: left(text.textContent!.length - 1) };
      });
      expect(edges.first).toBeLessThan(edges.last);
    },
  );
});
