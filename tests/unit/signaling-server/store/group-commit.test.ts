import { describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../../../signaling-server/src/store/group-commit';

describe('group commit', () => {
  it('commits writes that arrive together in one group, and settles each only after its group is committed', async () => {
    const groups: number[][] = [];
    let release: () => void = () => undefined;
    const append = createGroupCommit<number>(async (batch) => {
      groups.push(batch);
      if (groups.length === 1) await new Promise<void>((r) => (release = r));
    });
    const settled: number[] = [];
    const first = [1, 2, 3].map((n) => append(n).then(() => settled.push(n)));
    await new Promise((r) => setImmediate(r));
    // While the first group commits, more writes queue for the next one.
    const second = [4, 5].map((n) => append(n).then(() => settled.push(n)));
    await new Promise((r) => setImmediate(r));
    expect(settled).toEqual([]);
    release();
    await Promise.all([...first, ...second]);
    expect(groups).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(settled).toEqual([1, 2, 3, 4, 5]);
  });

  it('fails only the bad write when a group fails, committing the others one by one', async () => {
    const committed: number[] = [];
    const append = createGroupCommit<number>(async (batch) => {
      if (batch.includes(13)) throw new Error('bad write');
      committed.push(...batch);
    });
    const results = await Promise.allSettled([1, 13, 2].map(append));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed).toEqual([1, 2]);
  });

  it('keeps groups to the largest size asked for', async () => {
    const sizes: number[] = [];
    const append = createGroupCommit<number>(async (batch) => void sizes.push(batch.length), { maxBatch: 4 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => append(i)));
    expect(sizes).toEqual([4, 4, 2]);
  });
});
