import type { Lang, Workflow } from '../../engine/model/index.ts';
import type { ContactAt } from '../../engine/sim/index.ts';

export interface Caption {
  readonly at: number;
  readonly text: string;
}

/**
 * What the followed contact lived in the workflow up to now, newest last: each step it reached
 * and each branch it took with the reasons the engine gives (the filters that held or not).
 */
export function journeyCaptions(journey: ContactAt | null, workflow: Workflow, title: (stepId: string) => string, lang: Lang, max = 3): Caption[] {
  if (!journey) return [];
  const enrollment = [...journey.enrollments].reverse().find((e) => e.workflow === workflow.id);
  if (!enrollment) return [];
  const entered: Caption = { at: enrollment.enrolledAt, text: lang === 'fr' ? `Inscrit dans ${workflow.name}` : `Enrolled in ${workflow.name}` };
  const steps = enrollment.path.map((p) => ({ at: p.at, text: title(p.step) }));
  const decisions = enrollment.decisions.map((d) => ({ at: d.at, text: `${title(d.step)} → ${d.branch}${d.reasons.length > 0 ? `${lang === 'fr' ? '\u00a0: ' : ': '}${d.reasons.map((r) => r[lang]).join('; ')}` : ''}` }));
  const all = [entered, ...steps, ...decisions].filter((c) => c.at <= journey.minute).sort((a, b) => a.at - b.at);
  return all.slice(-max);
}
