import type { EmailId, ListId, Project, Workflow, WorkflowId } from '../model/index.ts';

/** What the steps of every workflow of the project can do to a contact. */
export interface ProjectFacts {
  readonly listsAdded: ReadonlySet<ListId>;
  readonly listsRemoved: ReadonlySet<ListId>;
  /** Properties some step sets, clears, copies into or increments. */
  readonly propertiesChanged: ReadonlySet<string>;
  readonly emailsSent: ReadonlySet<EmailId>;
  /** Workflows some enroll-in-workflow step enrolls contacts into. */
  readonly enrolledInto: ReadonlySet<WorkflowId>;
}

/**
 * Counts every workflow, disabled ones included: a disabled workflow may be switched on, and the
 * rules built on these facts only flag what is impossible whatever the user turns on.
 */
export function projectFacts(workflows: readonly Workflow[]): ProjectFacts {
  const listsAdded = new Set<ListId>();
  const listsRemoved = new Set<ListId>();
  const propertiesChanged = new Set<string>();
  const emailsSent = new Set<EmailId>();
  const enrolledInto = new Set<WorkflowId>();
  for (const step of workflows.flatMap((w) => w.steps)) {
    switch (step.kind) {
      case 'add-to-list':
        listsAdded.add(step.list);
        break;
      case 'remove-from-list':
        listsRemoved.add(step.list);
        break;
      case 'set-property':
      case 'clear-property':
      case 'increment-property':
        propertiesChanged.add(step.property);
        break;
      case 'copy-property':
        propertiesChanged.add(step.to);
        break;
      case 'set-lifecycle-stage':
        propertiesChanged.add('lifecyclestage');
        break;
      case 'send-email':
        emailsSent.add(step.email);
        break;
      case 'enroll-in-workflow':
        enrolledInto.add(step.workflow);
        break;
      default:
        break;
    }
  }
  return { listsAdded, listsRemoved, propertiesChanged, emailsSent, enrolledInto };
}

export function projectFactsOf(project: Project): ProjectFacts {
  return projectFacts(project.workflows);
}
