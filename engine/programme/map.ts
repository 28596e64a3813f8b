import type { Project, StepId, Workflow } from '../model/index.ts';
import { workflowReads, type Read } from './reads.ts';
import { LINK_KINDS, READ_PLACES, type ProgrammeEdge, type ProgrammeMap, type Write } from './types.ts';
import { workflowWrites } from './writes.ts';

interface Draft {
  edge: Omit<ProgrammeEdge, 'fromSteps' | 'toSteps'>;
  fromSteps: StepId[];
  toSteps: StepId[];
}

function addUnique<T>(list: T[], value: T | null): void {
  if (value !== null && !list.includes(value)) list.push(value);
}

/**
 * The programme of a project: one node per workflow and one edge per (source, target, thing
 * written, place read). A workflow reading what it writes itself is its own logic, not a link
 * between workflows: only an explicit enroll-in-workflow step makes a self edge.
 */
export function programmeMap(project: Project): ProgrammeMap {
  const workflows = project.workflows;
  // Reads by the write key they may accept, so each write meets only the reads that can take it.
  const readers = new Map<string, { workflow: Workflow; read: Read }[]>();
  for (const workflow of workflows) {
    for (const read of workflowReads(workflow, project)) {
      for (const key of read.keys) readers.set(key, [...(readers.get(key) ?? []), { workflow, read }]);
    }
  }
  const drafts = new Map<string, Draft>();
  const link = (from: Workflow, to: Workflow, write: Write, place: ProgrammeEdge['place'], toStep: StepId | null) => {
    const key = `${from.id}>${to.id}|${write.kind}|${write.item}|${write.tag}|${place}`;
    let draft = drafts.get(key);
    if (!draft) {
      draft = {
        edge: { key, from: from.id, to: to.id, kind: write.kind, item: write.item, writeKey: write.key, writeTag: write.tag, place },
        fromSteps: [],
        toSteps: [],
      };
      drafts.set(key, draft);
    }
    addUnique(draft.fromSteps, write.step);
    addUnique(draft.toSteps, toStep);
  };
  for (const from of workflows) {
    for (const write of workflowWrites(from)) {
      if (write.kind === 'enroll') {
        const to = workflows.find((w) => w.id === write.item);
        if (to) link(from, to, write, 'enroll', null);
        continue;
      }
      const candidates = [...(readers.get(write.key) ?? []), ...(write.kind === 'email' ? (readers.get('email:*') ?? []) : [])];
      for (const { workflow: to, read } of candidates) {
        if (to.id !== from.id && read.accepts(write)) link(from, to, write, read.place, read.step);
      }
    }
  }
  const rank = new Map(workflows.map((w, i) => [w.id as string, i]));
  const edges: ProgrammeEdge[] = [...drafts.values()].map((d) => ({ ...d.edge, fromSteps: d.fromSteps, toSteps: d.toSteps }));
  edges.sort(
    (a, b) =>
      rank.get(a.from)! - rank.get(b.from)! ||
      rank.get(a.to)! - rank.get(b.to)! ||
      LINK_KINDS.indexOf(a.kind) - LINK_KINDS.indexOf(b.kind) ||
      compare(a.item, b.item) ||
      compare(a.writeTag, b.writeTag) ||
      READ_PLACES.indexOf(a.place) - READ_PLACES.indexOf(b.place),
  );
  return { nodes: workflows.map((w) => ({ workflow: w.id, name: w.name, enabled: w.enabled })), edges };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
