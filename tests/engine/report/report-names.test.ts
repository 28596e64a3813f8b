import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportHtml, buildTemplate, elkInThisThread, generateContacts, reportRun, simulate, type Project } from '../../../engine/index.ts';

// Review item 20: names kept their line breaks, ESC, BEL, NUL, C1 controls (U+009B is a one-byte
// CSI) and direction overrides in the report; HTML does not allow C0 controls but tab, LF and CR.
const hostile = (name: string) => `${name}\nline2\r\n# \u001b[31mRED\u0007\u0000\u009b\u202eX`;
// Each run of line breaks becomes one space, every other control goes.
const shown = (name: string) => `${name} line2 # [31mREDX`;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

let html: string;

beforeAll(async () => {
  const template = buildTemplate('nurturing', 'en');
  const wf = template.workflows[0]!;
  const project: Project = {
    ...template,
    name: hostile('Project'),
    workflows: [{ ...wf, name: hostile('Wf'), steps: wf.steps.map((s, i) => (i === 0 ? { ...s, title: hostile('Step') } : s)) }],
    emails: template.emails.map((e, i) => (i === 0 ? { ...e, name: hostile('Mail') } : e)),
    lists: template.lists.map((l, i) => (i === 0 ? { ...l, name: hostile('Seg') } : l)),
    personas: template.personas.map((p, i) => (i === 0 ? { ...p, name: hostile('Persona') } : p)),
  };
  const result = simulate(project, generateContacts(project, 100, 3), { seed: 3 });
  html = await buildReportHtml({
    elk: elkInThisThread,
    project,
    lang: 'en',
    date: '2026-03-02',
    run: reportRun(project, [result], 100),
    expectations: [{ text: hostile('Expect'), held: true, measured: hostile('Measured') }],
  });
});

describe('names with line breaks and controls in the report', () => {
  it('writes the project’s name on one line, controls out, in the title and on the cover', () => {
    expect(html).toContain(`<title>${shown('Project')} – Rehearsal report</title>`);
    expect(html).toContain(`<h1 data-field="project-name">${shown('Project')}</h1>`);
  });

  it('writes the workflow’s name so in its heading, its diagram’s title, the end-state tables and the Sankey’s labels and attributes', () => {
    expect(html).toContain(`<h2>${shown('Wf')}</h2>`);
    expect(html).toContain(`<title>${shown('Wf')}</title>`);
    expect(html).toContain(`<tr data-workflow="wf-nurturing"><td>${shown('Wf')}</td>`);
    expect(html).toContain(`data-from="${shown('Wf')}"`);
    expect(html).toContain(`data-name="${shown('Wf')}"`);
    expect(html).toMatch(new RegExp(`text-anchor="end"><tspan x="\\d+">${shown('Wf').replace(/[[\]]/g, '\\$&')} \\(\\d+\\)</tspan></text>`));
  });

  it('writes a step’s title, an email’s and a segment’s name so on the diagram’s cards', () => {
    expect(html).toContain(`font-weight="600" fill="#1f2933">${shown('Step')}</text>`);
    // In the canvas's words (engine/cards), as the cards on the canvas say them.
    expect(html).toContain(`fill="#52606d">Send “${shown('Mail')}”</text>`);
    expect(html).toContain(`fill="#52606d">Add to “${shown('Seg')}”</text>`);
  });

  it('writes segments, personas and expectations so in their tables and lists', () => {
    expect(html).toContain(`<tr data-list="list-downloaded"><td>${shown('Seg')}</td>`);
    expect(html).toContain(`<li><strong>${shown('Persona')}</strong>: `);
    expect(html).toContain(`<tr><td>${shown('Expect')}</td><td>${shown('Measured')}</td>`);
  });

  it('holds no control character but its own line feeds, nor any direction override, anywhere (the programme map included)', () => {
    expect(html).not.toMatch(CONTROL);
  });
});
