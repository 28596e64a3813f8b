import { CSV_BOM, csvCell, csvLine } from '../csv/index.ts';
import { oneLine, type Contact, type Lang, type Project } from '../model/index.ts';
import { stepLabel } from '../lint/labels.ts';
import { END_STATES, LOG_KINDS, type EventLog, type SimulationResult } from '../sim/index.ts';
import { END_LABELS } from './labels.ts';

/**
 * The results CSV, one row per enrollment, as the marketer reads it in a spreadsheet: the
 * contact by id, name and email, the workflow and steps by their names, the end state in words,
 * times in the run's time zone. French: `;` between cells, English: `,`; a UTF-8 BOM in both
 * (`CSV_BOM`: without it Excel read the English file as Windows-1252, "–" and "é" garbled). Every
 * name (contact, email, workflow, step) is on one line with no control character (`oneLine`).
 * The CLI's `--csv` and the app's export both call this.
 */

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['ID du contact', 'Nom', 'E-mail', 'Workflow', 'Fin', 'Dernière étape', 'Parcours', 'Inscrit le', 'Sorti le', 'Perdu (aucun segment statique)'],
  en: ['Contact ID', 'Name', 'Email', 'Workflow', 'End', 'Last step', 'Path', 'Enrolled at', 'Ended at', 'Lost (no static segment)'],
};

export interface EnrollmentsCsvOptions {
  readonly lang: Lang;
  /** The contacts as they were given to the run; arrivals and anyone missing come from the result. */
  readonly contacts?: readonly Contact[];
}

function text(value: unknown): string {
  return typeof value === 'string' ? oneLine(value).trim() : '';
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
  let text = '';
  for (const chunk of enrollmentsCsvChunks(project, result, options)) text += chunk;
  return text;
}

/** Rows per chunk of `enrollmentsCsvChunks`: about a megabyte of text. */
const CHUNK_ROWS = 8192;

/**
 * The same CSV in chunks of whole lines, the BOM and header first: a file is written chunk by
 * chunk (engine/cli/files.ts#writeAll) instead of holding one string of hundreds of megabytes.
 * Every cell goes through csvCell (text that begins like a formula is written as text: OWASP CSV
 * injection), each distinct one once: names of workflows and steps, paths, end states and dates
 * repeat over the rows, a contact's cells over its enrollments.
 */
export function* enrollmentsCsvChunks(project: Project, result: EnrollmentsSource, options: EnrollmentsCsvOptions): Generator<string> {
  const { lang } = options;
  const { enrollments: en, log, steps } = result;
  const separator = lang === 'fr' ? ';' : ',';
  const cell = (value: string) => csvCell(value, separator);
  const byId = new Map<string, Contact>((options.contacts ?? []).map((c) => [c.id, c]));
  const missing = result.contactIds.some((id) => !byId.has(id));
  if (missing) for (const c of result.finalContacts) if (!byId.has(c.id)) byId.set(c.id, c);
  const stepTitles = steps.map((s) => {
    const step = project.workflows.find((w) => w.id === s.workflow)?.steps.find((x) => x.id === s.step);
    // Lint quotes a title inside its sentences (« … », “…”); a cell holds it bare.
    return oneLine(step ? stepLabel(step, project)[lang].replace(/^(«\u00a0|“)(.*)(\u00a0»|”)$/su, '$2') : s.step);
  });
  const stepCells = stepTitles.map(cell);
  const workflowCells = result.workflows.map((w) => cell(oneLine(w.name)));
  const endCells = END_STATES.map((state) => cell(END_LABELS[state][lang]));
  const lostCells = [cell(lang === 'fr' ? 'non' : 'no'), cell(lang === 'fr' ? 'oui' : 'yes')];
  const paths = enrollmentPaths(log, en.count);
  const pathCells = new Map<string, string>();
  const contactCells = new Map<number, string>();
  const at = stamper(result.timeZone, result);
  const stamps = new Map<number, string>();
  const stamp = (minute: number) => {
    let text = stamps.get(minute);
    if (text === undefined) {
      // Bounded: a run of a year has at most 525,600 distinct minutes, most rows share a few.
      if (stamps.size >= 65_536) stamps.clear();
      stamps.set(minute, (text = cell(at(minute))));
    }
    return text;
  };
  yield `${CSV_BOM}${csvLine(HEADERS[lang], separator)}\r\n`;
  let chunk = '';
  for (let e = 0; e < en.count; e++) {
    const c = en.contact[e]!;
    let who = contactCells.get(c);
    if (who === undefined) {
      const id = result.contactIds[c]!;
      const p = byId.get(id)?.properties ?? {};
      const name = [text(p['firstname']), text(p['lastname'])].filter(Boolean).join(' ');
      contactCells.set(c, (who = [cell(id), cell(name), cell(text(p['email']))].join(separator)));
    }
    const from = paths.offsets[e]!;
    const to = paths.offsets[e + 1]!;
    let key = '';
    for (let k = from; k < to; k++) key += `${paths.steps[k]!},`;
    let path = pathCells.get(key);
    if (path === undefined) {
      const titles: string[] = [];
      for (let k = from; k < to; k++) titles.push(stepTitles[paths.steps[k]!]!);
      pathCells.set(key, (path = cell(titles.join(' > '))));
    }
    const endStep = en.endStep[e]!;
    const endedAt = en.endedAt[e]!;
    chunk +=
      `${who}${separator}${workflowCells[en.workflow[e]!]!}${separator}${endCells[en.endState[e]!]!}${separator}` +
      `${endStep >= 0 ? stepCells[endStep]! : ''}${separator}${path}${separator}${stamp(en.enrolledAt[e]!)}${separator}` +
      `${endedAt >= 0 ? stamp(endedAt) : ''}${separator}${lostCells[en.lost[e] ? 1 : 0]!}\r\n`;
    if ((e + 1) % CHUNK_ROWS === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** Each enrollment's steps in the order the log reached them: enrollment e's are steps[offsets[e]] to steps[offsets[e + 1] - 1]. */
function enrollmentPaths(log: EnrollmentsSource['log'], count: number): { offsets: Int32Array; steps: Int32Array } {
  const offsets = new Int32Array(count + 1);
  for (let r = 0; r < log.length; r++) if (log.kind(r) === LOG_KINDS.at) offsets[log.enrollment(r) + 1]!++;
  for (let e = 0; e < count; e++) offsets[e + 1]! += offsets[e]!;
  const steps = new Int32Array(offsets[count]!);
  const filled = offsets.slice(0, count);
  for (let r = 0; r < log.length; r++) if (log.kind(r) === LOG_KINDS.at) steps[filled[log.enrollment(r)]!++] = log.step(r);
  return { offsets, steps };
}
