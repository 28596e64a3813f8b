import { describe, expect, it } from 'vitest';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { LANGS } from '../../../engine/model/index.ts';

describe.each(TEMPLATE_IDS)('template %s as a project file', (id) => {
  it.each(LANGS)('round-trips through saveProject and loadProject in %s', (lang) => {
    const project = buildTemplate(id, lang);
    const text = saveProject(project);
    const loaded = loadProject(text);
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.project).toEqual(project);
    expect(saveProject(loaded.project)).toBe(text);
  });
});
