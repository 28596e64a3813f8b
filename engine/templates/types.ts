import type { Lang, Localized, Project, WorkflowType } from '../model/index.ts';

export const TEMPLATE_IDS = ['nurturing', 'lifecycle', 'cleanup', 'webinar', 'birthday'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateInfo {
  readonly id: TemplateId;
  readonly name: Localized;
  readonly description: Localized;
  readonly workflowTypes: readonly WorkflowType[];
}

/** One template: what the picker shows, and how to build its project in a language. */
export interface TemplateDefinition {
  readonly info: TemplateInfo;
  readonly build: (lang: Lang) => Project;
}
