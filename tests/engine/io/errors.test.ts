import { describe, expect, it } from 'vitest';
import { FILE_VERSION, MAX_PROJECT_BYTES, loadProject, parseProject, saveProject } from '../../../engine/io/index.ts';
import { richProject } from './fixtures/rich-project.ts';
import { asJson, errorsOf } from './helpers.ts';

const valid = () => saveProject(richProject());
const loadJson = (value: unknown) => loadProject(JSON.stringify(value));

describe('loadProject refuses broken text with a clear message', () => {
  it('reports a truncated file with its line and column, in French and English', () => {
    const text = valid();
    const cut = text.slice(0, 1000);
    const [error] = errorsOf(loadProject(cut));
    const lines = cut.split('\n');
    const where = { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
    expect(error!.message.en).toContain(`line ${where.line}, column ${where.column}`);
    expect(error!.message.fr).toContain(`ligne ${where.line}, colonne ${where.column}`);
    expect(error!.message.en).toMatch(/truncated/);
    expect(error!.message.fr).toMatch(/tronqué/);
  });

  it('points at a stray character with its line and column', () => {
    const [error] = errorsOf(loadProject('{\n  "format": "flowbench-project",\n  "version": 1,,\n}'));
    expect(error!.message.en).toContain('line 3, column 16');
    expect(error!.message.fr).toContain('ligne 3, colonne 16');
  });

  it('says an empty string holds no project', () => {
    for (const text of ['', '   \n ']) {
      const [error] = errorsOf(loadProject(text));
      expect(error!.path).toBe('');
      expect(error!.message.en).toMatch(/empty/);
      expect(error!.message.fr).toMatch(/vide/);
    }
  });

  it('says binary junk is not valid JSON', () => {
    const junk = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe);
    const [error] = errorsOf(loadProject(junk));
    expect(error!.message.en).toMatch(/not valid JSON/);
    expect(error!.message.fr).toMatch(/pas du JSON valide/);
  });

  it('refuses 100,000 nested arrays without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const [error] = errorsOf(loadProject(deep));
    expect(error!.message.en).toMatch(/nested more than \d+ levels/);
    expect(error!.message.fr).toMatch(/imbriqué sur plus de \d+ niveaux/);
  });

  it('refuses a deeply nested value handed to parseProject', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    const [error] = errorsOf(parseProject(value));
    expect(error!.message.en).toMatch(/nested/);
  });

  it('refuses a 50 MB file quickly, without parsing it', () => {
    const huge = `{"format":"flowbench-project","padding":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    expect(huge.length).toBeGreaterThan(MAX_PROJECT_BYTES);
    const started = performance.now();
    const [error] = errorsOf(loadProject(huge));
    expect(performance.now() - started).toBeLessThan(50);
    expect(error!.message.en).toMatch(/File too large/);
    expect(error!.message.fr).toMatch(/Fichier trop volumineux/);
  });
});

describe('loadProject checks the envelope', () => {
  it('refuses a root that is not an object', () => {
    for (const root of [[], 42, 'text', null, true]) {
      const [error] = errorsOf(loadJson(root));
      expect(error!.path).toBe('');
      expect(error!.message.en).toMatch(/^This file is not a Flowbench project/);
      expect(error!.message.fr).toMatch(/^Ce fichier n’est pas un projet Flowbench/);
    }
  });

  it('refuses a missing or wrong format, naming the field', () => {
    const file = asJson(valid());
    for (const format of [undefined, 'excalidraw', 1]) {
      const [error] = errorsOf(loadJson({ ...file, format }));
      expect(error!.path).toBe('format');
      expect(error!.message.en).toContain('not a Flowbench project');
      expect(error!.message.fr).toContain('pas un projet Flowbench');
      // What it means to a marketer, not which JSON field holds what value.
      expect(error!.message.fr).not.toMatch(/champ|format|flowbench-project/);
      expect(error!.message.en).not.toMatch(/field|format|flowbench-project/);
    }
  });

  it('refuses a file from a newer Flowbench, saying which version', () => {
    const [error] = errorsOf(loadJson({ ...asJson(valid()), version: 7 }));
    expect(error!.path).toBe('version');
    expect(error!.message.en).toContain(`made by a newer Flowbench (version 7); this one reads up to ${FILE_VERSION}`);
    expect(error!.message.fr).toContain('Flowbench plus récent (version 7)');
  });

  it('refuses a version that is not a whole number', () => {
    for (const version of ['1', 1.5, -1, undefined]) expect(errorsOf(loadJson({ ...asJson(valid()), version }))[0]!.path).toBe('version');
  });

  it('never touches the caller’s value when it fails', () => {
    const file = asJson(valid());
    const before = JSON.stringify(file);
    file.project.workflows[0]!.start = 'nowhere';
    const snapshot = JSON.stringify(file);
    errorsOf(parseProject(file));
    expect(JSON.stringify(file)).toBe(snapshot);
    expect(snapshot).not.toBe(before);
  });
});

describe('messages for unions and odd input', () => {
  it('lists the plain types a union field accepts', () => {
    const f = asJson(valid());
    const steps = f.project.workflows[0]!.steps as Record<string, unknown>[];
    const index = steps.findIndex((s) => s.kind === 'set-property');
    steps[index]!.value = { nested: true };
    const [error] = errorsOf(loadJson(f));
    expect(error!.path).toBe(`project.workflows[0].steps[${index}].value`);
    expect(error!.message.en).toBe('The field "value" must be text, a number, true or false, or null.');
  });

  it('refuses something that is not text instead of throwing', () => {
    expect(errorsOf(loadProject(42 as unknown as string))[0]!.message.en).toMatch(/must be text/);
  });
});
