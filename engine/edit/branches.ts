import { asBranchId, freshId, NO_CRITERIA, type BranchId, type IfThenStep, type Lang, type RandomSplitStep, type StepId, type ValueEqualsStep, type Workflow } from '../model/index.ts';
import { refuse } from './errors.ts';
import { checkPercentages } from './shape.ts';
import { removeSteps, requireStep, subtreeIds } from './tree.ts';

type BranchingStep = IfThenStep | ValueEqualsStep | RandomSplitStep;
type AnyBranch = BranchingStep['branches'][number];

function requireBranching(workflow: Workflow, stepId: StepId): BranchingStep {
  const step = requireStep(workflow, stepId);
  if (step.kind === 'branch-if' || step.kind === 'branch-value' || step.kind === 'branch-random') return step;
  return refuse('not-a-branch', {
    fr: `L’étape « ${stepId} » n’est pas une branche (si/alors, valeur ou répartition aléatoire).`,
    en: `Step "${stepId}" is not a branch (if/then, value equals or random split).`,
  });
}

function requireBranch(step: BranchingStep, branchId: BranchId): AnyBranch {
  return (
    (step.branches as readonly AnyBranch[]).find((b) => b.id === branchId) ??
    refuse('unknown-branch', {
      fr: `La branche « ${branchId} » n’existe pas sur l’étape « ${step.id} ».`,
      en: `Branch "${branchId}" does not exist on step "${step.id}".`,
    })
  );
}

/** The step with a new branch list; the casts hold because each list only ever gets its own kind's branches back. */
function withBranches(workflow: Workflow, step: BranchingStep, branches: readonly AnyBranch[]): Workflow {
  const updated = { ...step, branches } as BranchingStep;
  return { ...workflow, steps: workflow.steps.map((s) => (s.id === step.id ? updated : s)) };
}

/** Whole percents proportional to the weights, adding up to 100 (largest remainders win the leftovers). */
export function spreadPercentages(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (total > 0 ? (w * 100) / total : 100 / weights.length));
  const result = shares.map(Math.floor);
  const order = shares.map((s, i) => ({ i, frac: s - Math.floor(s) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  let left = 100 - result.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    left--;
  }
  return result;
}

function withPercents(branches: readonly AnyBranch[], percents: readonly number[]): readonly AnyBranch[] {
  return branches.map((b, i) => ({ ...b, percent: percents[i] ?? 0 }));
}

const nextLetter = (taken: ReadonlySet<string>) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').find((l) => !taken.has(l));

/** Adds an empty branch last (before the default); a random split is then shared out evenly. */
export function addBranch(workflow: Workflow, stepId: StepId, lang: Lang): Workflow {
  const step = requireBranching(workflow, stepId);
  const branches = step.branches as readonly AnyBranch[];
  const id = asBranchId(freshId('branch', new Set(branches.map((b) => b.id))));
  const n = branches.length + 1;
  const numbered = lang === 'fr' ? `Branche ${n}` : `Branch ${n}`;
  switch (step.kind) {
    case 'branch-if':
      return withBranches(workflow, step, [...step.branches, { id, name: numbered, criteria: NO_CRITERIA, next: null }]);
    case 'branch-value':
      return withBranches(workflow, step, [...step.branches, { id, name: numbered, value: '', next: null }]);
    case 'branch-random': {
      const name = nextLetter(new Set(step.branches.map((b) => b.name))) ?? numbered;
      const added = [...step.branches, { id, name, percent: 0, next: null }];
      return withBranches(workflow, step, withPercents(added, spreadPercentages(added.map(() => 1))));
    }
  }
}

export function renameBranch(workflow: Workflow, stepId: StepId, branchId: BranchId, name: string): Workflow {
  const step = requireBranching(workflow, stepId);
  requireBranch(step, branchId);
  if (name.trim() === '') {
    refuse('empty-name', { fr: 'Une branche a besoin d’un nom.', en: 'A branch needs a name.' });
  }
  return withBranches(workflow, step, (step.branches as readonly AnyBranch[]).map((b) => (b.id === branchId ? { ...b, name } : b)));
}

/** Moves a branch to a position; for if/then this changes which branch is checked first. */
export function reorderBranch(workflow: Workflow, stepId: StepId, branchId: BranchId, newIndex: number): Workflow {
  const step = requireBranching(workflow, stepId);
  const branch = requireBranch(step, branchId);
  const others = (step.branches as readonly AnyBranch[]).filter((b) => b.id !== branchId);
  if (!Number.isInteger(newIndex) || newIndex < 0 || newIndex > others.length) {
    refuse('bad-index', {
      fr: `La position ${newIndex} n’existe pas : choisissez entre 0 et ${others.length}.`,
      en: `Position ${newIndex} does not exist: choose between 0 and ${others.length}.`,
    });
  }
  return withBranches(workflow, step, [...others.slice(0, newIndex), branch, ...others.slice(newIndex)]);
}

/**
 * Removes a branch and everything under it. A branch step keeps at least one branch (HubSpot
 * requires it); a random split's remaining branches are scaled back up to 100 %.
 */
export function removeBranch(workflow: Workflow, stepId: StepId, branchId: BranchId): Workflow {
  const step = requireBranching(workflow, stepId);
  const branch = requireBranch(step, branchId);
  if (step.branches.length <= 1) {
    refuse('last-branch', {
      fr: 'C’est la dernière branche : une branche en garde toujours au moins une. Supprimez plutôt l’étape.',
      en: 'This is the last branch: a branch step always keeps at least one. Delete the step instead.',
    });
  }
  let remaining: readonly AnyBranch[] = (step.branches as readonly AnyBranch[]).filter((b) => b.id !== branchId);
  if (step.kind === 'branch-random') {
    remaining = withPercents(remaining, spreadPercentages(remaining.map((b) => ('percent' in b ? b.percent : 0))));
  }
  const updated = withBranches(workflow, step, remaining);
  return branch.next ? removeSteps(updated, subtreeIds(workflow.steps, branch.next)) : updated;
}

/** Sets a random split's shares, in branch order; they must add up to 100. */
export function setBranchPercentages(workflow: Workflow, stepId: StepId, percents: readonly number[]): Workflow {
  const step = requireBranching(workflow, stepId);
  if (step.kind !== 'branch-random' || percents.length !== step.branches.length) {
    refuse('bad-percentages', {
      fr: 'Donnez un pourcentage par branche d’une répartition aléatoire.',
      en: 'Give one percentage per branch of a random split.',
    });
  }
  checkPercentages(percents);
  return withBranches(workflow, step, withPercents(step.branches, percents));
}
