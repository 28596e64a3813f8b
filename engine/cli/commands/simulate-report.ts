import Papa from 'papaparse';
import { LIFECYCLE_LABELS, LIFECYCLE_STAGES, type Lang, type Project } from '../../model/index.ts';
import { END_STATES, LOG_KINDS, type EndState, type SimulationResult } from '../../sim/index.ts';
import { stepLabel } from '../../lint/labels.ts';

/** What `flowbench simulate` prints and writes: a readable summary, its JSON, the enrollments CSV. */

const END_LABELS: Readonly<Record<EndState, { fr: string; en: string }>> = {
  completed: { fr: 'terminé', en: 'completed' },
  goal: { fr: 'objectif atteint', en: 'goal met' },
  suppressed: { fr: 'liste de suppression', en: 'suppression list' },
  'not-matching': { fr: 'ne remplit plus les critères', en: 'no longer matching' },
  'unenrolled-by-workflow': { fr: 'désinscrit par un workflow', en: 'unenrolled by a workflow' },
  'unenrolled-on-other-enrollment': { fr: 'inscrit dans un autre workflow', en: 'enrolled in another workflow' },
  loop: { fr: 'boucle sans délai', en: 'loop without a delay' },
  'in-progress': { fr: 'toujours en cours', en: 'still in progress' },
  'workflow-loop': { fr: 'boucle entre workflows', en: 'loop across workflows' },
};

const num = (n: number, lang: Lang) => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
const pct = (part: number, whole: number, lang: Lang) =>
  whole === 0 ? '–' : `${(Math.round((1000 * part) / whole) / 10).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB')}${lang === 'fr' ? '\u00a0%' : '%'}`;

/** A step as the marketer knows it: its title or summary (as lint names it), then its id. */
function stepName(project: Project, workflowId: string, stepId: string, lang: Lang): string {
  const step = project.workflows.find((w) => w.id === workflowId)?.steps.find((s) => s.id === stepId);
  return step ? `${stepLabel(step, project)[lang]} (${stepId})` : stepId;
}

export function summaryText(project: Project, result: SimulationResult, contacts: number, lang: Lang): string {
  const fr = lang === 'fr';
  const colon = fr ? '\u00a0: ' : ': ';
  const lines: string[] = [];
  lines.push(
    fr
      ? `Simulation «\u00a0${project.name}\u00a0» du ${result.startDate} sur ${result.horizonDays} jours (${result.timeZone}), graine ${result.seed}, ${num(contacts, lang)} contacts.`
      : `Simulation "${project.name}" from ${result.startDate} over ${result.horizonDays} days (${result.timeZone}), seed ${result.seed}, ${num(contacts, lang)} contacts.`,
  );
  for (const w of result.workflows) {
    lines.push('', `${w.name} (${w.id})`);
    lines.push(`  ${fr ? 'Inscrits' : 'Enrolled'}${colon}${num(w.enrolled, lang)}`);
    for (const [step, count] of Object.entries(w.completedAt)) {
      lines.push(`  ${fr ? 'Terminé à l’étape' : 'Completed at step'} ${stepName(project, w.id, step, lang)}${colon}${num(count, lang)}`);
    }
    lines.push(`  ${fr ? 'Objectif atteint' : 'Goal met'}${colon}${num(w.ended.goal, lang)}`);
    for (const state of END_STATES) {
      if (state === 'completed' || state === 'goal' || state === 'in-progress' || w.ended[state] === 0) continue;
      lines.push(`  ${fr ? 'Désinscrits' : 'Unenrolled'} (${END_LABELS[state][lang]})${colon}${num(w.ended[state], lang)}`);
    }
    lines.push(`  ${fr ? 'Perdus (aucune liste statique)' : 'Lost (no static list)'}${colon}${num(w.lost, lang)}`);
    lines.push(`  ${fr ? 'Toujours en cours' : 'Still in progress'}${colon}${num(w.ended['in-progress'], lang)}`);
  }
  for (const loop of result.workflowLoops) {
    // Control characters of a name never reach the terminal.
    const name = (id: string) => (result.workflows.find((w) => w.id === id)?.name ?? id).replace(/[\p{Cc}\p{Cf}]/gu, '?');
    const chain = loop.chain.map(name).join(' -> ');
    lines.push('', fr ? `Désinscrits${colon}boucle entre workflows ${chain}${colon}${num(loop.contacts, lang)} contacts` : `Unenrolled${colon}loop across workflows ${chain}${colon}${num(loop.contacts, lang)} contacts`);
  }
  lines.push('', fr ? 'Listes statiques à l’horizon' : 'Static lists at the horizon');
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
  return `${lines.join('\n')}\n`;
}

export function summaryJson(project: Project, result: SimulationResult, contacts: number): unknown {
  return {
    project: { id: project.id, name: project.name },
    startDate: result.startDate,
    horizonDays: result.horizonDays,
    timeZone: result.timeZone,
    seed: result.seed,
    contacts,
    workflows: result.workflows,
    steps: result.steps,
    edges: result.edges,
    lists: result.listCounts,
    lifecycle: result.lifecycleCounts,
    totals: result.totals,
  };
}

/** One row per enrollment: contact, workflow, end state, end step, path, enrolled at, ended at. */
export function enrollmentsCsv(result: SimulationResult): string {
  const { enrollments: en, log, steps } = result;
  const paths: string[][] = Array.from({ length: en.count }, () => []);
  for (let r = 0; r < log.length; r++) if (log.kind(r) === LOG_KINDS.at) paths[log.enrollment(r)]!.push(steps[log.step(r)]!.step);
  const iso = (minute: number) => new Date(result.minuteToMs(minute)).toISOString();
  const rows = Array.from({ length: en.count }, (_, e) => ({
    contact: result.contactIds[en.contact[e]!],
    workflow: result.workflows[en.workflow[e]!]!.id,
    end_state: END_STATES[en.endState[e]!],
    end_step: en.endStep[e]! >= 0 ? steps[en.endStep[e]!]!.step : '',
    path: paths[e]!.join(' > '),
    enrolled_at: iso(en.enrolledAt[e]!),
    ended_at: en.endedAt[e]! >= 0 ? iso(en.endedAt[e]!) : '',
    lost: en.lost[e] ? 'yes' : 'no',
  }));
  return Papa.unparse(rows, { columns: ['contact', 'workflow', 'end_state', 'end_step', 'path', 'enrolled_at', 'ended_at', 'lost'] });
}
