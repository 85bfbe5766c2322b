import { describe, expect, it } from 'vitest';
import { createSharedSync } from '../../../../signaling-server/src/store/wal-sync';

/** A sync that runs until the test lets it finish. */
function heldSyncs() {
  const started: Array<() => void> = [];
  const syncOnce = () => new Promise<void>((resolve) => started.push(resolve));
  return { started, sync: createSharedSync(syncOnce) };
}
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('shared sync', () => {
  it('runs one sync at a time: those asked for during one share the next, which starts after it', async () => {
    const { started, sync } = heldSyncs();
    const settled: string[] = [];
    const first = sync().then(() => settled.push('first'));
    const during = [sync(), sync(), sync()].map((p, i) => p.then(() => settled.push(`during ${i}`)));
    await turn();
    expect(started).toHaveLength(1);
    started[0]!();
    await first;
    await turn();
    // The writes asked for during the first sync are not covered by it: they wait for the second.
    expect(settled).toEqual(['first']);
    expect(started).toHaveLength(2);
    started[1]!();
    await Promise.all(during);
    expect(settled).toEqual(['first', 'during 0', 'during 1', 'during 2']);
  });

  it('starts a new sync for a write asked for after the queued one has begun', async () => {
    const { started, sync } = heldSyncs();
    const first = sync();
    const second = sync();
    await turn();
    started[0]!();
    await first;
    await turn();
    expect(started).toHaveLength(2);
    // The second sync is under way: a write asked for now may postdate its start, so it gets a third.
    let thirdDone = false;
    const third = sync().then(() => (thirdDone = true));
    started[1]!();
    await second;
    await turn();
    expect(thirdDone).toBe(false);
    expect(started).toHaveLength(3);
    started[2]!();
    await third;
  });

  it('goes on after a failed sync: that sync fails its callers, the next one is still run', async () => {
    let calls = 0;
    const sync = createSharedSync(async () => {
      calls += 1;
      if (calls === 1) throw new Error('EIO');
    });
    const results = await Promise.allSettled([sync(), sync()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    await expect(sync()).resolves.toBeUndefined();
    expect(calls).toBe(3);
  });
});
