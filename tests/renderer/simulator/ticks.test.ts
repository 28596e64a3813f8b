import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../renderer/simulator/ticks.ts';

describe('chart axis ticks', () => {
  it('are distinct round numbers from 0 to at least the largest value', () => {
    // A maximum of 1 used to read "0, 1, 1" (0, 0.5 and 1 rounded): now 0 and 1.
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    // 796 / 4 = 199, the next round step is 200.
    expect(niceTicks(796)).toEqual([0, 200, 400, 600, 800]);
    expect(niceTicks(800)).toEqual([0, 200, 400, 600, 800]);
    // 12 / 4 = 3, the next of 1, 2, 5 x 10^k is 5.
    expect(niceTicks(12)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(99_999)).toEqual([0, 50_000, 100_000]);
  });

  it('never repeat a number, never exceed five, and always cover the maximum', () => {
    for (let max = 0; max <= 5000; max += max < 50 ? 1 : 37) {
      const ticks = niceTicks(max);
      expect(new Set(ticks).size).toBe(ticks.length);
      expect(ticks.length).toBeLessThanOrEqual(5);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      for (const t of ticks) expect(Number.isInteger(t)).toBe(true);
    }
  });
});
