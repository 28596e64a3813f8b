import { describe, expect, it } from 'vitest';
import { checkRun, runTests } from '../../../engine/expect/index.ts';
import type { Expectation, Project, ProjectTests } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { lowerRank, replicationSeed } from '../../../engine/study/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

/**
 * "Uncertain" over replications: runTests judges each expectation on engine/study's 90 % interval
 * of its values, run r with replicationSeed(seed, r). The values are taken here by an independent
 * loop (simulate + checkRun per seed), sorted, and the bound put inside, below and above them.
 */
const project: Project = { ...buildTemplate('nurturing', 'en'), simulation: { ...buildTemplate('nurturing', 'en').simulation, horizonDays: 20 } };
const workflow = project.workflows[0]!;
const branch = workflow.steps.find((s) => s.kind === 'branch-if')!;
const R = 20;
const population = { kind: 'sample' as const, count: 200, seed: 5 };

const reached = (count: number): Expectation => ({ id: 'x-reached', kind: 'step-reached', workflow: workflow.id, step: branch.id, count }) as unknown as Expectation;

function values(): number[] {
  const contacts = generateContacts(project, population.count, population.seed);
  return Array.from({ length: R }, (_, r) => checkRun(project, [reached(1)], contacts, simulate(project, contacts, { seed: replicationSeed(project.simulation.seed, r) }))[0]!.measured.value).sort((a, b) => a - b);
}

describe('expectations over replications', () => {
  const sorted = values();
  const k = lowerRank(R); // 1 for R = 20: the interval is the smallest to the largest value
  const [low, high] = [sorted[k - 1]!, sorted[R - k]!];
  const tests = (count: number): ProjectTests => ({ expectations: [reached(count)], population, replications: R });

  it('the count varies from run to run (else nothing here could be uncertain)', () => {
    expect(high).toBeGreaterThan(low);
  });

  it('holds when every run reaches the bound, fails when none does, and is uncertain in between', () => {
    const at = (count: number) => runTests(project, tests(count), R).outcomes[0]!;
    expect(at(low).state).toBe('holds');
    expect(at(high + 1).state).toBe('fails');
    const middle = at(high);
    expect(middle.state).toBe('uncertain');
    expect(middle.interval).toEqual({ mean: sorted.reduce((s, v) => s + v, 0) / R, low, high });
  });
});
