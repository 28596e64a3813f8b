import { describe, expect, it } from 'vitest';
import { buildSheet, buildTemplate, sheetHtml, sheetMarkdown } from '../../../engine/index.ts';

describe('the build sheet of the nurturing template', () => {
  it('reads step by step like the seed article (FR)', () => {
    const project = buildTemplate('nurturing', 'fr');
    const sheet = buildSheet(project, project.workflows[0]!, 'fr');
    const text = sheet.items;
    // Article: enrollment on the first ebook, follow-up email, 5 days, second ebook, 5 days,
    // yes / no branch; yes ends in a static list; no: a few days later, blog articles, static list.
    expect(text[0]).toContain('Automatisation > Workflows');
    expect(text[2]).toContain('Lorsque les critères de filtre sont remplis');
    expect(text[2]).toContain('TOP 10 des sujets');
    expect(text[3]).toMatch(/Envoyer un e-mail marketing.*Suivi – ebook 1/);
    expect(text[4]).toMatch(/Délais > Délai.*5 jours/);
    expect(text[5]).toMatch(/Envoyer un e-mail marketing.*Offre – ebook 2/);
    expect(text[6]).toMatch(/5 jours/);
    expect(text[7]).toMatch(/Branche si\/alors/);
    expect(text[7]).toContain('« A téléchargé l’ebook 2 » → étape 9');
    expect(text[7]).toContain('« Non » → étape 10');
    expect(text[8]).toMatch(/Ajouter à un segment statique.*ebook 2 téléchargé/);
    expect(text[9]).toMatch(/3 jours/);
    expect(text[10]).toMatch(/Sélection d’articles/);
    expect(text[11]).toMatch(/Ajouter à un segment statique.*articles envoyés/);
    expect(text.at(-1)).toContain('répondez Oui');
  });

  it('is Markdown with one checkbox per step and a printable HTML page with the text escaped', () => {
    const project = buildTemplate('nurturing', 'en');
    const sheet = buildSheet(project, project.workflows[0]!, 'en');
    const md = sheetMarkdown(sheet, 'en');
    expect(md.startsWith('# HubSpot build sheet: Nurturing')).toBe(true);
    expect(md.match(/^\d+\. \[ \] /gm)).toHaveLength(sheet.items.length);
    const hostile = { ...sheet, items: ['<script>alert(1)</script>'] };
    const html = sheetHtml(hostile, 'en');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('@page');
  });

  it('uses English typography in English: "X" and no space before a colon (it wrote « Downloaded ebook 2 » and "Then : ")', () => {
    const project = buildTemplate('nurturing', 'en');
    const items = buildSheet(project, project.workflows[0]!, 'en').items;
    expect(items.filter((i) => /[«»]| :/.test(i))).toEqual([]);
    expect(items[7]).toContain('"No" → step 10');
    expect(items.some((i) => i.includes('Then: '))).toBe(true);
  });
});

describe('names with line breaks, controls and direction overrides in the build sheet (review item 20)', () => {
  // A line break started a heading of its own, ESC and U+202E reached the file.
  const NAME = 'Wf\nline2\r\n# Injected heading \u001b[31mRED\u0007\u0000\u009b\u202eX';
  const template = buildTemplate('nurturing', 'en');
  const workflow = { ...template.workflows[0]!, name: NAME };
  const project = { ...template, workflows: [workflow], lists: template.lists.map((l, i) => (i === 0 ? { ...l, name: 'Seg\u2066ment\n- item' } : l)) };
  // Anything but the sheet's own line feeds: C0 (CR included), DEL, C1, bidi embeddings, overrides and isolates.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  it('writes each name on its line, its breaks as spaces and its controls taken out, in Markdown', () => {
    const md = sheetMarkdown(buildSheet(project, workflow, 'en'), 'en');
    const lines = md.split('\n');
    expect(lines[0]).toBe('# HubSpot build sheet: Wf line2 \\# Injected heading \\[31mREDX');
    expect(lines).toContain('2. [ ] Name it "Wf line2 \\# Injected heading \\[31mREDX".');
    expect(lines).toContain('9. [ ] Click "+" > Segments > Add to static segment: Add to segment Segment - item. Then: end of path (add nothing).');
    expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(1);
    expect(lines.filter((l) => /^\s*[-*+] /.test(l))).toEqual([]);
    expect(md).not.toMatch(CONTROL);
  });

  it('does the same in the printable HTML sheet', () => {
    const html = sheetHtml(buildSheet(project, workflow, 'fr'), 'fr');
    expect(html).toContain('<title>Fiche de construction HubSpot : Wf line2 # Injected heading [31mREDX</title>');
    expect(html).toContain('Nommez-le « Wf line2 # Injected heading [31mREDX ».');
    expect(html).not.toMatch(CONTROL);
  });

  it('escapes Markdown in the title as in the steps (the title was written raw)', () => {
    const md = sheetMarkdown({ title: 'A *bold* [link](x) <b> #', items: ['a|b ~~c~~'] }, 'en');
    expect(md.split('\n')[0]).toBe('# A \\*bold\\* \\[link\\](x) \\<b> \\#');
    expect(md).toContain('1. [ ] a\\|b \\~\\~c\\~\\~\n');
  });
});
