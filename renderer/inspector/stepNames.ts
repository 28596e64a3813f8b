import { cardSummary, cardTitle } from '../../engine/cards/index.ts';
import { outgoingEdges, type Lang, type Project, type Step, type StepId, type Workflow } from '../../engine/model/index.ts';

/**
 * The steps as a reader meets them on the canvas: from the enrollment down each path, a branch's
 * paths in their order (go-tos jump back, so they are not followed); a step no path reaches comes
 * last, in the file's order.
 */
export function readingOrder(workflow: Workflow): readonly Step[] {
  const byId = new Map(workflow.steps.map((s) => [s.id, s]));
  const seen = new Set<StepId>();
  const order: Step[] = [];
  // A stack rather than recursion: a project may hold thousands of steps in one path.
  const stack: StepId[] = workflow.start ? [workflow.start] : [];
  while (stack.length > 0) {
    const step = byId.get(stack.pop()!);
    if (!step || seen.has(step.id)) continue;
    seen.add(step.id);
    order.push(step);
    const next = outgoingEdges(step).filter((e) => e.slot.kind !== 'go-to' && e.to !== null).map((e) => e.to!);
    stack.push(...next.reverse());
  }
  return [...order, ...workflow.steps.filter((s) => !seen.has(s.id))];
}

/**
 * How the inspector names a step it points at (a go-to's target), never by its id: the card's
 * title ("Délai", or the title the user gave it); with the card's summary when another step has
 * the same title ("Délai · Attendre 5 jours"); numbered in reading order when both are the same
 * ("Délai · Attendre 5 jours (2)").
 */
export function stepNames(workflow: Workflow, project: Project, lang: Lang): ReadonlyMap<StepId, string> {
  const steps = readingOrder(workflow);
  const titles = steps.map((s) => cardTitle(s, lang));
  const titleCount = countOf(titles);
  const described = steps.map((s, i) => {
    const title = titles[i]!;
    if (titleCount.get(title) === 1) return title;
    const summary = cardSummary(s, { project, workflow, lang });
    return summary === '' ? title : `${title} · ${summary}`;
  });
  const describedCount = countOf(described);
  const numbered = new Map<string, number>();
  const names = new Map<StepId, string>();
  steps.forEach((s, i) => {
    const name = described[i]!;
    if (describedCount.get(name) === 1) return names.set(s.id, name);
    const n = (numbered.get(name) ?? 0) + 1;
    numbered.set(name, n);
    return names.set(s.id, `${name} (${n})`);
  });
  return names;
}

function countOf(texts: readonly string[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}
