import { describe, expect, it } from 'vitest';
import { csvLine } from '../../../engine/csv/index.ts';
import { stepLabel } from '../../../engine/lint/labels.ts';
import { oneLine, type Contact, type Lang, type Project } from '../../../engine/model/index.ts';
import { enrollmentsCsv, enrollmentsCsvChunks } from '../../../engine/results/index.ts';
import { END_LABELS } from '../../../engine/results/labels.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { END_STATES, LOG_KINDS, simulate, type SimulationResult } from '../../../engine/sim/index.ts';
import { buildTemplate, TEMPLATES } from '../../../engine/templates/index.ts';

/**
 * The results CSV against the writer it replaced, kept here as the reference: row by row, every
 * cell through csvLine, each enrollment's path an array, each date formatted anew. The writer
 * now escapes each distinct cell once and hands the text over in chunks; the bytes must not move.
 * Since then: a BOM in English too, and names on one line with no control character (oneLine).
 */
function referenceCsv(project: Project, result: SimulationResult, lang: Lang, given: readonly Contact[]): string {
  const text = (v: unknown) => (typeof v === 'string' ? oneLine(v).trim() : '');
  const byId = new Map<string, Contact>(given.map((c) => [c.id, c]));
  for (const c of result.finalContacts) if (!byId.has(c.id)) byId.set(c.id, c);
  const titles = result.steps.map((s) => {
    const step = project.workflows.find((w) => w.id === s.workflow)?.steps.find((x) => x.id === s.step);
    return oneLine(step ? stepLabel(step, project)[lang].replace(/^(«\u00a0|“)(.*)(\u00a0»|”)$/su, '$2') : s.step);
  });
  const en = result.enrollments;
  const paths: number[][] = Array.from({ length: en.count }, () => []);
  for (let r = 0; r < result.log.length; r++) if (result.log.kind(r) === LOG_KINDS.at) paths[result.log.enrollment(r)]!.push(result.log.step(r));
  const format = new Intl.DateTimeFormat('sv-SE', { timeZone: result.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const at = (minute: number) => format.format(result.minuteToMs(minute));
  const headers =
    lang === 'fr'
      ? ['ID du contact', 'Nom', 'E-mail', 'Workflow', 'Fin', 'Dernière étape', 'Parcours', 'Inscrit le', 'Sorti le', 'Perdu (aucun segment statique)']
      : ['Contact ID', 'Name', 'Email', 'Workflow', 'End', 'Last step', 'Path', 'Enrolled at', 'Ended at', 'Lost (no static segment)'];
  const rows: string[][] = [headers];
  for (let e = 0; e < en.count; e++) {
    const id = result.contactIds[en.contact[e]!]!;
    const p = byId.get(id)?.properties ?? {};
    rows.push([
      id,
      [text(p['firstname']), text(p['lastname'])].filter(Boolean).join(' '),
      text(p['email']),
      oneLine(result.workflows[en.workflow[e]!]!.name),
      END_LABELS[END_STATES[en.endState[e]!]!][lang],
      en.endStep[e]! >= 0 ? titles[en.endStep[e]!]! : '',
      paths[e]!.map((s) => titles[s]!).join(' > '),
      at(en.enrolledAt[e]!),
      en.endedAt[e]! >= 0 ? at(en.endedAt[e]!) : '',
      en.lost[e] ? (lang === 'fr' ? 'oui' : 'yes') : lang === 'fr' ? 'non' : 'no',
    ]);
  }
  const separator = lang === 'fr' ? ';' : ',';
  return `\uFEFF${rows.map((cells) => `${csvLine(cells, separator)}\r\n`).join('')}`;
}

describe('the results CSV, chunked and cached', () => {
  for (const template of TEMPLATES) {
    it(`is byte for byte the reference writer's, ${template.id}, in French and English, arrivals and hostile names included`, () => {
      const project = buildTemplate(template.id, 'fr');
      const withArrivals: Project = { ...project, simulation: { ...project.simulation, arrivals: { ...project.simulation.arrivals, perDay: 3 } } };
      const contacts = generateContacts(project, 400, 3).map((c, k) =>
        k % 7 === 0 ? { ...c, properties: { ...c.properties, firstname: '=1+1', lastname: ' "quoted" ; name, \r\n\u001b[0m\u202e' } } : c,
      );
      const result = simulate(withArrivals, contacts, { horizonDays: 45, seed: 9 });
      expect(result.enrollments.count).toBeGreaterThan(30);
      for (const lang of ['fr', 'en'] as const) expect(enrollmentsCsv(withArrivals, result, { lang, contacts })).toBe(referenceCsv(withArrivals, result, lang, contacts));
    });
  }

  it('gives whole lines in chunks of at most 8,192 rows, the header first', () => {
    const project = buildTemplate('webinar', 'en');
    const result = simulate(project, generateContacts(project, 20_000, 1), { horizonDays: 30, seed: 2 });
    const chunks = [...enrollmentsCsvChunks(project, result, { lang: 'en' })];
    expect(result.enrollments.count).toBeGreaterThan(8192);
    expect(chunks[1]!.split('\r\n')).toHaveLength(8192 + 1);
    expect(chunks).toHaveLength(1 + Math.ceil(result.enrollments.count / 8192));
    expect(chunks[0]).toBe('\uFEFFContact ID,Name,Email,Workflow,End,Last step,Path,Enrolled at,Ended at,Lost (no static segment)\r\n');
    for (const chunk of chunks.slice(1, -1)) expect(chunk.split('\r\n')).toHaveLength(8192 + 1);
    for (const chunk of chunks) expect(chunk.endsWith('\r\n')).toBe(true);
  });
});
