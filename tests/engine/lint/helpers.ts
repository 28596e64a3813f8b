import { lintProject, type Finding, type LintOptions, type LintRuleId } from '../../../engine/lint/index.ts';
import type { Project } from '../../../engine/model/index.ts';

export function findingsOf(rule: LintRuleId, project: Project, options?: LintOptions): readonly Finding[] {
  return lintProject(project, options).filter((f) => f.rule === rule);
}

/** Messages must be real sentences in both languages, not placeholders or copies of each other. */
export function expectBilingual(f: Finding): void {
  expect(f.message.fr.length).toBeGreaterThan(20);
  expect(f.message.en.length).toBeGreaterThan(20);
  expect(f.message.fr).not.toBe(f.message.en);
  expect(f.message.fr).toMatch(/[.!]$/);
  expect(f.message.en).toMatch(/[.!]$/);
}
