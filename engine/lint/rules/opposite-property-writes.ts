import type { Localized, Step, StepId, Workflow } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { quoted, stepLabel, workflowLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

/** The direction a step moves a property: on or off (boolean), set or cleared, up or down. */
type Direction = 'true' | 'false' | 'set' | 'cleared' | 'up' | 'down';
const OPPOSITE: Readonly<Record<Direction, Direction>> = { true: 'false', false: 'true', set: 'cleared', cleared: 'set', up: 'down', down: 'up' };

function direction(step: Step): { property: string; dir: Direction } | null {
  switch (step.kind) {
    case 'set-property':
      if (step.value === null) return { property: step.property, dir: 'cleared' };
      return { property: step.property, dir: step.value === true ? 'true' : step.value === false ? 'false' : 'set' };
    case 'clear-property':
      return { property: step.property, dir: 'cleared' };
    case 'increment-property':
      return step.by === 0 ? null : { property: step.property, dir: step.by > 0 ? 'up' : 'down' };
    default:
      return null;
  }
}

/** Per property and direction, the steps of one workflow that move it so. */
function moves(workflow: Workflow): Map<string, Map<Direction, StepId[]>> {
  const out = new Map<string, Map<Direction, StepId[]>>();
  for (const step of workflow.steps) {
    const d = direction(step);
    // The lifecycle stage only moves forward in HubSpot: backward-lifecycle deals with it.
    if (!d || d.property === 'lifecyclestage') continue;
    let byDir = out.get(d.property);
    if (!byDir) out.set(d.property, (byDir = new Map()));
    byDir.set(d.dir, [...(byDir.get(d.dir) ?? []), step.id]);
  }
  return out;
}

const WORDS: Readonly<Record<Direction, Localized>> = {
  true: { fr: 'la passe à vrai', en: 'sets it to true' },
  false: { fr: 'la passe à faux', en: 'sets it to false' },
  set: { fr: 'lui donne une valeur', en: 'gives it a value' },
  cleared: { fr: 'l’efface', en: 'clears it' },
  up: { fr: 'l’augmente', en: 'increases it' },
  down: { fr: 'la diminue', en: 'decreases it' },
};

/**
 * Two workflows moving the same property in opposite directions: one sets a boolean to true and
 * the other to false, one sets a value and the other clears it, one increments and the other
 * decrements. A contact in both ends up with whatever ran last, and triggers reading the
 * property can flip back and forth. Reported once per pair and property, on the first workflow.
 */
export const oppositePropertyWrites: LintRule = {
  id: 'opposite-property-writes',
  severity: 'warning',
  title: { fr: 'Propriété modifiée en sens contraires', en: 'Property changed both ways' },
  description: {
    fr: 'Deux workflows modifient la même propriété en sens contraires (vrai/faux, valeur/effacée, hausse/baisse)\u00a0: la valeur dépend de celui qui passe en dernier.',
    en: 'Two workflows change the same property in opposite directions (true/false, set/cleared, up/down): the value depends on whichever runs last.',
  },
  check: (ctx) => {
    const all = ctx.project.workflows;
    const linted = new Set<string>(ctx.workflows.map((w) => w.id));
    const byWorkflow = all.map(moves);
    const out: Finding[] = [];
    for (let a = 0; a < all.length; a++) {
      for (let b = a + 1; b < all.length; b++) {
        const head = linted.has(all[a]!.id) ? a : linted.has(all[b]!.id) ? b : -1;
        if (head < 0) continue;
        const other = head === a ? b : a;
        for (const [property, dirs] of byWorkflow[head]!) {
          const theirs = byWorkflow[other]!.get(property);
          if (!theirs) continue;
          const pair = [...dirs.keys()].find((d) => theirs.has(OPPOSITE[d]));
          if (pair === undefined) continue;
          const mine = dirs.get(pair)!;
          const their = theirs.get(OPPOSITE[pair])!;
          const step = (w: Workflow, id: StepId) => stepLabel(w.steps.find((s) => s.id === id)!, ctx.project);
          const h = all[head]!;
          const o = all[other]!;
          const [hs, os] = [step(h, mine[0]!), step(o, their[0]!)];
          const p = quoted(property);
          const [hw, ow] = [workflowLabel(h), workflowLabel(o)];
          out.push(
            finding(
              oppositePropertyWrites,
              h.id,
              mine,
              {
                fr: `La propriété ${p.fr} est modifiée en sens contraires\u00a0: ${hw.fr} ${WORDS[pair].fr} (${hs.fr}) et ${ow.fr} ${WORDS[OPPOSITE[pair]].fr} (${os.fr}). Un contact des deux garde la valeur du dernier passé.`,
                en: `Property ${p.en} is changed both ways: ${hw.en} ${WORDS[pair].en} (${hs.en}) and ${ow.en} ${WORDS[OPPOSITE[pair]].en} (${os.en}). A contact in both keeps whatever ran last.`,
              },
              { involves: [...mine.map((s) => ({ workflow: h.id, step: s })), ...their.map((s) => ({ workflow: o.id, step: s }))] },
            ),
          );
        }
      }
    }
    return out;
  },
};
