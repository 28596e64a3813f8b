import { DEFAULT_POPULATION } from '../../engine/expect/index.ts';
import { asListId, asStepId, asWorkflowId, type Criteria, type Expectation, type ExpectationKind, type Project } from '../../engine/model/index.ts';

/** A new expectation of a kind, filled with what the project has (its first workflow, list, step). */

const STUDENTS: Criteria = {
  groups: [{ filters: [{ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['student'] } }] }],
};

export function freshId(project: Project): string {
  const taken = new Set((project.tests?.expectations ?? []).map((x) => x.id));
  let n = taken.size + 1;
  while (taken.has(`expect-${n}`)) n++;
  return `expect-${n}`;
}

export function draftOf(kind: ExpectationKind, project: Project, id: string, from?: Expectation): Expectation {
  const wf = project.workflows.find((w) => w.id === (from && 'workflow' in from ? from.workflow : undefined)) ?? project.workflows[0];
  const workflow = wf?.id ?? asWorkflowId('');
  const step = (from && 'step' in from ? from.step : undefined) ?? wf?.steps[wf.steps.length - 1]?.id ?? asStepId('');
  const list = (from && 'list' in from ? from.list : undefined) ?? project.lists[0]?.id ?? asListId('');
  const who = (from && 'who' in from ? from.who : undefined) ?? STUDENTS;
  // Day numbers (day 1 = the start date): the day a kind read, else within the run: day 30, or the run's last day.
  const lastDay = Math.max(1, project.simulation.horizonDays);
  const day = from && 'day' in from ? from.day : undefined;
  switch (kind) {
    case 'share-in-list':
      return { id, kind, workflow, list, day: day ?? Math.min(30, lastDay), bound: 'at-least', percent: 20 };
    case 'never-stage':
      return { id, kind, who, stage: 'marketingqualifiedlead' };
    case 'ends-in-list':
      return { id, kind, workflow };
    case 'reaches-within':
      return { id, kind, workflow, step, persona: null, days: 12, percent: 50 };
    case 'step-reached':
      return { id, kind, workflow, step, count: 1 };
    case 'list-exactly':
      return { id, kind, list, who, day: day ?? lastDay };
  }
}

/** The project with `x` saved: replacing the one of its id, else added last (with a test population if none yet). */
export function withExpectation(project: Project, x: Expectation): Project {
  const tests = project.tests ?? { expectations: [], population: DEFAULT_POPULATION };
  const has = tests.expectations.some((e) => e.id === x.id);
  const expectations = has ? tests.expectations.map((e) => (e.id === x.id ? x : e)) : [...tests.expectations, x];
  return { ...project, tests: { ...tests, expectations } };
}

/** What must be filled before saving: a workflow, a list, a step that exist. */
export function missingPart(x: Expectation, project: Project): 'workflow' | 'list' | 'step' | null {
  const wf = 'workflow' in x ? project.workflows.find((w) => w.id === x.workflow) : undefined;
  if ('workflow' in x && !wf) return 'workflow';
  if ('list' in x && !project.lists.some((l) => l.id === x.list)) return 'list';
  if ('step' in x && !wf?.steps.some((s) => s.id === x.step)) return 'step';
  return null;
}
