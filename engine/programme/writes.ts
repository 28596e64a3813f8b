import { isLifecycleStage, type Project, type Step, type Workflow } from '../model/index.ts';
import type { Write } from './types.ts';

const STAGE = 'lifecyclestage';

function propertyWrite(step: Step, property: string, value: Write['value'] | undefined): Write {
  if (property === STAGE && typeof value === 'string' && isLifecycleStage(value)) {
    return { kind: 'stage', key: `prop:${STAGE}`, tag: value, item: value, value, step: step.id };
  }
  const base = { kind: 'property', key: `prop:${property}`, tag: '', item: property, step: step.id } as const;
  return value === undefined ? base : { ...base, value };
}

/** What one step writes that another workflow could read; nothing for most steps. */
export function stepWrites(step: Step): readonly Write[] {
  switch (step.kind) {
    case 'set-property':
      return [propertyWrite(step, step.property, step.value)];
    case 'clear-property':
      return [propertyWrite(step, step.property, null)];
    case 'copy-property':
      return [propertyWrite(step, step.to, undefined)];
    case 'increment-property':
      return [propertyWrite(step, step.property, undefined)];
    case 'set-lifecycle-stage':
      return [propertyWrite(step, STAGE, step.stage)];
    case 'add-to-list':
    case 'remove-from-list': {
      const tag = step.kind === 'add-to-list' ? 'add' : 'remove';
      return [{ kind: 'list', key: `list:${step.list}`, tag, item: step.list, step: step.id }];
    }
    case 'send-email':
      return [{ kind: 'email', key: `email:${step.email}`, tag: '', item: step.email, step: step.id }];
    case 'enroll-in-workflow':
      return [{ kind: 'enroll', key: `wf:${step.workflow}`, tag: '', item: step.workflow, step: step.id }];
    default:
      return [];
  }
}

/** Every write of a workflow, in step order. */
export function workflowWrites(workflow: Workflow): readonly Write[] {
  return workflow.steps.flatMap(stepWrites);
}

/** The asset an email offers, if the email exists and offers one. */
export function emailAsset(project: Project, email: string): string | null {
  return project.emails.find((e) => e.id === email)?.asset ?? null;
}
