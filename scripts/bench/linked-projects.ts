/**
 * Generated projects whose workflows enroll contacts into each other, for the `validate` bench
 * and the hostile-input tests: a chain (workflow i enrolls into i+1) and a lattice (into i+1 and
 * i+2, so the number of paths from the first workflow grows like Fibonacci(n), about 1.6e8 for
 * n = 40). Neither has a cycle unless `closed` adds a link from the last back to the first.
 */
import {
  asEmailId,
  asProjectId,
  asStepId,
  asWorkflowId,
  emptyProject,
  emptyWorkflow,
  saveProject,
  type Project,
  type Step,
  type Workflow,
} from '../../engine/index.ts';

export type LinkShape = 'chain' | 'lattice';

const WELCOME = asEmailId('welcome');

function linkedWorkflow(i: number, targets: readonly number[]): Workflow {
  const enrolls: Step[] = targets.map((t, k) => ({
    id: asStepId(`w${i}-enroll-${k}`),
    kind: 'enroll-in-workflow',
    workflow: asWorkflowId(`w${t}`),
    next: k + 1 < targets.length ? asStepId(`w${i}-enroll-${k + 1}`) : null,
  }));
  const send: Step = { id: asStepId(`w${i}-send`), kind: 'send-email', email: WELCOME, next: enrolls[0]?.id ?? null };
  return {
    ...emptyWorkflow(`w${i}`, `Étape ${i} du parcours`),
    enrollment: { triggers: { groups: [{ filters: [{ kind: 'email', email: WELCOME, event: 'opened' }] }] }, enrollExisting: false, reenroll: false, unenrollWhenNotMatching: false },
    start: send.id,
    steps: [send, ...enrolls],
  };
}

export function linkedProject(count: number, shape: LinkShape, closed = false): Project {
  const workflows = Array.from({ length: count }, (_, i) => {
    const targets = (shape === 'chain' ? [i + 1] : [i + 1, i + 2]).filter((t) => t < count);
    if (closed && i === count - 1) targets.push(0);
    return linkedWorkflow(i, targets);
  });
  return {
    ...emptyProject(asProjectId('linked'), `${count} linked workflows (${shape})`),
    emails: [{ id: WELCOME, name: 'Bienvenue', subject: 'Bienvenue', asset: null, openScale: 1, clickScale: 1 }],
    workflows,
  };
}

/** The project as a saved file's text. */
export const linkedProjectFile = (count: number, shape: LinkShape, closed = false): string => saveProject(linkedProject(count, shape, closed));
