import { coverWorkflow, DOES_ALL, DOES_NOTHING } from '../../engine/coverage/index.ts';
import type { Project, WorkflowId } from '../../engine/model/index.ts';
import type { SandboxStore } from '../sandbox/store.ts';
import type { DocumentStore } from '../stores/document.ts';
import type { ExpectStore } from './store.ts';

/**
 * "Test contacts": coverage personas for a workflow (engine/coverage), saved as a new sandbox.
 * The two behaviours join the project's personas with a share of 0 (never drawn for other
 * contacts), one undoable edit; the unreachable branches go to the store for the canvas marks.
 */
export async function generateCoverage(document: DocumentStore, sandbox: SandboxStore, store: ExpectStore, workflow: WorkflowId, name: string): Promise<void> {
  const project = document.getState().project;
  store.setState({ coverageRunning: true });
  // A tick first, so the button shows it is working (the search takes about a tenth of a second on the templates).
  await new Promise((resolve) => setTimeout(resolve, 0));
  const coverage = coverWorkflow(project, workflow);
  const missing = [DOES_ALL, DOES_NOTHING].filter((p) => !project.personas.some((x) => x.id === p.id));
  if (missing.length > 0) document.getState().apply((p: Project) => ({ ...p, personas: [...p.personas, ...missing] }));
  await sandbox.getState().create(name, coverage.contacts);
  store.setState({
    coverageRunning: false,
    coverage: {
      workflow,
      sandbox: name,
      contacts: coverage.contacts.length,
      reached: coverage.reached.length,
      unreachable: coverage.unreachable.map((u) => ({ from: u.edge.from, slot: u.edge.slot, label: u.edge.label, reason: u.reason })),
    },
  });
}
