import { describeCriteria, nameLookupFromProject } from '../criteria/index.ts';
import { LIFECYCLE_LABELS, isLifecycleStage, type Expectation, type Lang, type Project } from '../model/index.ts';
import { stepSummary } from '../lint/labels.ts';
import type { Interval, Measured } from './types.ts';

/** Expectations and measures in words, French and English (the Problems panel, the CLI report). */

function names(project: Project, lang: Lang) {
  const workflow = (id: string) => project.workflows.find((w) => w.id === id)?.name ?? id;
  const step = (wf: string, id: string) => {
    const s = project.workflows.find((w) => w.id === wf)?.steps.find((x) => x.id === id);
    if (!s) return id;
    return s.title?.trim() || stepSummary(s, project)[lang];
  };
  const list = (id: string) => project.lists.find((l) => l.id === id)?.name ?? id;
  const persona = (id: string | null) => (id === null ? null : (project.personas.find((p) => p.id === id)?.name ?? id));
  return { workflow, step, list, persona };
}

const q = (text: string, lang: Lang) => (lang === 'fr' ? `«\u00a0${text}\u00a0»` : `"${text}"`);

export function describeExpectation(x: Expectation, project: Project, lang: Lang): string {
  const n = names(project, lang);
  const fr = lang === 'fr';
  switch (x.kind) {
    case 'share-in-list': {
      const bound = x.bound === 'at-least' ? (fr ? 'au moins' : 'at least') : fr ? 'au plus' : 'at most';
      return fr
        ? `Au jour ${x.day}, ${bound} ${x.percent}\u00a0% des inscrits de ${q(n.workflow(x.workflow), lang)} sont dans le segment ${q(n.list(x.list), lang)}`
        : `On day ${x.day}, ${bound} ${x.percent}% of those enrolled in ${q(n.workflow(x.workflow), lang)} are in the segment ${q(n.list(x.list), lang)}`;
    }
    case 'never-stage': {
      const who = describeCriteria(x.who, nameLookupFromProject(project, lang), lang);
      const stage = isLifecycleStage(x.stage) ? LIFECYCLE_LABELS[x.stage][lang] : x.stage;
      return fr ? `Aucun contact (${who}) ne passe en ${q(stage, lang)}` : `No contact (${who}) becomes ${q(stage, lang)}`;
    }
    case 'ends-in-list':
      return fr
        ? `Chaque chemin de ${q(n.workflow(x.workflow), lang)} se termine dans un segment statique`
        : `Every path of ${q(n.workflow(x.workflow), lang)} ends in a static segment`;
    case 'reaches-within': {
      const who = n.persona(x.persona);
      const whom = who === null ? (fr ? 'des inscrits' : 'of those enrolled') : fr ? `des inscrits du persona ${q(who, lang)}` : `of persona ${q(who, lang)}`;
      return fr
        ? `Au moins ${x.percent}\u00a0% ${whom} atteignent ${q(n.step(x.workflow, x.step), lang)} en ${x.days} jours au plus`
        : `At least ${x.percent}% ${whom} reach ${q(n.step(x.workflow, x.step), lang)} within ${x.days} days`;
    }
    case 'step-reached':
      return fr
        ? `${q(n.step(x.workflow, x.step), lang)} (${n.workflow(x.workflow)}) est atteinte par au moins ${x.count} contact${x.count > 1 ? 's' : ''}`
        : `${q(n.step(x.workflow, x.step), lang)} (${n.workflow(x.workflow)}) is reached by at least ${x.count} contact${x.count > 1 ? 's' : ''}`;
    case 'list-exactly': {
      const who = describeCriteria(x.who, nameLookupFromProject(project, lang), lang);
      return fr
        ? `Au jour ${x.day}, le segment ${q(n.list(x.list), lang)} contient exactement les contacts (${who})`
        : `On day ${x.day}, the segment ${q(n.list(x.list), lang)} holds exactly the contacts (${who})`;
    }
  }
}

/** "12.5 %" / "3 contacts", as measured. */
/** A measure over replications: its mean and 90 % interval, "23 % (18–29 %)". */
export function intervalText(m: Pick<Measured, 'unit'>, interval: Interval, lang: Lang): string {
  const one = (value: number) => measureText({ unit: m.unit, value: m.unit === 'percent' ? value : Math.round(value * 10) / 10 }, lang);
  return `${one(interval.mean)} (${one(interval.low)}\u2013${one(interval.high)})`;
}

export function measureText(m: Pick<Measured, 'value' | 'unit'>, lang: Lang): string {
  if (m.unit === 'percent') {
    const v = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(m.value);
    return lang === 'fr' ? `${v}\u00a0%` : `${v}%`;
  }
  return lang === 'fr' ? `${m.value} contact${m.value > 1 ? 's' : ''}` : `${m.value} contact${m.value === 1 ? '' : 's'}`;
}
