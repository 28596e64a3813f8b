import type { Contact, Project, ProjectTests, TestPopulation } from '../model/index.ts';
import { generateContacts } from '../sample/index.ts';
import { simulate } from '../sim/index.ts';
import { checkRun, onInterval } from './check.ts';
import { intervalOf } from './judge.ts';
import { replicationSeed } from '../study/replications.ts';
import type { Outcome } from './types.ts';

/** The population a project's expectations are checked on, and the runs that check them. */

/** When a project has expectations but no population yet: small enough to re-run on every edit. */
export const DEFAULT_POPULATION: TestPopulation = { kind: 'sample', count: 300, seed: 1 };

export function testContacts(project: Project, population: TestPopulation): Contact[] {
  return population.kind === 'sample' ? generateContacts(project, population.count, population.seed) : [...population.contacts];
}

export interface TestRun {
  readonly outcomes: readonly Outcome[];
  readonly contacts: number;
  readonly replications: number;
}

/** Replication r's outcomes: the project's simulation settings, replication r's seed (engine/study: replication 0 is the project's seed). */
export function testReplication(project: Project, tests: ProjectTests, contacts: readonly Contact[], r: number): Outcome[] {
  const result = simulate(project, contacts, { seed: replicationSeed(project.simulation.seed, r) });
  return checkRun(project, tests.expectations, contacts, result);
}

/**
 * The first run's outcomes, each judged on the interval of its values over every replication
 * (`values[r][x]`: expectation x in replication r, the first run's included).
 */
export function judgeReplications(first: readonly Outcome[], values: readonly (readonly number[])[]): Outcome[] {
  return values.length < 2 ? [...first] : first.map((o, x) => onInterval(o, intervalOf(values.map((v) => v[x]!))));
}

/**
 * Runs the test population over the project's simulation settings and checks every expectation.
 * With `replications` > 1, each run has its replication's seed on the same contacts; each
 * expectation is judged on the interval of its values, its offenders are those of the first run.
 * (`flowbench test` runs the replications on worker threads: engine/cli/workers/test-pool.ts.)
 */
export function runTests(project: Project, tests: ProjectTests, replications = 1): TestRun {
  const contacts = testContacts(project, tests.population);
  const runs = Array.from({ length: Math.max(1, replications) }, (_, r) => testReplication(project, tests, contacts, r));
  const outcomes = judgeReplications(runs[0]!, runs.map((run) => run.map((o) => o.measured.value)));
  return { outcomes, contacts: contacts.length, replications: runs.length };
}
