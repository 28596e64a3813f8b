import { describe, expect, it } from 'vitest';
import { checkProjectIntegrity, projectSchema } from '../../../engine/schema/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { LANGS } from '../../../engine/model/index.ts';

describe.each(TEMPLATE_IDS)('template %s against the project schema', (id) => {
  it.each(LANGS)('is a valid project in %s', (lang) => {
    const project = buildTemplate(id, lang);
    const parsed = projectSchema.safeParse(project);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(checkProjectIntegrity(project)).toEqual([]);
  });
});
