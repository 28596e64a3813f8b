import {
  LIFECYCLE_STAGES,
  lifecycleRank,
  stepIndex,
  type Criteria,
  type Localized,
  type Step,
  type StepId,
} from '../../model/index.ts';
import { finding } from '../finding.ts';
import { stageName, stepLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';
import { walkPaths } from '../walk.ts';

const STAGE = 'lifecyclestage';

/** The stage a contact has reached on the path, and who set it: a step, the triggers, or nobody. */
interface Reached {
  readonly rank: number;
  readonly by: StepId | 'triggers' | null;
}

/**
 * The lowest stage every enrolled contact has: each OR group gives the lowest stage its
 * lifecycle filters allow (none: unknown), and the triggers guarantee the lowest of those.
 */
export function triggerStageFloor(triggers: Criteria): number {
  if (triggers.groups.length === 0) return -1;
  const floors = triggers.groups.map((group) => {
    let floor = -1;
    for (const f of group.filters) {
      if (f.kind !== 'property' || f.property !== STAGE || f.type !== 'enumeration' || f.includeUnknown) continue;
      const op = f.operation;
      if (op.op !== 'any-of' && op.op !== 'none-of') continue;
      const allowed = LIFECYCLE_STAGES.filter((s) => op.values.includes(s) === (op.op === 'any-of'));
      const ranks = allowed.map((s) => lifecycleRank(s));
      if (ranks.length > 0) floor = Math.max(floor, Math.min(...ranks));
    }
    return floor;
  });
  return Math.min(...floors);
}

/** The stage a step sets, null when it does not touch the stage, 'cleared' when it empties it. */
function stageSet(step: Step): number | 'cleared' | null {
  if (step.kind === 'set-lifecycle-stage') return lifecycleRank(step.stage);
  if (step.kind === 'set-property' && step.property === STAGE) return step.value === null ? 'cleared' : lifecycleRank(step.value);
  // A cleared or copied stage is unknown afterwards: any later set moves forward from there.
  if ((step.kind === 'clear-property' && step.property === STAGE) || (step.kind === 'copy-property' && step.to === STAGE)) {
    return 'cleared';
  }
  return null;
}

export const backwardLifecycle: LintRule = {
  id: 'backward-lifecycle',
  severity: 'warning',
  title: { fr: 'Retour en arrière de la phase du cycle de vie', en: 'Lifecycle stage set backward' },
  description: {
    fr: 'Une étape passe le contact à une phase antérieure à celle qu’il a déjà atteinte. HubSpot ignore ces retours en arrière, sauf si la propriété est effacée juste avant.',
    en: 'A step sets an earlier stage than the one the contact already has. HubSpot ignores backward moves unless the property is cleared first.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      const worst = new Map<StepId, Reached>();
      const floor = triggerStageFloor(workflow.enrollment.triggers);
      walkPaths<Reached>(workflow, {
        initial: { rank: floor, by: floor >= 0 ? 'triggers' : null },
        key: (r) => `${r.rank}/${r.by ?? ''}`,
        onArrive: (step, before) => {
          const set = stageSet(step);
          if (typeof set !== 'number' || set < 0 || set >= before.rank) return;
          const known = worst.get(step.id);
          if (!known || before.rank > known.rank) worst.set(step.id, before);
        },
        through: (step, before) => {
          const set = stageSet(step);
          if (set === 'cleared') return { rank: -1, by: null };
          if (set === null || set <= before.rank) return before;
          return { rank: set, by: step.id };
        },
      });
      const byId = stepIndex(workflow);
      for (const step of workflow.steps) {
        const reached = worst.get(step.id);
        const set = stageSet(step);
        if (!reached || typeof set !== 'number') continue;
        const label = stepLabel(step, ctx.project);
        const to = stageName(LIFECYCLE_STAGES[set]!);
        const from = stageName(LIFECYCLE_STAGES[reached.rank]!);
        const setter = reached.by && reached.by !== 'triggers' ? byId.get(reached.by) : undefined;
        const why: Localized = setter
          ? {
              fr: `après ${stepLabel(setter, ctx.project).fr}, qui l’a déjà passé en ${from.fr}`,
              en: `after ${stepLabel(setter, ctx.project).en} already set it to ${from.en}`,
            }
          : {
              fr: `alors que les déclencheurs d’inscription exigent au moins ${from.fr}`,
              en: `while the enrollment triggers already require at least ${from.en}`,
            };
        out.push(
          finding(backwardLifecycle, workflow.id, [step.id], {
            fr: `${label.fr} ramène le contact en ${to.fr} ${why.fr}\u00a0: HubSpot ignore ce retour en arrière, sauf si la phase est effacée juste avant.`,
            en: `${label.en} moves the contact back to ${to.en} ${why.en}: HubSpot ignores this backward move unless the stage is cleared first.`,
          }),
        );
      }
    }
    return out;
  },
};
