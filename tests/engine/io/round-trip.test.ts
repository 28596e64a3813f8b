import { describe, expect, it } from 'vitest';
import { FILE_FORMAT, FILE_VERSION, loadProject, saveProject } from '../../../engine/io/index.ts';
import { OPERATORS_BY_TYPE, STEP_KINDS, type Project } from '../../../engine/model/index.ts';
import { EVERY_FILTER, richProject } from './fixtures/rich-project.ts';

function load(text: string): Project {
  const result = loadProject(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.project;
}

describe('the rich fixture', () => {
  const project = richProject();
  const steps = project.workflows.flatMap((w) => w.steps);

  it('holds every step kind, delay mode, wait event and filter kind', () => {
    expect(new Set(steps.map((s) => s.kind))).toEqual(new Set(STEP_KINDS));
    const modes = new Set(steps.flatMap((s) => (s.kind === 'delay' ? [s.delay.mode] : [])));
    expect(modes).toEqual(new Set(['duration', 'until-date', 'until-date-property', 'until-weekday', 'until-time', 'relative-to-anchor']));
    const events = new Set(steps.flatMap((s) => (s.kind === 'delay-until-event' ? [s.event.kind] : [])));
    expect(events).toEqual(new Set(['email-opened', 'email-clicked', 'form-submitted', 'page-viewed', 'criteria-met']));
    expect(new Set(EVERY_FILTER.map((f) => f.kind))).toEqual(new Set(['property', 'list', 'form', 'email', 'page-view']));
    const types = new Set(EVERY_FILTER.flatMap((f) => (f.kind === 'property' ? [f.type] : [])));
    expect(types).toEqual(new Set(Object.keys(OPERATORS_BY_TYPE)));
    expect(new Set(project.workflows.map((w) => w.timing.type))).toEqual(new Set(['contact', 'fixed-date', 'date-property']));
  });
});

describe('saveProject then loadProject', () => {
  it('gives back a deep-equal project', () => {
    const project = richProject();
    expect(load(saveProject(project))).toEqual(project);
  });

  it('writes the same bytes again after a load (byte-stable)', () => {
    const text = saveProject(richProject());
    expect(saveProject(load(text))).toBe(text);
  });

  it('writes the envelope first, in canonical order, with 2-space indent and a final newline', () => {
    const text = saveProject(richProject());
    expect(text.startsWith(`{\n  "format": "${FILE_FORMAT}",\n  "version": ${FILE_VERSION},\n  "app": {\n    "name": "Flowbench",`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('sorts object keys at every level, whatever order the project was built in', () => {
    const project = richProject();
    const shuffled = JSON.parse(JSON.stringify(project), function (this: unknown, _key, value: unknown) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).reverse());
    }) as Project;
    expect(Object.keys(shuffled)[0]).not.toBe(Object.keys(project)[0]);
    expect(saveProject(shuffled)).toBe(saveProject(project));
    const firstStep = JSON.parse(saveProject(project)).project.workflows[0].steps[0];
    expect(Object.keys(firstStep)).toEqual([...Object.keys(firstStep)].sort());
  });

  it('keeps the contacts by default and drops them with includeContacts: false', () => {
    const project = richProject();
    expect(load(saveProject(project)).contacts).toHaveLength(2);
    const without = load(saveProject(project, { includeContacts: false }));
    expect(without.contacts).toBeUndefined();
    expect('contacts' in without).toBe(false);
    const { contacts: _dropped, ...rest } = project;
    expect(without).toEqual(rest);
  });

  it('loads a file without contacts and writes none back', () => {
    const { contacts: _dropped, ...noContacts } = richProject();
    const text = saveProject(noContacts);
    expect(text).not.toContain('"contacts"');
    expect(saveProject(load(text))).toBe(text);
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(load(`\uFEFF${saveProject(richProject())}`)).toEqual(richProject());
  });
});
