import { describe, expect, it } from 'vitest';
import { CancelledError, runPool } from '../../../engine/cli/workers/pool.ts';
import type { PartAnswer } from '../../../engine/cli/workers/protocol.ts';
import { poolSplit } from '../../../engine/cli/workers/study-pool.ts';
import { notEnrolledTally } from '../../../engine/cli/commands/not-enrolled.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { allTemplates } from '../sim/golden-digest.ts';
import { mergeRecords, runRecord, serializeRecord, type RunRecord } from '../../../engine/study/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { splitContacts, splitProject } from './split-project.ts';

/** The worker pool (engine/cli/workers/pool.ts): parts of a split run on 2 threads, no listener needed, cancel. */
describe('worker pool', () => {
  const project = splitProject();
  const contacts = splitContacts(300);
  const setup = { projects: [project], contacts: { kind: 'list' as const, contacts }, options: { replications: 1, seed: 4 } };

  it('runs the parts of a split run on 2 workers (no progress listener), merged into the single run', async () => {
    const records: RunRecord[] = [];
    const tasks = [0, 1, 2].map((part) => ({ kind: 'part' as const, project: 0, part, parts: 3, withLog: true }));
    await runPool(setup, tasks, { workers: 2, onResult: (task, value) => task.kind === 'part' && (records[task.part] = (value as PartAnswer).record) });
    expect(serializeRecord(mergeRecords(records))).toBe(serializeRecord(runRecord(simulate(project, contacts, { seed: 4 }), true)));
  }, 60_000);

  it('cancels: every worker stopped, the promise rejected', async () => {
    const controller = new AbortController();
    const tasks = Array.from({ length: 50 }, (_, r) => ({ kind: 'replication' as const, project: 0, r }));
    let results = 0;
    const run = runPool(setup, tasks, { workers: 2, signal: controller.signal, onResult: () => void (++results === 2 && controller.abort()) });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(results).toBeLessThan(50);
  }, 60_000);
});

describe('poolSplit', () => {
  it('given contacts go with their parts: merged, the single run, and each part tallied', async () => {
    const project = allTemplates();
    const contacts = generateContacts(project, 500, 11);
    const options = { seed: 11, horizonDays: 40 };
    const whole = simulate(project, contacts, options);
    const { record, notEnrolled } = await poolSplit({ projects: [project], contacts: { kind: 'list', contacts }, options: { replications: 1, ...options } }, 3, { tally: true, withLog: false }, { workers: 2 });
    expect(serializeRecord(record)).toBe(serializeRecord(runRecord(whole, false)));
    expect(notEnrolled).toEqual(whole.workflows.map((_, w) => notEnrolledTally(project, whole, w)));
  }, 60_000);

  it('more parts than contacts: the empty parts add nothing', async () => {
    const project = splitProject();
    const contacts = splitContacts(2);
    const { record } = await poolSplit({ projects: [project], contacts: { kind: 'list', contacts }, options: { replications: 1, seed: 3 } }, 4, { tally: false, withLog: false }, { workers: 2 });
    expect(serializeRecord(record)).toBe(serializeRecord(runRecord(simulate(project, contacts, { seed: 3 }), false)));
  }, 60_000);
});
