import { LIFECYCLE_LABELS, type Lang, type LifecycleStage, type Project } from '../model/index.ts';
import { END_LABELS } from '../results/index.ts';
import { stepLabel } from '../lint/labels.ts';
import type { EndState } from '../sim/index.ts';
import { edgeLabel, programmeMap, type ProgrammeEdge } from '../programme/index.ts';
import type { Cell } from './layout.ts';

/** Each count of a study in words, FR/EN, and numbers in the locale's format: "799 (740–860)". */

const FIGURES: Readonly<Record<string, { fr: string; en: string }>> = {
  entered: { fr: 'entrés', en: 'entered' },
  waiting: { fr: 'en attente', en: 'waiting' },
  passed: { fr: 'passés', en: 'passed' },
  sent: { fr: 'e-mails envoyés', en: 'emails sent' },
  skipped: { fr: 'envois ignorés', en: 'sends skipped' },
  bounced: { fr: 'rebonds', en: 'bounces' },
  opened: { fr: 'ouvertures', en: 'opens' },
  clicked: { fr: 'clics', en: 'clicks' },
  unsubscribed: { fr: 'désabonnements', en: 'unsubscribes' },
  // Every form sent, after a click or not (the totals); a form after a click on an email is a
  // "download after a click", as the app and the report name it, for one email or for all.
  submitted: { fr: 'formulaires envoyés (tous, après un clic ou non)', en: 'forms submitted (all, after a click or not)' },
  conversions: { fr: 'téléchargements après un clic', en: 'downloads after a click' },
  enrolled: { fr: 'inscrits', en: 'enrolled' },
  'in-progress': { fr: 'en cours', en: 'in progress' },
  unenrolled: { fr: 'désinscrits', en: 'unenrolled' },
  lost: { fr: 'perdus (aucun segment statique)', en: 'lost (no static segment)' },
};

export const locale = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** A number in the locale's format; one that rounds to zero is "0", never "−0" (a mean of −0.02 at one decimal). */
export function num(n: number, lang: Lang, digits = 0): string {
  return (roundsToZero(n, digits) ? 0 : n).toLocaleString(locale(lang), { maximumFractionDigits: digits });
}

const roundsToZero = (n: number, digits: number) => Math.round(Math.abs(n) * 10 ** digits) === 0;

/** A mean with one decimal at most, then its interval: "799,4 (740–860)". */
export function withInterval(mean: number, lo: number, hi: number, lang: Lang): string {
  return `${num(mean, lang, 1)} (${num(lo, lang)}\u2013${num(hi, lang)})`;
}

/** A signed difference: "+212 (+180 to +245)" (a dash between signed numbers would read as a minus). */
export function signedWithInterval(mean: number, lo: number, hi: number, lang: Lang): string {
  return `${signed(mean, lang, 1)} (${signed(lo, lang)} ${lang === 'fr' ? 'à' : 'to'} ${signed(hi, lang)})`;
}

/** A signed number, "+212", "−3,5"; a sign only on what is not zero once rounded ("−0" and "+0" read as differences that are not there). */
export function signed(n: number, lang: Lang, digits = 0): string {
  return roundsToZero(n, digits) ? '0' : n > 0 ? `+${num(n, lang, digits)}` : `\u2212${num(-n, lang, digits)}`;
}

/**
 * A step by its label and id; in a comparison, B's label too when B's step reads otherwise (a
 * delay of 2 days where A's is 5: the row was named after A's alone).
 */
function stepName(project: Project, workflowId: string, stepId: string, lang: Lang, variant?: Project): string {
  const find = (p: Project) => p.workflows.find((w) => w.id === workflowId)?.steps.find((s) => s.id === stepId);
  const step = find(project);
  if (!step) return stepId;
  const own = stepLabel(step, project)[lang];
  const other = variant ? find(variant) : undefined;
  const theirs = other ? stepLabel(other, variant!)[lang] : own;
  return theirs === own ? `${own} (${stepId})` : `${own} (B${lang === 'fr' ? '\u00a0: ' : ': '}${theirs}) (${stepId})`;
}

/** A step by the name the app's canvas gives it (its title, else what it does), for a path's ends; its id when the project has no such step. */
function stepTitle(project: Project, workflowId: string, stepId: string, lang: Lang): string {
  const step = project.workflows.find((w) => w.id === workflowId)?.steps.find((s) => s.id === stepId);
  return step ? stepLabel(step, project)[lang] : stepId;
}

/** What a cell counts, in words (its workflow aside: the reports group by workflow); `variant`: a comparison's B, whose step labels are said where they differ. */
export function cellLabel(project: Project, cell: Cell, lang: Lang, variant?: Project): string {
  const fr = lang === 'fr';
  const colon = fr ? '\u00a0: ' : ': ';
  const figure = (f: string) => FIGURES[f]?.[lang] ?? (END_LABELS[f as EndState]?.[lang] ?? f);
  switch (cell.kind) {
    case 'step':
    case 'email':
      // An email's "submitted" counts the forms sent after a click on it: its downloads after a click.
      return `${fr ? 'Étape' : 'Step'} ${stepName(project, cell.workflow, cell.subject, lang, variant)}${colon}${figure(cell.figure === 'submitted' ? 'conversions' : cell.figure)}`;
    case 'edge': {
      const from = cell.subject.slice(0, cell.subject.lastIndexOf('>'));
      const to = cell.edge?.to;
      const source = from === '__enrollment__' ? (fr ? 'inscription' : 'enrollment') : stepTitle(project, cell.workflow, from, lang);
      const target = to ? stepTitle(project, cell.workflow, to, lang) : fr ? 'fin' : 'end';
      const text = cell.edge?.label;
      const label = text ? (fr ? ` «\u00a0${text}\u00a0»` : ` "${text}"`) : '';
      return `${fr ? 'Chemin' : 'Path'} ${source} -> ${target}${label}`;
    }
    case 'workflow-email':
      return capital(figure(cell.figure === 'submitted' ? 'conversions' : cell.figure));
    case 'workflow':
      return cell.figure === 'enrolled' || cell.figure === 'lost' || cell.figure === 'in-progress' || cell.figure === 'unenrolled' ? capital(figure(cell.figure)) : `${fr ? 'Fin' : 'End'}${colon}${figure(cell.figure)}`;
    case 'total':
      return capital(figure(cell.subject));
    case 'list': {
      const name = project.lists.find((l) => l.id === cell.subject)?.name ?? cell.subject;
      return `Segment ${name}`;
    }
    case 'stage':
      return `${fr ? 'Phase' : 'Stage'} ${cell.subject === 'unknown' ? (fr ? 'inconnue' : 'unknown') : (LIFECYCLE_LABELS[cell.subject as LifecycleStage]?.[lang] ?? cell.subject)}`;
    case 'programme':
      return linkLabel(project, cell.subject, lang);
  }
}

const mapEdges = new WeakMap<Project, ReadonlyMap<string, ProgrammeEdge>>();

/** A link of the programme map in words: `Lien Nurturing -> Lead, par Phase « Lead » (déclencheur)`. */
function linkLabel(project: Project, key: string, lang: Lang): string {
  const parts = linkParts(project, key, lang);
  if (!parts) return key;
  return `${lang === 'fr' ? 'Lien' : 'Link'} ${parts.from} -> ${parts.to}, ${parts.via}`;
}

/**
 * A link of the programme map in its parts, for a display that sets them apart (workflow names
 * often hold arrows of their own): the workflow it leaves, the one it feeds, and how
 * (`par Phase « Lead » (déclencheur)`). Null for a key the project's map does not have.
 */
export function linkParts(project: Project, key: string, lang: Lang): { from: string; to: string; via: string } | null {
  let edges = mapEdges.get(project);
  if (!edges) mapEdges.set(project, (edges = new Map(programmeMap(project).edges.map((e) => [e.key, e]))));
  const edge = edges.get(key);
  if (!edge) return null;
  return { from: workflowName(project, edge.from), to: workflowName(project, edge.to), via: `${lang === 'fr' ? 'par' : 'via'} ${edgeLabel(edge, project, lang)}` };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The name of a workflow by id, for group headings. */
export function workflowName(project: Project, id: string): string {
  return project.workflows.find((w) => w.id === id)?.name ?? id;
}
