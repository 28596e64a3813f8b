import {
  asBranchId,
  asEmailId,
  asListId,
  asStepId,
  emptyWorkflow,
  LIFECYCLE_STAGES,
  type Criteria,
  type Step,
  type StepId,
  type Workflow,
} from '../model/index.ts';

/**
 * A realistic random workflow for benchmarks: long chains of emails and delays, if/then with
 * 2-3 branches, random splits, list and property updates, and a few go-tos looping back over a
 * delay. Well formed: every step has exactly one incoming tree edge and is reachable; a go-to
 * only targets an ancestor with a delay between the target and the go-to (target included).
 */
export function generateWorkflow(stepCount: number, seed: number): Workflow {
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const drafts = new Map<StepId, Draft>();
  const parent = new Map<StepId, StepId>();
  /** Open slots (null edges) that may receive the next step; the last one continues the current path. */
  const open: Slot[] = [];
  let start: StepId | null = null;

  const attach = (slot: Slot | null, id: StepId) => {
    if (!slot) start = id;
    else {
      drafts.get(slot.step)!.next[slot.index] = id;
      parent.set(id, slot.step);
    }
  };

  for (let n = 1; n <= stepCount; n++) {
    const id = asStepId(`s-${n}`);
    const slot = n === 1 ? null : (takeSlot(open, rand) ?? null);
    if (n > 1 && !slot) break;
    const target = slot && open.length > 0 && n > 8 && rand() < 0.04 ? loopTarget(slot.step, drafts, parent, rand) : null;
    const draft: Draft = target ? { kind: 'go-to', target, next: [] } : draftStep(rand, pick);
    drafts.set(id, draft);
    attach(slot, id);
    // Open slots are pushed in reverse so the first branch is continued first (depth first).
    for (let i = draft.next.length - 1; i >= 0; i--) open.push({ step: id, index: i });
  }

  const steps = [...drafts].map(([id, d]) => toStep(id, d, rand, pick));
  return { ...emptyWorkflow(`generated-${stepCount}-${seed}`, `Generated ${stepCount} (seed ${seed})`), start, steps };
}

interface Slot {
  readonly step: StepId;
  readonly index: number;
}

type DraftKind = Exclude<Step['kind'], 'go-to'>;
type Draft =
  | { readonly kind: DraftKind; readonly next: (StepId | null)[] }
  | { readonly kind: 'go-to'; readonly target: StepId; readonly next: [] };

const WEIGHTS: readonly (readonly [DraftKind, number])[] = [
  ['send-email', 26],
  ['delay', 20],
  ['branch-if', 7],
  ['branch-value', 2],
  ['branch-random', 3],
  ['delay-until-event', 4],
  ['set-property', 7],
  ['increment-property', 3],
  ['set-lifecycle-stage', 5],
  ['add-to-list', 6],
  ['remove-from-list', 3],
  ['internal-notification', 4],
  ['create-task', 3],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);

function draftStep(rand: () => number, pick: <T>(items: readonly T[]) => T): Draft {
  let r = rand() * TOTAL_WEIGHT;
  const kind = WEIGHTS.find(([, w]) => (r -= w) < 0)?.[0] ?? 'send-email';
  // Branch steps get 2 or 3 paths (if/then and value: 1-2 named branches plus the default).
  const arity = kind === 'delay-until-event' ? 2 : kind.startsWith('branch-') ? pick([2, 2, 3]) : 1;
  return { kind, next: Array.from({ length: arity }, () => null) };
}

/** Mostly continues the current path; sometimes jumps to another open slot or lets a path end. */
function takeSlot(open: Slot[], rand: () => number): Slot | undefined {
  if (open.length > 2 && rand() < 0.08) open.pop(); // that path ends here
  if (open.length > 1 && rand() < 0.25) {
    const i = Math.floor(rand() * open.length);
    return open.splice(i, 1)[0];
  }
  return open.pop();
}

/** An ancestor of `from` (or `from` itself) such that a delay lies on the loop, or null. */
function loopTarget(from: StepId, drafts: ReadonlyMap<StepId, Draft>, parent: ReadonlyMap<StepId, StepId>, rand: () => number): StepId | null {
  const candidates: StepId[] = [];
  let delaySeen = false;
  for (let id: StepId | undefined = from; id; id = parent.get(id)) {
    const kind = drafts.get(id)?.kind;
    if (kind === 'delay' || kind === 'delay-until-event') delaySeen = true;
    if (delaySeen) candidates.push(id);
  }
  return candidates.length > 0 ? candidates[Math.floor(rand() * Math.min(candidates.length, 6))]! : null;
}

const criteria = (rand: () => number): Criteria => ({
  groups: [
    {
      filters: [
        {
          kind: 'property',
          property: 'hubspotscore',
          type: 'number',
          operation: { op: 'gte', value: 10 * Math.ceil(rand() * 9) },
        },
      ],
    },
  ],
});

function toStep(id: StepId, d: Draft, rand: () => number, pick: <T>(items: readonly T[]) => T): Step {
  const branchId = (i: number) => asBranchId(`${id}-b${i + 1}`);
  const [next = null] = d.next;
  switch (d.kind) {
    case 'go-to':
      return { id, kind: 'go-to', target: d.target };
    case 'send-email':
      return { id, kind: 'send-email', email: asEmailId(`email-${1 + Math.floor(rand() * 20)}`), next };
    case 'delay':
      return { id, kind: 'delay', delay: { mode: 'duration', duration: { amount: pick([1, 2, 3, 5, 7]), unit: pick(['hours', 'days', 'weeks'] as const) } }, next };
    case 'delay-until-event':
      return {
        id,
        kind: 'delay-until-event',
        event: { kind: 'email-opened', email: null },
        maxWait: { amount: 3, unit: 'days' },
        met: next,
        notMet: d.next[1] ?? null,
      };
    case 'branch-if': {
      const branches = d.next.slice(0, -1).map((to, i) => ({ id: branchId(i), name: `Score ${i + 1}`, criteria: criteria(rand), next: to }));
      return { id, kind: 'branch-if', branches, defaultName: 'None met', defaultNext: d.next.at(-1) ?? null };
    }
    case 'branch-value': {
      const branches = d.next.slice(0, -1).map((to, i) => ({ id: branchId(i), name: `Type ${i + 1}`, value: `type-${i + 1}`, next: to }));
      return { id, kind: 'branch-value', property: 'contacttype', branches, defaultName: 'Other', defaultNext: d.next.at(-1) ?? null };
    }
    case 'branch-random': {
      const share = Math.floor(100 / d.next.length);
      const branches = d.next.map((to, i) => ({ id: branchId(i), name: String.fromCharCode(65 + i), percent: i === 0 ? 100 - share * (d.next.length - 1) : share, next: to }));
      return { id, kind: 'branch-random', branches };
    }
    case 'set-property':
      return { id, kind: 'set-property', property: 'jobtitle', value: 'Marketing', next };
    case 'increment-property':
      return { id, kind: 'increment-property', property: 'hubspotscore', by: 5, next };
    case 'set-lifecycle-stage':
      return { id, kind: 'set-lifecycle-stage', stage: pick(LIFECYCLE_STAGES.slice(1, 4)), next };
    case 'add-to-list':
      return { id, kind: 'add-to-list', list: asListId(`list-${1 + Math.floor(rand() * 5)}`), next };
    case 'remove-from-list':
      return { id, kind: 'remove-from-list', list: asListId(`list-${1 + Math.floor(rand() * 5)}`), next };
    case 'internal-notification':
      return { id, kind: 'internal-notification', recipient: 'sales@example.com', subject: 'Hot lead', next };
    case 'create-task':
      return { id, kind: 'create-task', taskTitle: 'Call back', next };
    default:
      return { id, kind: 'clear-property', property: 'jobtitle', next };
  }
}

/** Small, fast, seedable PRNG: same seed, same workflow. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
