import { matches, quote } from '../criteria/index.ts';
import { LIFECYCLE_LABELS, isLifecycleStage, lifecycleRank, type NeverStageExpectation, type ReachesWithinExpectation, type StepReachedExpectation } from '../model/index.ts';
import { dayText } from './day-dates.ts';
import { missingPersona, missingStep, missingWorkflow } from './missing.ts';
import type { RunView } from './run-view.ts';
import type { Measured, Offender } from './types.ts';

/** The expectations about contacts' moves: lifecycle stages reached, steps reached and how soon. */

const DAY = 1440;

export function checkNeverStage(x: NeverStageExpectation, view: RunView): Measured {
  const rank = lifecycleRank(x.stage);
  const offenders: Offender[] = [];
  const label = isLifecycleStage(x.stage) ? LIFECYCLE_LABELS[x.stage] : { fr: x.stage, en: x.stage };
  const startMs = view.result.startMs;
  view.contacts.forEach((contact, i) => {
    const move = view.stageMoves(i).find((m) => m.rank === rank);
    // Who they are is read as the contact stood when it entered the run.
    if (!move || !matches(x.who, contact, startMs)) return;
    const by = view.project.workflows.find((w) => w.id === move.workflow)?.name ?? move.workflow;
    offenders.push({
      id: contact.id,
      name: view.nameOf(i),
      minute: move.minute,
      step: { workflow: move.workflow, step: move.step },
      why: {
        fr: `passé en ${label.fr} le ${dayText(view, move.minute, 'fr')} par ${quote(by, 'fr')}`,
        en: `moved to ${label.en} on ${dayText(view, move.minute, 'en')} by ${quote(by, 'en')}`,
      },
    });
  });
  const steps = [...new Map(offenders.map((o) => [`${o.step!.workflow}/${o.step!.step}`, o.step!])).values()];
  return { value: offenders.length, bound: 'at-most', limit: 0, unit: 'contacts', offenders, steps };
}

export function checkStepReached(x: StepReachedExpectation, view: RunView): Measured {
  const base = { bound: 'at-least', limit: x.count, unit: 'contacts', offenders: [] } as const;
  if (view.workflowIndex(x.workflow) < 0) return { ...base, value: 0, steps: [], broken: missingWorkflow(view, x.workflow) };
  const s = view.stepIndex(x.workflow, x.step);
  if (s < 0) return { ...base, value: 0, steps: [], broken: missingStep(x.step) };
  return { ...base, value: view.result.steps[s]!.entered, steps: [{ workflow: x.workflow, step: x.step }] };
}

export function checkReachesWithin(x: ReachesWithinExpectation, view: RunView): Measured {
  const base = { bound: 'at-least', limit: x.percent, unit: 'percent' } as const;
  const w = view.workflowIndex(x.workflow);
  if (w < 0) return { ...base, value: 0, offenders: [], steps: [], broken: missingWorkflow(view, x.workflow) };
  const s = view.stepIndex(x.workflow, x.step);
  if (s < 0) return { ...base, value: 0, offenders: [], steps: [], broken: missingStep(x.step) };
  if (x.persona !== null && !view.project.personas.some((p) => p.id === x.persona)) {
    return { ...base, value: 0, offenders: [], steps: [], broken: missingPersona(x.persona) };
  }
  const steps = [{ workflow: x.workflow, step: x.step }];
  const enr = view.result.enrollments;
  const last = view.result.lastMinute;
  const span = x.days * DAY;
  const seen = new Set<number>();
  const offenders: Offender[] = [];
  let measured = 0;
  // Each contact's first enrollment that had the whole span before the run stopped.
  for (let e = 0; e < enr.count; e++) {
    const i = enr.contact[e]!;
    if (enr.workflow[e] !== w || seen.has(i)) continue;
    if (x.persona !== null && view.result.personaOf(i) !== x.persona) continue;
    const from = enr.enrolledAt[e]!;
    if (from + span > last) continue;
    seen.add(i);
    measured++;
    const at = view.enteredAt(e, s);
    if (at >= 0 && at <= from + span) continue;
    offenders.push({
      id: view.contacts[i]!.id,
      name: view.nameOf(i),
      minute: from + span,
      why:
        at < 0
          ? { fr: `inscrit le ${dayText(view, from, 'fr')}, n’y est jamais arrivé`, en: `enrolled on ${dayText(view, from, 'en')}, never got there` }
          : {
              fr: `inscrit le ${dayText(view, from, 'fr')}, arrivé le ${dayText(view, at, 'fr')} seulement`,
              en: `enrolled on ${dayText(view, from, 'en')}, only got there on ${dayText(view, at, 'en')}`,
            },
    });
  }
  if (measured === 0) {
    return {
      ...base,
      value: 0,
      offenders: [],
      steps,
      broken: {
        fr: `aucun contact${x.persona === null ? '' : ' de ce persona'} n’est inscrit au moins ${x.days} jours avant la fin de la simulation\u00a0: rien à mesurer.`,
        en: `no contact${x.persona === null ? '' : ' of this persona'} is enrolled at least ${x.days} days before the run ends: nothing to measure.`,
      },
    };
  }
  return { ...base, value: (100 * (measured - offenders.length)) / measured, offenders, steps };
}
