import type { Lang, Project } from '../model/index.ts';
import { birthday } from './birthday.ts';
import { cleanup } from './cleanup.ts';
import { lifecycle } from './lifecycle.ts';
import { nurturing } from './nurturing.ts';
import type { TemplateDefinition, TemplateId, TemplateInfo } from './types.ts';
import { webinar } from './webinar.ts';
import { templateTests } from './expectations.ts';

export { TEMPLATE_IDS, type TemplateId, type TemplateInfo } from './types.ts';

/** The seed article's three examples, then one of each date-centred workflow type. */
const DEFINITIONS: readonly TemplateDefinition[] = [nurturing, lifecycle, cleanup, webinar, birthday];

export const TEMPLATES: readonly TemplateInfo[] = DEFINITIONS.map((d) => d.info);

export function isTemplateId(value: string): value is TemplateId {
  return DEFINITIONS.some((d) => d.info.id === value);
}

/** A fresh, self-contained project for the template, its texts in the given language. */
export function buildTemplate(id: TemplateId, lang: Lang): Project {
  const definition = DEFINITIONS.find((d) => d.info.id === id);
  if (!definition) throw new Error(`Unknown template: ${String(id)}`);
  return { ...definition.build(lang), tests: templateTests(id) };
}
