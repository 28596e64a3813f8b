import { csvLine } from '../csv/index.ts';
import type { Contact, Lang, Project } from '../model/index.ts';
import { stepLabel } from '../lint/labels.ts';
import { END_STATES, LOG_KINDS, type EventLog, type SimulationResult } from '../sim/index.ts';
import { END_LABELS } from './labels.ts';

/**
 * The results CSV, one row per enrollment, as the marketer reads it in a spreadsheet: the
 * contact by id, name and email, the workflow and steps by their names, the end state in words,
 * times in the run's time zone. French: `;` between cells and a UTF-8 BOM, which is what
 * French Excel opens with its accents; English: `,`. The CLI's `--csv` and the app's export
 * both call this.
 */

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['ID du contact', 'Nom', 'E-mail', 'Workflow', 'Fin', 'Dernière étape', 'Parcours', 'Inscrit le', 'Sorti le', 'Perdu (aucun segment statique)'],
  en: ['Contact ID', 'Name', 'Email', 'Workflow', 'End', 'Last step', 'Path', 'Enrolled at', 'Ended at', 'Lost (no static segment)'],
};

const BOM = '\uFEFF';

export interface EnrollmentsCsvOptions {
  readonly lang: Lang;
  /** The contacts as they were given to the run; arrivals and anyone missing come from the result. */
  readonly contacts?: readonly Contact[];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** "2026-01-17 09:30" in the zone: sorts as text and both French and English Excel read it as a date. */
function stamper(timeZone: string, result: Pick<SimulationResult, 'minuteToMs'>): (minute: number) => string {
  const format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return (minute) => format.format(result.minuteToMs(minute));
}

/**
 * What the CSV reads of a run: a finished run's result, or a split run's merged record with its
 * log rows (engine/cli/commands/simulate-split.ts).
 */
export type EnrollmentsSource = Pick<SimulationResult, 'enrollments' | 'steps' | 'contactIds' | 'finalContacts' | 'minuteToMs' | 'timeZone' | 'workflows'> & {
  readonly log: Pick<EventLog, 'length' | 'kind' | 'enrollment' | 'step'>;
};

export function enrollmentsCsv(project: Project, result: EnrollmentsSource, options: EnrollmentsCsvOptions): string {
  const { lang } = options;
  const { enrollments: en, log, steps } = result;
  const byId = new Map<string, Contact>((options.contacts ?? []).map((c) => [c.id, c]));
  const missing = result.contactIds.some((id) => !byId.has(id));
  if (missing) for (const c of result.finalContacts) if (!byId.has(c.id)) byId.set(c.id, c);
  const stepTitles = steps.map((s) => {
    const step = project.workflows.find((w) => w.id === s.workflow)?.steps.find((x) => x.id === s.step);
    // Lint quotes a title inside its sentences (« … », “…”); a cell holds it bare.
    return step ? stepLabel(step, project)[lang].replace(/^(«\u00a0|“)(.*)(\u00a0»|”)$/su, '$2') : s.step;
  });
  const paths: number[][] = Array.from({ length: en.count }, () => []);
  for (let r = 0; r < log.length; r++) if (log.kind(r) === LOG_KINDS.at) paths[log.enrollment(r)]!.push(log.step(r));
  const at = stamper(result.timeZone, result);
  const yes = lang === 'fr' ? 'oui' : 'yes';
  const no = lang === 'fr' ? 'non' : 'no';
  const rows = Array.from({ length: en.count }, (_, e) => {
    const id = result.contactIds[en.contact[e]!]!;
    const p = byId.get(id)?.properties ?? {};
    const name = [text(p['firstname']), text(p['lastname'])].filter(Boolean).join(' ');
    return [
      id,
      name,
      text(p['email']),
      result.workflows[en.workflow[e]!]!.name,
      END_LABELS[END_STATES[en.endState[e]!]!][lang],
      en.endStep[e]! >= 0 ? stepTitles[en.endStep[e]!]! : '',
      paths[e]!.map((s) => stepTitles[s]!).join(' > '),
      at(en.enrolledAt[e]!),
      en.endedAt[e]! >= 0 ? at(en.endedAt[e]!) : '',
      en.lost[e] ? yes : no,
    ];
  });
  // Every cell through csvCell: text that begins like a formula is written as text (OWASP CSV injection).
  const separator = lang === 'fr' ? ';' : ',';
  const body = [HEADERS[lang], ...rows].map((cells) => `${csvLine(cells, separator)}\r\n`).join('');
  return `${lang === 'fr' ? BOM : ''}${body}`;
}
