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

/**
 * Runs the test population over the project's simulation settings and checks every expectation.
 * With `replications` > 1, each run has its replication's seed (engine/study: replication 0 is the
 * project's seed) on the same contacts;
 * each expectation is judged on the interval of its values, its offenders are those of the first run.
 */
export function runTests(project: Project, tests: ProjectTests, replications = 1): TestRun {
  const contacts = testContacts(project, tests.population);
  const base = project.simulation.seed;
  const runs: Outcome[][] = [];
  for (let k = 0; k < Math.max(1, replications); k++) {
    const result = simulate(project, contacts, { seed: replicationSeed(base, k) });
    runs.push(checkRun(project, tests.expectations, contacts, result));
  }
  const first = runs[0]!;
  const outcomes = runs.length === 1 ? first : first.map((o, x) => onInterval(o, intervalOf(runs.map((r) => r[x]!.measured.value))));
  return { outcomes, contacts: contacts.length, replications: runs.length };
}
