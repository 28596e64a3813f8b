import { describeCriteria, nameLookupFromProject, quote } from '../criteria/index.ts';
import { LIFECYCLE_LABELS, counted, isLifecycleStage, isPlural, numberText, type Expectation, type Lang, type Project, type Step, type Workflow } from '../model/index.ts';
import { cardName } from '../cards/index.ts';
import { workflowStepNames } from './step-names.ts';
import type { Interval, Measured } from './types.ts';

/** Expectations and measures in words, French and English (the Problems panel, the CLI report). */

function names(project: Project, lang: Lang) {
  const workflow = (id: string) => project.workflows.find((w) => w.id === id)?.name ?? id;
  // A step as its card names it (its title, else its summary: "Attendre 2 jours"), told apart from
  // the steps of its workflow that read alike (two "Si : …"): the reader of the sentence does not
  // see which one is meant.
  const own = (s: Step, w: Workflow) => cardName(s, { project, workflow: w, lang });
  const step = (wf: string, id: string) => {
    const w = project.workflows.find((x) => x.id === wf);
    if (!w || !w.steps.some((x) => x.id === id)) return id;
    return workflowStepNames(w, own, lang).get(id) ?? id;
  };
  const list = (id: string) => project.lists.find((l) => l.id === id)?.name ?? id;
  const persona = (id: string | null) => (id === null ? null : (project.personas.find((p) => p.id === id)?.name ?? id));
  return { workflow, step, list, persona };
}

/**
 * A name quoted as the app's texts quote: « » with no-break spaces, “ ”; the quotes it holds (a
 * card's "Envoyer « Suivi »") become the inner ones: « Envoyer “Suivi” », “Send ‘Follow-up’”.
 */
function q(text: string, lang: Lang): string {
  const inner = lang === 'fr' ? text.replace(/«\u00a0?/g, '“').replace(/\u00a0?»/g, '”') : text.replace(/“/g, '‘').replace(/”/g, '’');
  return quote(inner, lang);
}

/** "À la fin du jour 30" / "At the end of day 30": a day number (day 1 = the start date) read as the timeline and the study tables read it. */
const atEndOfDay = (day: number, lang: Lang) => (lang === 'fr' ? `À la fin du jour ${numberText(day, lang)}` : `At the end of day ${numberText(day, lang)}`);

export function describeExpectation(x: Expectation, project: Project, lang: Lang): string {
  const n = names(project, lang);
  const fr = lang === 'fr';
  switch (x.kind) {
    case 'share-in-list': {
      const bound = x.bound === 'at-least' ? (fr ? 'au moins' : 'at least') : fr ? 'au plus' : 'at most';
      return fr
        ? `${atEndOfDay(x.day, lang)}, ${bound} ${percentBound(x.percent, lang)} des inscrits de ${q(n.workflow(x.workflow), lang)} sont dans le segment ${q(n.list(x.list), lang)}`
        : `${atEndOfDay(x.day, lang)}, ${bound} ${percentBound(x.percent, lang)} of those enrolled in ${q(n.workflow(x.workflow), lang)} are in the segment ${q(n.list(x.list), lang)}`;
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
        ? `Au moins ${percentBound(x.percent, lang)} ${whom} atteignent ${q(n.step(x.workflow, x.step), lang)} en ${counted(x.days, lang, 'jour', 'jours')} au plus`
        : `At least ${percentBound(x.percent, lang)} ${whom} reach ${q(n.step(x.workflow, x.step), lang)} within ${counted(x.days, lang, 'day', 'days')}`;
    }
    case 'step-reached':
      return fr
        ? `${q(n.step(x.workflow, x.step), lang)} (${n.workflow(x.workflow)}) est atteinte par au moins ${counted(x.count, lang, 'contact', 'contacts')}`
        : `${q(n.step(x.workflow, x.step), lang)} (${n.workflow(x.workflow)}) is reached by at least ${counted(x.count, lang, 'contact', 'contacts')}`;
    case 'list-exactly': {
      const who = describeCriteria(x.who, nameLookupFromProject(project, lang), lang);
      return fr
        ? `${atEndOfDay(x.day, lang)}, le segment ${q(n.list(x.list), lang)} contient exactement les contacts (${who})`
        : `${atEndOfDay(x.day, lang)}, the segment ${q(n.list(x.list), lang)} holds exactly the contacts (${who})`;
    }
  }
}

/** A measure over replications: its mean and 90 % interval, "23 % (18–29 %)", "0,5 (0–2) contact en défaut". */
export function intervalText(m: Pick<Measured, 'unit'> & Partial<Pick<Measured, 'bound' | 'limit'>>, interval: Interval, lang: Lang): string {
  if (m.unit === 'percent') {
    const one = (value: number) => measureText({ unit: 'percent', value }, lang);
    return `${one(interval.mean)} (${one(interval.low)}\u2013${one(interval.high)})`;
  }
  const n = (value: number) => numberIn(lang, Math.round(value * 10) / 10);
  const noun = `contact${isPlural(interval.high, lang) ? 's' : ''}`;
  const fault = atFault(m) ? (lang === 'fr' ? ' en défaut' : ' at fault') : '';
  return `${n(interval.mean)} (${n(interval.low)}\u2013${n(interval.high)}) ${noun}${fault}`;
}

/**
 * "12,5 %" / "3 contacts", as measured; a count that must stay at 0 counts the contacts breaking
 * the expectation: "0 contact en défaut" / "0 contacts at fault" (a bare "0 contacts" beside a
 * tick read as "nothing was measured").
 */
export function measureText(m: Pick<Measured, 'value' | 'unit'> & Partial<Pick<Measured, 'bound' | 'limit'>>, lang: Lang): string {
  const number = numberIn(lang, m.value);
  if (m.unit === 'percent') return lang === 'fr' ? `${number}\u00a0%` : `${number}%`;
  const contacts = `${number} contact${isPlural(m.value, lang) ? 's' : ''}`;
  return atFault(m) ? `${contacts} ${lang === 'fr' ? 'en défaut' : 'at fault'}` : contacts;
}

/** Whether a measure counts the contacts breaking an expectation (it must stay at none). */
function atFault(m: Pick<Measured, 'unit'> & Partial<Pick<Measured, 'bound' | 'limit'>>): boolean {
  return m.unit === 'contacts' && m.bound === 'at-most' && m.limit === 0;
}

/** A measured number in the language's format, at most one decimal (or `digits`). */
function numberIn(lang: Lang, value: number, digits = 1): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/**
 * An expectation's percent as the measure beside it writes one: "2,5 %" (comma, no-break space)
 * / "2.5%". Every decimal the marketer typed is kept (a bound of 2,55 % rounded to 2,6 % would
 * state another expectation).
 */
function percentBound(percent: number, lang: Lang): string {
  const number = numberIn(lang, percent, 10);
  return lang === 'fr' ? `${number}\u00a0%` : `${number}%`;
}
