import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { duplicateAsVariant, runComparison } from '../../../engine/study/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import type { Project } from '../../../engine/model/index.ts';
import { createCompareStore } from '../../../renderer/compare/store.ts';
import { inPageWorker } from '../../../renderer/study/pool.ts';

const a = buildTemplate('nurturing', 'en');
const contacts = generateContacts(a, 150, 2);
const settings = { workflows: [], startDate: a.simulation.startDate, horizonDays: 30, seed: 4, arrivals: { ...a.simulation.arrivals, perDay: 0 } };
const noSandbox = () => Promise.reject(new Error('no sandbox here'));

/** B with its first delay one day shorter (the nurturing template waits 5 days twice). */
function shorterDelay(project: Project): Project {
  const b = duplicateAsVariant(project);
  const w = b.workflows[0]!;
  const steps = w.steps.map((s) => (s.kind === 'delay' && s.delay.mode === 'duration' && s.id === w.steps.find((x) => x.kind === 'delay')!.id ? { ...s, delay: { ...s.delay, duration: { amount: 1, unit: 'days' as const } } } : s));
  return { ...b, workflows: [{ ...w, steps }, ...b.workflows.slice(1)] };
}

async function compare(b: Project, workers: number) {
  const store = createCompareStore(inPageWorker(noSandbox), workers);
  await store.getState().start({ a, b, origin: { contacts }, settings, replications: 8, meta: {} as never });
  expect(store.getState().status).toBe('done');
  return store.getState().result!;
}

describe('comparisons on the study workers', () => {
  it('a variant identical to A differs by exactly zero on every count and day', async () => {
    const { summary } = await compare(duplicateAsVariant(a), 2);
    expect(summary.cells.length).toBeGreaterThan(20);
    expect(Array.from(summary.diff.lo).every((v) => v === 0)).toBe(true);
    expect(Array.from(summary.diff.hi).every((v) => v === 0)).toBe(true);
    expect(Array.from(summary.diff.mean).every((v) => v === 0)).toBe(true);
  });

  it('gives the engine’s one-thread comparison exactly, whatever the worker count', async () => {
    const b = shorterDelay(a);
    const reference = runComparison(a, b, contacts, { startDate: settings.startDate, horizonDays: 30, seed: 4, arrivals: settings.arrivals, timeZone: a.simulation.timeZone, replications: 8 });
    for (const workers of [1, 3]) {
      const { summary } = await compare(b, workers);
      expect(Array.from(summary.diff.mean)).toEqual(Array.from(reference.diff.mean));
      expect(Array.from(summary.diff.lo)).toEqual(Array.from(reference.diff.lo));
      expect(Array.from(summary.a.hi)).toEqual(Array.from(reference.a.hi));
    }
  });

  it('a one-day delay instead of five: by day 3 more contacts have passed it in B, in every run', async () => {
    const b = shorterDelay(a);
    const { summary, keys } = await compare(b, 2);
    const w = a.workflows[0]!;
    const delay = w.steps.find((s) => s.kind === 'delay')!;
    // A contact enrolled at the start waits 5 days in A and 1 in B: at the end of day 3 (0-based),
    // those enrolled on day 0 have passed B's delay and none has passed A's. Same contacts, same
    // draws up to the delay, so B − A is at least 0 in every run and above 0 when anyone enrolled.
    const k = keys.get(`step|${w.id}|${delay.id}|passed`)!;
    const at = 3 * summary.diff.cells + k;
    expect(summary.a.hi[at]).toBe(0);
    expect(summary.diff.lo[at]!).toBeGreaterThan(0);
  });
});
