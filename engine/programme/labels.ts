import { triggersText } from '../cards/index.ts';
import { findProperty, isLifecycleStage, LIFECYCLE_LABELS, type Lang, type Localized, type Project, type Workflow } from '../model/index.ts';
import { formatCount } from './escape.ts';
import type { ProgrammeEdge, ReadPlace } from './types.ts';

const PLACE_WORDS: Readonly<Record<ReadPlace, Localized | null>> = {
  enroll: null,
  trigger: { fr: 'déclencheur', en: 'trigger' },
  goal: { fr: 'objectif', en: 'goal' },
  branch: { fr: 'branche', en: 'branch' },
  wait: { fr: 'attente', en: 'wait' },
  suppression: { fr: 'suppression', en: 'suppression' },
};

export function placeWord(place: ReadPlace): Localized | null {
  return PLACE_WORDS[place];
}

function quoted(text: string, lang: Lang): string {
  return lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

/** The display name of an edge's item: the list, property, stage, email or target workflow. */
export function itemName(edge: Pick<ProgrammeEdge, 'kind' | 'item'>, project: Project, lang: Lang): string {
  const named = (items: readonly { readonly id: string; readonly name: string }[]) => items.find((i) => i.id === edge.item)?.name ?? edge.item;
  switch (edge.kind) {
    case 'enroll':
      return named(project.workflows);
    case 'list':
      return named(project.lists);
    case 'email':
      return named(project.emails);
    case 'stage':
      return isLifecycleStage(edge.item) ? LIFECYCLE_LABELS[edge.item][lang] : edge.item;
    case 'property':
      return findProperty(project.properties, edge.item)?.label[lang] ?? edge.item;
  }
}

/** What links the two workflows, in words: `Phase « Lead » (déclencheur)`, `Enrolls in “Nurturing”`. */
export function edgeLabel(edge: Pick<ProgrammeEdge, 'kind' | 'item' | 'writeTag' | 'place'>, project: Project, lang: Lang): string {
  const name = quoted(itemName(edge, project, lang), lang);
  const fr = lang === 'fr';
  const what = (() => {
    switch (edge.kind) {
      case 'enroll':
        return fr ? `Inscrit dans ${name}` : `Enrolls in ${name}`;
      case 'list':
        if (edge.writeTag === 'remove') return fr ? `Retire du segment ${name}` : `Removes from segment ${name}`;
        return `Segment ${name}`;
      case 'property':
        return fr ? `Propriété ${name}` : `Property ${name}`;
      case 'stage':
        return fr ? `Phase ${name}` : `Stage ${name}`;
      case 'email':
        return fr ? `E-mail ${name}` : `Email ${name}`;
    }
  })();
  const place = PLACE_WORDS[edge.place];
  return place ? `${what} (${place[lang]})` : what;
}

/** The workflow's enrollment triggers in one line, as its card on the canvas says them (engine/cards). */
export function triggerSummary(workflow: Workflow, project: Project, lang: Lang): string {
  return triggersText(workflow, project, lang);
}

/** An edge's count after a run, with its range when there were replications: `42`, `41 (35–48)`. */
export function countText(edge: Pick<ProgrammeEdge, 'count' | 'interval'>, lang: Lang): string | null {
  const n = (v: number) => formatCount(v, lang);
  if (edge.interval) return edge.interval.low === edge.interval.high ? n(edge.interval.mean) : `${n(edge.interval.mean)} (${n(edge.interval.low)}–${n(edge.interval.high)})`;
  return edge.count === undefined ? null : n(edge.count);
}

/** The label drawn on an edge: what links the workflows, then its count after a run. */
export function edgeText(edge: ProgrammeEdge, project: Project, lang: Lang): string {
  const count = countText(edge, lang);
  const label = edgeLabel(edge, project, lang);
  return count === null ? label : `${label} · ${count}`;
}
