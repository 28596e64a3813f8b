import type { Step, Workflow } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { dayText, stepLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

const DAY_MS = 86_400_000;

/** Day number of a `YYYY-MM-DD` date, or null when it is not one. */
function dayOf(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The calendar day a delay waits for, when it is the same for every contact. */
function fixedDay(step: Step, workflow: Workflow): number | null {
  if (step.kind !== 'delay') return null;
  const delay = step.delay;
  if (delay.mode === 'until-date') return dayOf(delay.date);
  if (delay.mode === 'relative-to-anchor' && workflow.timing.type === 'fixed-date') {
    const anchor = dayOf(workflow.timing.anchorDate);
    return anchor === null ? null : anchor + delay.offsetDays;
  }
  return null;
}

export const delayDatePast: LintRule = {
  id: 'delay-date-past',
  severity: 'error',
  title: { fr: 'Délai déjà échu', en: 'Delay date already past' },
  description: {
    fr: 'Le délai attend une date antérieure au début de la simulation\u00a0: elle est déjà passée quand les contacts arrivent.',
    en: 'The delay waits for a date before the simulation start: it has already passed when contacts arrive.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    const start = dayOf(ctx.project.simulation.startDate);
    if (start === null) return out;
    const startText = dayText(start * DAY_MS);
    for (const workflow of ctx.workflows) {
      for (const step of workflow.steps) {
        const day = fixedDay(step, workflow);
        if (day === null || day >= start) continue;
        const label = stepLabel(step, ctx.project);
        const date = dayText(day * DAY_MS);
        out.push(
          finding(delayDatePast, workflow.id, [step.id], {
            fr: `${label.fr} attend le ${date.fr}, avant le début de la simulation (${startText.fr})\u00a0: cette date est déjà passée.`,
            en: `${label.en} waits until ${date.en}, before the simulation starts (${startText.en}): that date has already passed.`,
          }),
        );
      }
    }
    return out;
  },
};
