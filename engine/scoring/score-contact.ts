import { matches } from '../criteria/index.ts';
import { containsIgnoreCase, sameUrl } from '../criteria/text-fold.ts';
import { capped, eventWeight, thresholdLabel, type Contact, type ContactEvent, type ScoreEvent, type ScoreModel } from '../model/index.ts';

/**
 * A score model (model/scoring.ts) applied to one contact as it stands at an instant, straight
 * from the definition: the reference the simulator's lazy reading (sim/run/score-model.ts) is
 * tested against, and what the UI shows for a contact. No offset: the parts as the model gives them.
 */

export interface ScoreParts {
  readonly fit: number;
  readonly engagement: number;
  /** fit + engagement, clamped to the model's limit. */
  readonly combined: number;
  /** The threshold label of `combined`, null below the first tier. */
  readonly label: string | null;
  /** Per group (model order), its points after its limit. */
  readonly groups: readonly number[];
}

/** Whether a contact's event is one an event rule counts. */
export function countsEvent(rule: ScoreEvent, e: ContactEvent): boolean {
  switch (rule.kind) {
    case 'email':
      return e.kind === 'email' && e.event === rule.event && (rule.email === null || e.email === rule.email);
    case 'form':
      return e.kind === 'form-submitted' && (rule.asset === null || e.asset === rule.asset);
    case 'page-view':
      return e.kind === 'page-viewed' && (rule.match === 'equals' ? sameUrl(e.url, rule.url) : containsIgnoreCase(e.url, rule.url));
  }
}

export function scoreContact(model: ScoreModel, contact: Contact, nowMs: number): ScoreParts {
  let fit = 0;
  let engagement = 0;
  const groups = model.groups.map((g) => {
    let sum = 0;
    for (const rule of g.rules) {
      if (rule.type === 'criteria') {
        if (matches(rule.criteria, contact, nowMs)) sum += rule.points;
        continue;
      }
      for (const e of contact.events) if (e.at <= nowMs && countsEvent(rule.event, e)) sum += rule.points * eventWeight(g, nowMs - e.at);
    }
    const points = capped(sum, g.limit);
    if (g.kind === 'fit') fit += points;
    else engagement += points;
    return points;
  });
  const combined = capped(fit + engagement, model.limit);
  return { fit, engagement, combined, label: thresholdLabel(model.thresholds, combined), groups };
}
