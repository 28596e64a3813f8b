import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../engine/model/index.ts';
import { enrollmentsCsv } from '../../../engine/results/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

const project = buildTemplate('nurturing', 'fr');
const generated = generateContacts(project, 300, 11);
const settings = { startDate: '2026-01-05', horizonDays: 20, seed: 5 };
// A contact whose name would be a formula in a spreadsheet (OWASP CSV injection): the first one enrolled, renamed.
const enrolled = simulate(project, generated, settings);
const target = enrolled.contactIds[enrolled.enrollments.contact[0]!]!;
const contacts: Contact[] = generated.map((c) => (c.id === target ? { ...c, properties: { ...c.properties, firstname: '=HYPERLINK("http://x")', lastname: 'Dupont' } } : c));
const result = simulate(project, contacts, settings);

describe('the results CSV', () => {
  it('in French: a BOM, ";" between cells, French headers, one row per enrollment', () => {
    const text = enrollmentsCsv(project, result, { lang: 'fr', contacts });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['ID du contact', 'Nom', 'E-mail', 'Workflow', 'Fin', 'Dernière étape', 'Parcours', 'Inscrit le', 'Sorti le', 'Perdu (aucun segment statique)']);
    expect(rows).toHaveLength(result.enrollments.count + 1);
  });

  it('in English: "," and a BOM as well (without one, Excel read “–” and “é” as Windows-1252)', () => {
    const text = enrollmentsCsv(project, result, { lang: 'en', contacts });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe('\uFEFFContact ID,Name,Email,Workflow,End,Last step,Path,Enrolled at,Ended at,Lost (no static segment)');
    // It holds non-ASCII text: the template's en dash and accents.
    expect(text).toMatch(/[–é]/);
  });

  it('writes names on one line with no control character in them (review item 20)', () => {
    const hostile = (name: string) => `${name}\nline2\r\n# \u001b[31mRED\u0007\u0000\u009b\u202eX`;
    const wf = project.workflows[0]!;
    const named = { ...project, workflows: [{ ...wf, name: hostile('Wf'), steps: wf.steps.map((s, i) => (i === 0 ? { ...s, title: hostile('Step') } : s)) }, ...project.workflows.slice(1)] };
    const people = contacts.map((c) => (c.id === target ? { ...c, properties: { ...c.properties, firstname: hostile('Ada'), email: 'ada@example.com\u202e' } } : c));
    const text = enrollmentsCsv(named, simulate(named, people, settings), { lang: 'en', contacts: people });
    const line = text.split('\r\n').find((l) => l.startsWith(`${target},`))!;
    // Each run of line breaks is one space, every other control is gone; nothing needs quoting.
    expect(line.startsWith(`${target},Ada line2 # [31mREDX Dupont,ada@example.com,Wf line2 # [31mREDX,`)).toBe(true);
    expect(line).toContain(',Step line2 # [31mREDX > ');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it('names contacts, steps and end states the way the marketer does, times in the project zone', () => {
    const rows = Papa.parse<Record<string, string>>(enrollmentsCsv(project, result, { lang: 'fr', contacts }).slice(1), { delimiter: ';', header: true, skipEmptyLines: true }).data;
    const c = contacts.find((x) => x.id === rows[1]!['ID du contact'])!;
    expect(rows[1]!['Nom']).toBe(`${String(c.properties['firstname'])} ${String(c.properties['lastname'])}`);
    expect(rows[1]!['E-mail']).toBe(c.properties['email']);
    expect(rows[1]!['Workflow']).toBe(project.workflows[0]!.name);
    // Every path is made of step titles, never of ids.
    for (const r of rows) expect(r['Parcours']).not.toMatch(/step-|«/);
    expect(rows[0]!['Parcours']!.split(' > ')[0]).toBe('Envoyer l’e-mail Suivi – ebook 1');
    expect(new Set(rows.map((r) => r['Fin']))).toContain('toujours en cours');
    // Minute m is m minutes after the start date's local midnight in Europe/Paris, UTC+1 all
    // January (no DST change in these 20 days): its wall clock is UTC midnight of the 5th + m.
    const wall = (m: number) => new Date(Date.UTC(2026, 0, 5) + m * 60_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(rows).toHaveLength(result.enrollments.count);
    rows.forEach((r, e) => expect(r['Inscrit le']).toBe(wall(result.enrollments.enrolledAt[e]!)));
    for (const r of rows) expect(r['Inscrit le']).toMatch(/^2026-01-(0[5-9]|1\d|2[0-5]) \d\d:\d\d$/);
  });

  it('never lets a cell start a formula', () => {
    const text = enrollmentsCsv(project, result, { lang: 'en', contacts });
    const row = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.find((r) => r['Contact ID'] === target);
    if (!row) throw new Error('the hostile contact was not enrolled');
    expect(row['Name']).toBe(`'=HYPERLINK("http://x") Dupont`);
  });
});
