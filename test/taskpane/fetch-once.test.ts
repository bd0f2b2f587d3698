/** The pane's lazy chunks (lazy-parts.tsx, lazy-dialogs.tsx) are fetched through fetchOnce. */
import { describe, expect, it } from 'vitest';
import { fetchOnce } from '../../src/taskpane/components/lazy-parts';

describe('fetchOnce', () => {
  it('fetches once for every caller, also while the first fetch is under way', async () => {
    let calls = 0;
    const get = fetchOnce(async () => ++calls);
    const [a, b] = await Promise.all([get(), get()]);
    expect([a, b, await get(), calls]).toEqual([1, 1, 1, 1]);
  });

  it('tries again after a failed fetch, and keeps the first good one', async () => {
    let calls = 0;
    const get = fetchOnce(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return `chunk ${calls}`;
    });
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe('chunk 2');
    expect(await get()).toBe('chunk 2');
    expect(calls).toBe(2);
  });
});
