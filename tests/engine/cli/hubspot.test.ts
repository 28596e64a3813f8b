import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, EMPTY_HUBSPOT_MAPPING, exportFlowSchema, loadProject, saveProject } from '../../../engine/index.ts';
import { fullMapping } from '../hubspot/helpers.ts';
import { cli, testFolder } from './capture.ts';

function setup(mapped: boolean) {
  const t = testFolder();
  const project = buildTemplate('nurturing', 'en');
  writeFileSync(join(t.dir, 'p.json'), saveProject({ ...project, hubspot: mapped ? fullMapping(project) : EMPTY_HUBSPOT_MAPPING }));
  return t.dir;
}

describe('flowbench hubspot', () => {
  it('check: exit 1 with the list of unmapped ids when ids are missing', async () => {
    const dir = setup(false);
    const r = await cli(['hubspot', 'check', 'p.json'], dir);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter((l) => l.startsWith('blocking'))).toHaveLength(7);
    expect(r.out).toContain('7 blocking problems.');
  });

  it('export: exit 1 and no body while blocking problems remain, in French with --lang fr', async () => {
    const dir = setup(false);
    const r = await cli(['hubspot', 'export', 'p.json', '--out', 'flow.json', '--lang', 'fr'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Export impossible');
    expect(() => readFileSync(join(dir, 'flow.json'))).toThrow();
  });

  it('export writes a schema-valid body and the build sheet; import reads it back into a project file', async () => {
    const dir = setup(true);
    const r = await cli(['hubspot', 'export', 'p.json', '--workflow', 'wf-nurturing', '--out', 'flow.json', '--sheet', 'sheet.md'], dir);
    expect(r.code).toBe(0);
    const body = JSON.parse(readFileSync(join(dir, 'flow.json'), 'utf8'));
    expect(exportFlowSchema.safeParse(body).success).toBe(true);
    expect(readFileSync(join(dir, 'sheet.md'), 'utf8')).toContain('Send marketing email');
    const back = await cli(['hubspot', 'import', 'flow.json', 'out.flowbench.json'], dir);
    expect(back.code).toBe(0);
    const loaded = loadProject(readFileSync(join(dir, 'out.flowbench.json'), 'utf8'));
    expect(loaded.ok && loaded.project.workflows[0]!.steps).toHaveLength(9);
    expect(loaded.ok && Object.values(loaded.project.hubspot!.emails).sort()).toEqual(['1001', '1002', '1003']);
    // Into a new project every email is created, named after its HubSpot id, and said so.
    expect(back.out).toContain('3 emails created: HubSpot email 1001, HubSpot email 1002, HubSpot email 1003');
    // In French the created resources are named in French.
    const fr = await cli(['hubspot', 'import', 'flow.json', 'fr.flowbench.json', '--lang', 'fr'], dir);
    expect(fr.out).toContain('1 workflow importé dans fr.flowbench.json.');
    expect(fr.out).toContain('3 e-mails créés\u00a0: E-mail HubSpot 1001, E-mail HubSpot 1002, E-mail HubSpot 1003');
    const frProject = loadProject(readFileSync(join(dir, 'fr.flowbench.json'), 'utf8'));
    expect(frProject.ok && frProject.project.emails.map((e) => e.name).sort()).toEqual(['E-mail HubSpot 1001', 'E-mail HubSpot 1002', 'E-mail HubSpot 1003']);
  });

  it('check prints an inferred field’s technical detail under its plain words', async () => {
    const r = await cli(['hubspot', 'check', 'p.json'], setup(true));
    const lines = r.out.split('\n');
    const at = lines.findIndex((l) => l.includes('Check in HubSpot once the workflow is created'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toMatch(/^ {2}Format inferred, not confirmed by the documentation: /);
  });

  it('import: a broken file gets the JSON path, exit 2, and terminal escapes are not printed raw', async () => {
    const dir = setup(true);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ type: 'CONTACT_FLOW', objectTypeId: '0-1', actions: [{ type: 'SINGLE_CONNECTION', actionId: 1 }] }));
    const r = await cli(['hubspot', 'import', 'bad.json', 'o.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('actions[0].actionId');
    writeFileSync(join(dir, 'evil.json'), JSON.stringify({ type: 'CONTACT_FLOW', objectTypeId: '0-1', name: 'x\u001b[31mred', actions: [{ type: 'SINGLE_CONNECTION', actionId: '1', actionTypeId: '0-99', actionTypeVersion: 0, fields: {} }] }));
    const e = await cli(['hubspot', 'import', 'evil.json', 'o.json'], dir);
    expect(e.code).toBe(0);
    expect(e.out + e.err).not.toContain('\u001b');
  });
});

describe('hubspot export writes the body and the sheet both or neither', () => {
  it.each(['fr', 'en'] as const)('the body’s folder does not exist: exit 2, and the sheet is not written either (%s)', async (lang) => {
    const dir = setup(true);
    const r = await cli(['hubspot', 'export', 'p.json', '--out', 'missing/flow.json', '--sheet', 'sheet.md', '--lang', lang], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(lang === 'fr' ? 'Impossible d’écrire missing/flow.json\u00a0: fichier ou dossier introuvable.' : 'Cannot write missing/flow.json: no such file or directory.');
    expect(r.err).toContain(lang === 'fr' ? 'Aucun fichier écrit (missing/flow.json, sheet.md inchangés).' : 'No file written (missing/flow.json, sheet.md unchanged).');
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it('the sheet’s path is a folder: an existing body keeps its bytes', async () => {
    const dir = setup(true);
    writeFileSync(join(dir, 'flow.json'), 'previous export\n');
    mkdirSync(join(dir, 'sheet.md'));
    const r = await cli(['hubspot', 'export', 'p.json', '--out', 'flow.json', '--sheet', 'sheet.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Cannot write sheet.md: it is a directory.');
    expect(readFileSync(join(dir, 'flow.json'), 'utf8')).toBe('previous export\n');
    expect(readdirSync(dir).sort()).toEqual(['flow.json', 'p.json', 'sheet.md']);
    expect(readdirSync(join(dir, 'sheet.md'))).toEqual([]);
  });

  it.each(['fr', 'en'] as const)('one file for --out and --sheet is refused before anything is written (%s)', async (lang) => {
    const dir = setup(true);
    const r = await cli(['hubspot', 'export', 'p.json', '--out', 'same.txt', '--sheet', './same.txt', '--lang', lang], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      lang === 'fr'
        ? './same.txt est demandé pour deux sorties (--out same.txt, --sheet ./same.txt)\u00a0: donnez deux fichiers différents (rien n’a été écrit).\n'
        : './same.txt is asked for two outputs (--out same.txt, --sheet ./same.txt): give two different files (nothing was written).\n',
    );
    expect(r.out).toBe('');
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it('blocking problems: the sheet (which needs no HubSpot id) is written and the message says it is the only file', async () => {
    const dir = setup(false);
    const r = await cli(['hubspot', 'export', 'p.json', '--out', 'flow.json', '--sheet', 'sheet.md'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Cannot export while the blocking problems above remain (only the sheet sheet.md was written).');
    expect(readdirSync(dir).sort()).toEqual(['p.json', 'sheet.md']);
  });
});
