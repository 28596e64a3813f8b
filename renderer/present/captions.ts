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
  // The reasons are sentences of their own ("Oui — A téléchargé l’ebook « … » : non rempli", "Aucune branche remplie : …."):
  // set apart as the app sets apart items (a ";" read "non rempli; Aucune", no space before it in French).
  const decision = (d: (typeof enrollment.decisions)[number]): Caption => ({
    at: d.at,
    text: `${title(d.step)} → ${d.branch}${d.reasons.length > 0 ? `${lang === 'fr' ? '\u00a0: ' : ': '}${d.reasons.map((r) => r[lang]).join(' · ')}` : ''}`,
  });
  // A branch's decision comes right after the branch, before the step it leads to, though both
  // happen in the same minute (the next step read before the decision that led there).
  const all: Caption[] = [entered];
  const decided = new Set<(typeof enrollment.decisions)[number]>();
  for (const p of enrollment.path) {
    all.push({ at: p.at, text: title(p.step) });
    const d = enrollment.decisions.find((x) => x.step === p.step && x.at === p.at && !decided.has(x));
    if (d) {
      decided.add(d);
      all.push(decision(d));
    }
  }
  for (const d of enrollment.decisions) if (!decided.has(d)) all.push(decision(d));
  // Stable: in the same minute, the order above.
  return all
    .filter((c) => c.at <= journey.minute)
    .sort((a, b) => a.at - b.at)
    .slice(-max);
}
