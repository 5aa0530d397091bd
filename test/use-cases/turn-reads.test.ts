import { describe, expect, it } from 'vitest';
import { TurnReads } from '../../src/use-cases/turn-reads.ts';

describe('what a turn read, shared while nothing is written', () => {
  it('when a read is asked twice outside a sharing stretch, then it runs twice', async () => {
    const reads = new TurnReads();
    let runs = 0;
    const read = async () => ++runs;
    expect(await reads.share('k', read)).toBe(1);
    expect(await reads.share('k', read)).toBe(2);
  });

  it('when a read is asked twice in a stretch, then it runs once; after the stretch it runs again', async () => {
    const reads = new TurnReads();
    let runs = 0;
    const read = async () => ++runs;
    const inside = await reads.sharing(async () => [
      await reads.share('k', read),
      await reads.share('k', read),
      await reads.share('other', read),
    ]);
    expect(inside).toEqual([1, 1, 2]);
    expect(await reads.share('k', read)).toBe(3);
    // A new stretch reads afresh: nothing of the last one is kept (a write may have come between).
    expect(await reads.sharing(() => reads.share('k', read))).toBe(4);
  });

  it('when a shared read fails, then the next asking reads again rather than failing too', async () => {
    const reads = new TurnReads();
    let runs = 0;
    const read = async () => {
      runs++;
      if (runs === 1) throw new Error('connection lost');
      return runs;
    };
    const results = await reads.sharing(async () => [
      await reads.share('k', read).catch((error: Error) => error.message),
      await reads.share('k', read),
    ]);
    expect(results).toEqual(['connection lost', 2]);
  });
});
