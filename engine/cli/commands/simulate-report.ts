import { counted, LIFECYCLE_LABELS, LIFECYCLE_STAGES, numberText as num, type Lang, type Project } from '../../model/index.ts';
import { END_STATES, type SimulationResult } from '../../sim/index.ts';
import { END_LABELS } from '../../results/index.ts';
import { stepLabel } from '../../lint/labels.ts';
import { visible } from '../terminal.ts';
import type { NotEnrolled } from './not-enrolled.ts';

/** What `flowbench simulate` prints and writes: a readable summary, its JSON, the enrollments CSV. */

const pct = (part: number, whole: number, lang: Lang) =>
  whole === 0 ? '–' : `${(Math.round((1000 * part) / whole) / 10).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB')}${lang === 'fr' ? '\u00a0%' : '%'}`;

/**
 * A run's start date as the app's Simulate panel writes it: "lundi 5 janvier 2026" / "Monday, 5
 * January 2026" (the ISO date when it is not one).
 */
export function longDate(isoDate: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms)) return isoDate;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms);
}

/** A step as the marketer knows it: its title or summary (as lint names it), then its id. */
function stepName(project: Project, workflowId: string, stepId: string, lang: Lang): string {
  const step = project.workflows.find((w) => w.id === workflowId)?.steps.find((s) => s.id === stepId);
  return step ? `${stepLabel(step, project)[lang]} (${stepId})` : stepId;
}

/** What the summary reads of a run: a finished run's result, or the merged record of a split run. */
export type RunSummary = Pick<SimulationResult, 'startDate' | 'horizonDays' | 'timeZone' | 'seed' | 'workflows' | 'workflowLoops' | 'listCounts' | 'lifecycleCounts' | 'totals'>;

/**
 * The summary of a run of `contacts` given contacts, `ran` in all (arrivals after them), with
 * why contacts were not enrolled, per workflow of the run (not-enrolled.ts).
 */
export function summaryText(project: Project, result: RunSummary, people: { readonly contacts: number; readonly ran: number; readonly notEnrolled: readonly NotEnrolled[] }, lang: Lang): string {
  const fr = lang === 'fr';
  const colon = fr ? '\u00a0: ' : ': ';
  const lines: string[] = [];
  const { contacts } = people;
  const arrived = people.ran - contacts;
  lines.push(
    fr
      ? `Simulation «\u00a0${project.name}\u00a0» du ${longDate(result.startDate, lang)} sur ${counted(result.horizonDays, lang, 'jour', 'jours')} (${result.timeZone}), graine ${result.seed}, ${counted(contacts, lang, 'contact', 'contacts')}${arrived > 0 ? ` (+${counted(arrived, lang, 'arrivé', 'arrivés')} pendant la simulation)` : ''}.`
      : `Simulation "${project.name}" from ${longDate(result.startDate, lang)} over ${counted(result.horizonDays, lang, 'day', 'days')} (${result.timeZone}), seed ${result.seed}, ${counted(contacts, lang, 'contact', 'contacts')}${arrived > 0 ? ` (+${num(arrived, lang)} arrived during the run)` : ''}.`,
  );
  for (const [index, w] of result.workflows.entries()) {
    lines.push('', `${w.name} (${w.id})`);
    lines.push(`  ${fr ? 'Inscrits' : 'Enrolled'}${colon}${num(w.enrolled, lang)}`);
    lines.push(...notEnrolledLines(people.notEnrolled[index]!, lang));
    for (const [step, count] of Object.entries(w.completedAt)) {
      lines.push(`  ${fr ? 'Terminé à l’étape' : 'Completed at step'} ${stepName(project, w.id, step, lang)}${colon}${num(count, lang)}`);
    }
    lines.push(`  ${fr ? 'Objectif atteint' : 'Goal met'}${colon}${num(w.ended.goal, lang)}`);
    for (const state of END_STATES) {
      if (state === 'completed' || state === 'goal' || state === 'in-progress' || w.ended[state] === 0) continue;
      lines.push(`  ${fr ? 'Désinscrits' : 'Unenrolled'} (${END_LABELS[state][lang]})${colon}${num(w.ended[state], lang)}`);
    }
    lines.push(
      fr
        ? `  Perdus${colon}${num(w.lost, lang)} (terminés sur un chemin qui ne les ajoute à aucun segment statique : impossible de les retrouver ensuite)`
        : `  Lost${colon}${num(w.lost, lang)} (ended on a path that added them to no static segment, so they cannot be found again)`,
    );
    lines.push(`  ${fr ? 'Toujours en cours' : 'Still in progress'}${colon}${num(w.ended['in-progress'], lang)}`);
  }
  for (const loop of result.workflowLoops) {
    const name = (id: string) => visible(result.workflows.find((w) => w.id === id)?.name ?? id);
    const chain = loop.chain.map(name).join(' -> ');
    lines.push('', `${fr ? `Désinscrits${colon}boucle entre workflows` : `Unenrolled${colon}loop across workflows`} ${chain}${colon}${counted(loop.contacts, lang, 'contact', 'contacts')}`);
  }
  lines.push('', fr ? 'Segments statiques à l’horizon' : 'Static segments at the horizon');
  if (project.lists.length === 0) lines.push(fr ? '  (aucune)' : '  (none)');
  for (const l of project.lists) lines.push(`  ${l.name}${colon}${num(result.listCounts[l.id] ?? 0, lang)}`);
  lines.push('', fr ? 'Phases du cycle de vie à l’horizon' : 'Lifecycle stages at the horizon');
  for (const stage of LIFECYCLE_STAGES) {
    const n = result.lifecycleCounts[stage] ?? 0;
    if (n > 0) lines.push(`  ${LIFECYCLE_LABELS[stage][lang]}${colon}${num(n, lang)}`);
  }
  const unknown = result.lifecycleCounts.unknown ?? 0;
  if (unknown > 0) lines.push(`  ${fr ? 'Inconnue' : 'Unknown'}${colon}${num(unknown, lang)}`);
  const t = result.totals;
  lines.push(
    '',
    fr
      ? `E-mails envoyés${colon}${num(t.emailsSent, lang)} (ignorés${colon}${num(t.skippedSends, lang)}, rebonds${colon}${num(t.bounced, lang)})`
      : `Emails sent${colon}${num(t.emailsSent, lang)} (skipped${colon}${num(t.skippedSends, lang)}, bounced${colon}${num(t.bounced, lang)})`,
    `${fr ? 'Ouvertures' : 'Opens'}${colon}${num(t.opened, lang)} (${pct(t.opened, t.delivered, lang)})`,
    `${fr ? 'Clics' : 'Clicks'}${colon}${num(t.clicked, lang)} (${pct(t.clicked, t.delivered, lang)})`,
    `${fr ? 'Désabonnements' : 'Unsubscribes'}${colon}${num(t.unsubscribed, lang)} (${pct(t.unsubscribed, t.delivered, lang)})`,
    `${fr ? 'Téléchargements après un clic' : 'Downloads after a click'}${colon}${num(t.conversions, lang)}`,
  );
  return `${lines.map(visible).join('\n')}\n`;
}

function notEnrolledLines(n: NotEnrolled, lang: Lang): string[] {
  const fr = lang === 'fr';
  const colon = fr ? '\u00a0: ' : ': ';
  const head = `  ${fr ? 'Non inscrits' : 'Not enrolled'}${colon}${num(n.count, lang)}`;
  if (n.count === 0) return [head];
  if (n.failingTrigger === null) {
    return [`${head} (${fr ? 'pas de déclencheur\u00a0: seuls d’autres workflows peuvent les inscrire' : 'no trigger: only other workflows can enroll them'})`];
  }
  const lines = [
    `${head}, ${fr ? `dont ${num(n.failingTrigger, lang)} ne remplissent pas le déclencheur à l’horizon` : `of whom ${num(n.failingTrigger, lang)} do not meet the trigger at the horizon`}`,
  ];
  if (n.topFilter) {
    lines.push(
      fr
        ? `    Filtre le plus souvent non rempli${colon}${n.topFilter.text} (${counted(n.topFilter.count, lang, 'contact', 'contacts')})`
        : `    Filter failing most often${colon}${n.topFilter.text} (${counted(n.topFilter.count, lang, 'contact', 'contacts')})`,
    );
  }
  return lines;
}
