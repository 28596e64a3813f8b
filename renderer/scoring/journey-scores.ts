import { SCORE_PROPERTIES, scoreModelOf, type Arrivals, type Contact, type Project, type WorkflowId } from '../../engine/model/index.ts';
import { simulate } from '../../engine/sim/index.ts';

/**
 * A contact's scores at a minute of a finished run, for its journey. Contacts never act on one
 * another in a run (engine/sim/DECISIONS.md; tests/engine/sim/contact-independence.test.ts), and
 * each draws from its own random stream: the same contact run alone, stopped at that minute, is
 * where it was in the whole run. That short run (one contact, no arrivals) gives the exact scores.
 */

export interface ContactScores {
  readonly combined: number | null;
  /** The model's parts; null when the project has only legacy rules (one score). */
  readonly fit: number | null;
  readonly engagement: number | null;
  readonly label: string | null;
  /**
   * The combined score at the run's first minute (the score the contact came with: a model moves
   * it from there), for a score model; null otherwise. Shown beside the parts, so a combined 96
   * with fit and engagement at 0 is not taken for a contradiction.
   */
  readonly start: number | null;
}

export interface ScoreRunSettings {
  readonly workflows: readonly WorkflowId[];
  readonly startDate: string;
  readonly horizonDays: number;
  readonly seed: number;
  readonly arrivals: Arrivals;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Null when the project scores nothing or the contact is not of the start population (an arrival). */
export function contactScoresAt(project: Project, contact: Contact | undefined, settings: ScoreRunSettings, minute: number): ContactScores | null {
  if (!contact || scoreModelOf(project) === null) return null;
  const model = project.scoreModel !== undefined;
  const at = scoresAt(project, contact, settings, minute);
  return { ...at, start: model ? (minute <= 0 ? at.combined : scoresAt(project, contact, settings, 0).combined) : null };
}

/** The contact run alone, stopped at `minute`: its scores then. */
function scoresAt(project: Project, contact: Contact, settings: ScoreRunSettings, minute: number): Omit<ContactScores, 'start'> {
  const alone = simulate(project, [contact], {
    ...(settings.workflows.length > 0 ? { workflows: settings.workflows } : {}),
    startDate: settings.startDate,
    horizonDays: settings.horizonDays,
    seed: settings.seed,
    arrivals: { ...settings.arrivals, perDay: 0 },
    stopAtMinute: Math.max(0, minute),
  });
  const p = alone.finalContacts[0]?.properties ?? {};
  const model = project.scoreModel !== undefined;
  const label = p[SCORE_PROPERTIES.threshold];
  return {
    combined: num(p[SCORE_PROPERTIES.combined]),
    fit: model ? num(p[SCORE_PROPERTIES.fit]) : null,
    engagement: model ? num(p[SCORE_PROPERTIES.engagement]) : null,
    label: model && typeof label === 'string' ? label : null,
  };
}
