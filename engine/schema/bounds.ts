import { numberText, type Localized, type Project, type SimulationSettings, type Step, type Workflow } from '../model/index.ts';
import { formatPath, type LoadIssue } from './issues.ts';
import { issueText } from './issue-place.ts';
import { durationWithinBounds, MAX_ARRIVALS_PER_DAY, MAX_SPAN_DAYS, SPAN_TOO_LONG, withinSpan } from './limits.ts';

/** The spans of time a step holds, with the path of each below the step. */
function stepSpans(step: Step): { path: (string | number)[]; ok: boolean }[] {
  if (step.kind === 'delay-until-event') return [{ path: ['maxWait', 'amount'], ok: durationWithinBounds(step.maxWait) }];
  if (step.kind !== 'delay') return [];
  const d = step.delay;
  if (d.mode === 'duration') return [{ path: ['delay', 'duration', 'amount'], ok: durationWithinBounds(d.duration) }];
  if (d.mode === 'until-date-property' || d.mode === 'relative-to-anchor')
    return [{ path: ['delay', 'offsetDays'], ok: Number.isInteger(d.offsetDays) && withinSpan(d.offsetDays) }];
  return [];
}

/**
 * The bounds of `limits.ts` checked on a project as the simulator receives it (the loader's
 * schema checks the same bounds on files; this catches a project built or edited in memory,
 * and the run's own settings). An empty list means the run will end.
 */
export function simulationBoundsIssues(project: Project, settings: SimulationSettings = project.simulation, only?: readonly string[]): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const horizon = settings.horizonDays;
  if (!(Number.isInteger(horizon) && horizon >= 1 && horizon <= MAX_SPAN_DAYS))
    issues.push({
      path: 'project.simulation.horizonDays',
      message: {
        fr: `L’horizon de simulation doit être un nombre entier de jours entre 1 et ${numberText(MAX_SPAN_DAYS, 'fr')} (10 ans), pas ${String(horizon)}.`,
        en: `The simulation horizon must be a whole number of days from 1 to ${numberText(MAX_SPAN_DAYS, 'en')} (10 years), not ${String(horizon)}.`,
      },
    });
  const perDay = settings.arrivals.perDay;
  if (!(perDay >= 0 && perDay <= MAX_ARRIVALS_PER_DAY))
    issues.push({
      path: 'project.simulation.arrivals.perDay',
      message: {
        fr: `Les arrivées doivent être entre 0 et ${numberText(MAX_ARRIVALS_PER_DAY, 'fr')} nouveaux contacts par jour, pas ${String(perDay)}.`,
        en: `Arrivals must be from 0 to ${numberText(MAX_ARRIVALS_PER_DAY, 'en')} new contacts a day, not ${String(perDay)}.`,
      },
    });
  return [...issues, ...spanIssues(project.workflows, only)];
}

/**
 * The steps of `workflows` (as `project.workflows`) holding a span over the ten-year limit; only
 * those of `only`, when given (the workflows a run takes: another one's delay does not hold it up).
 */
export function spanIssues(workflows: readonly Workflow[], only?: readonly string[]): LoadIssue[] {
  const issues: LoadIssue[] = [];
  workflows.forEach((workflow, w) =>
    (only && !only.includes(workflow.id) ? [] : workflow.steps).forEach((step, s) => {
      for (const span of stepSpans(step))
        if (!span.ok) issues.push({ path: formatPath(['project', 'workflows', w, 'steps', s, ...span.path]), message: SPAN_TOO_LONG });
    }),
  );
  return issues;
}

/** Thrown by the simulator when handed a project outside the bounds: it refuses rather than run without end. */
export class SimulationBoundsError extends Error {
  readonly issues: readonly LoadIssue[];
  readonly localized: Localized;
  /** `project`: where the issues' paths point, so the first one names its workflow and step. */
  constructor(issues: readonly LoadIssue[], project?: Project) {
    const first = issues[0]!;
    const n = issues.length - 1;
    const more = n > 0 ? { fr: ` (et ${n} autre${n > 1 ? 's' : ''} problème${n > 1 ? 's' : ''})`, en: ` (and ${n} more problem${n > 1 ? 's' : ''})` } : { fr: '', en: '' };
    const file = { project };
    const localized = {
      fr: `Simulation refusée. ${issueText(file, first, 'fr')}${more.fr}`,
      en: `Simulation refused. ${issueText(file, first, 'en')}${more.en}`,
    };
    super(localized.en);
    this.name = 'SimulationBoundsError';
    this.issues = issues;
    this.localized = localized;
  }
}

export function assertSimulationBounds(project: Project, settings: SimulationSettings = project.simulation, only?: readonly string[]): void {
  const issues = simulationBoundsIssues(project, settings, only);
  if (issues.length > 0) throw new SimulationBoundsError(issues, project);
}
