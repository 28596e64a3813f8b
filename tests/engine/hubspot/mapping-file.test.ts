import { describe, expect, it } from 'vitest';
import { buildTemplate, EMPTY_HUBSPOT_MAPPING, FILE_VERSION, loadProject, saveProject, withMappedId } from '../../../engine/index.ts';

const asJson = (text: string) => JSON.parse(text) as { version: number; project: Record<string, unknown> };

describe('the HubSpot mapping in the project file', () => {
  // The HubSpot section came with version 2 (version 3 moved expectation days to day numbers).
  it('is in every file since version 2', () => expect(FILE_VERSION).toBeGreaterThanOrEqual(2));

  it('opens a version 1 file (no HubSpot section) with an empty mapping, and says it migrated', () => {
    const file = asJson(saveProject(buildTemplate('nurturing', 'en')));
    const { hubspot: _none, ...project } = file.project;
    const result = loadProject(JSON.stringify({ ...file, version: 1, project }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migratedFrom).toBe(1);
    expect(result.project.hubspot).toEqual(EMPTY_HUBSPOT_MAPPING);
  });

  it('keeps the ids through save and load', () => {
    const project = { ...buildTemplate('nurturing', 'en'), hubspot: withMappedId(withMappedId(EMPTY_HUBSPOT_MAPPING, 'emails', 'email-followup', ' 1234 '), 'lists', 'list-articles', '77') };
    expect(project.hubspot.emails).toEqual({ 'email-followup': '1234' });
    const result = loadProject(saveProject(project));
    expect(result.ok && result.project.hubspot).toEqual(project.hubspot);
  });

  it('removes an entry given an empty id', () => {
    const m = withMappedId(withMappedId(EMPTY_HUBSPOT_MAPPING, 'forms', 'a', 'x'), 'forms', 'a', '  ');
    expect(m.forms).toEqual({});
  });

  it('refuses a mapping whose id is not text, naming the field in both languages', () => {
    const file = asJson(saveProject(buildTemplate('nurturing', 'en')));
    const bad = { ...file, project: { ...file.project, hubspot: { ...EMPTY_HUBSPOT_MAPPING, emails: { 'email-followup': 42 } } } };
    const result = loadProject(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.path).toBe('project.hubspot.emails.email-followup');
    expect(result.errors[0]!.message.en).toContain('text');
    expect(result.errors[0]!.message.fr).toContain('du texte');
  });
});
