import { LIFECYCLE_STAGES, type Project } from '../model/index.ts';
import { END_STATES, type SimulationResult } from '../sim/index.ts';
import { STEP_EMAIL_KINDS } from '../results/step-emails.ts';
// The modules, not the programme's barrel: the CLI's worker bundle takes neither its layout nor its words.
import { programmeTables, type ProgrammeTables } from '../programme/counter.ts';
import { programmeMap } from '../programme/map.ts';

/**
 * The counts a study follows, one "cell" each, in a fixed order: every count the app shows.
 * Per step: entered, waiting, passed; per send step, its emails (sent, skipped, bounced, opened,
 * clicked, unsubscribed, submitted); per edge, its traversals; per workflow, enrolled, each end
 * state, lost and unenrolled (the sum of the unenrolling end states); the run's email totals and conversions; members per static list; contacts per
 * lifecycle stage; per link of the programme map, the contacts that went along it.
 * Each cell has a stable key (ids, never indices) so two projects (a variant) line up on the
 * counts they share.
 */

export const STEP_FIGURES = ['entered', 'waiting', 'passed'] as const;
/**
 * Per workflow: enrolled, then the enrollments ended in each end state, where `in-progress` is
 * those still running at the end of the day (the app's "in progress"), then lost, and unenrolled
 * (every unenrolling end state together, the app's total): each counted per run, so each has its
 * own interval (an interval of a sum is not the sum of the intervals).
 */
export const WORKFLOW_FIGURES = ['enrolled', ...END_STATES, 'lost', 'unenrolled'] as const;
/** Emails of the whole run, then conversions: forms filled after an email's click (the engine's `totals.conversions`). */
export const TOTAL_FIGURES = ['sent', 'opened', 'clicked', 'unsubscribed', 'bounced', 'submitted', 'conversions'] as const;

export type CellKind = 'step' | 'email' | 'edge' | 'workflow' | 'workflow-email' | 'total' | 'list' | 'stage' | 'programme';

export interface Cell {
  readonly key: string;
  readonly kind: CellKind;
  /** Workflow id (step, email, edge, workflow cells), else ''. */
  readonly workflow: string;
  /** Step id, edge "from>slot", list id, stage name, total name or programme link key (engine/programme). */
  readonly subject: string;
  /** entered / waiting / passed, an email kind, an end state..., or '' (edges, lists, stages, links). */
  readonly figure: string;
  /** Edges: the branch label and the step reached (null: the end of the path). */
  readonly edge?: { readonly label: string; readonly to: string | null };
}

export interface StudyLayout {
  readonly cells: readonly Cell[];
  /** Cell index of each (global step index, STEP_FIGURES index): `stepCell[s * 3 + f]`. */
  readonly stepCell: Int32Array;
  /** Per global step, the first of its 7 email cells, or -1 for a step that sends nothing. */
  readonly emailCell: Int32Array;
  /** Per global step, the first of its workflow's 7 email cells (the workflow's email totals), or -1 for a step that sends nothing. */
  readonly workflowEmailCell: Int32Array;
  readonly edgeCell: number;
  readonly workflowCell: number;
  readonly totalCell: number;
  readonly listCell: number;
  readonly stageCell: number;
  readonly lists: readonly string[];
  readonly stages: readonly string[];
  /** The first programme link cell (one per edge of the programme map, in map order). */
  readonly programmeCell: number;
  /** What counting the links reads (engine/programme/counter.ts); null when the map has no link. */
  readonly programme: ProgrammeTables | null;
}

/** The run's shape: what `studyLayout` reads of a result (any run of the project with the same options has it). */
export type RunShape = Pick<SimulationResult, 'steps' | 'edges' | 'workflows' | 'listCounts' | 'lifecycleCounts'>;

export function studyLayout(project: Project, shape: RunShape): StudyLayout {
  const cells: Cell[] = [];
  const add = (kind: CellKind, workflow: string, subject: string, figure: string, edge?: Cell['edge']) =>
    cells.push({ key: [kind, workflow, subject, figure].join('|'), kind, workflow, subject, figure, ...(edge ? { edge } : {}) }) - 1;
  const sends = new Set(project.workflows.flatMap((w) => w.steps.filter((s) => s.kind === 'send-email').map((s) => `${w.id}|${s.id}`)));
  const stepCell = new Int32Array(shape.steps.length * STEP_FIGURES.length);
  const emailCell = new Int32Array(shape.steps.length).fill(-1);
  shape.steps.forEach((s, k) => {
    STEP_FIGURES.forEach((f, j) => (stepCell[k * STEP_FIGURES.length + j] = add('step', s.workflow, s.step, f)));
    if (!sends.has(`${s.workflow}|${s.step}`)) return;
    emailCell[k] = cells.length;
    for (const kind of STEP_EMAIL_KINDS) add('email', s.workflow, s.step, kind);
  });
  const edgeCell = cells.length;
  for (const e of shape.edges) add('edge', e.workflow, `${e.from}>${e.slot}`, '', { label: e.label, to: e.to });
  const workflowCell = cells.length;
  for (const w of shape.workflows) for (const f of WORKFLOW_FIGURES) add('workflow', w.id, '', f);
  // Each workflow's emails (the sum of its send steps'), for the app's totals of one workflow.
  const workflowEmailCell = new Int32Array(shape.steps.length).fill(-1);
  const firstEmail = new Map<string, number>();
  for (const w of shape.workflows) {
    if (!shape.steps.some((s, k) => s.workflow === w.id && emailCell[k]! >= 0)) continue;
    firstEmail.set(w.id, cells.length);
    for (const kind of STEP_EMAIL_KINDS) add('workflow-email', w.id, '', kind);
  }
  shape.steps.forEach((s, k) => {
    if (emailCell[k]! >= 0) workflowEmailCell[k] = firstEmail.get(s.workflow) ?? -1;
  });
  const totalCell = cells.length;
  for (const t of TOTAL_FIGURES) add('total', '', t, '');
  const lists = Object.keys(shape.listCounts);
  const listCell = cells.length;
  for (const l of lists) add('list', '', l, '');
  // The series order of the engine: LIFECYCLE_STAGES then "unknown".
  const stages = [...LIFECYCLE_STAGES, 'unknown'];
  const stageCell = cells.length;
  for (const s of stages) add('stage', '', s, '');
  // Contacts carried by each link between workflows (programmeCounts, day by day).
  const map = programmeMap(project);
  const programmeCell = cells.length;
  for (const e of map.edges) add('programme', '', e.key, '');
  const programme = map.edges.length > 0 ? programmeTables(project, map, shape) : null;
  return { cells, stepCell, emailCell, workflowEmailCell, edgeCell, workflowCell, totalCell, listCell, stageCell, lists, stages, programmeCell, programme };
}
