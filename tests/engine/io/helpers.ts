import { expect } from 'vitest';
import type { LoadIssue, LoadResult } from '../../../engine/io/index.ts';

/** The errors of a failed load; fails the test if the load succeeded. */
export function errorsOf(result: LoadResult): readonly LoadIssue[] {
  if (result.ok) throw new Error('expected the load to fail, but it succeeded');
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) expectBilingual(e);
  return result.errors;
}

/** A message in real French and real English: both present and not the same text. */
export function expectBilingual(issue: LoadIssue): void {
  expect(issue.message.fr.trim().length).toBeGreaterThan(10);
  expect(issue.message.en.trim().length).toBeGreaterThan(10);
  expect(issue.message.fr).not.toBe(issue.message.en);
}

/** The saved file as a plain object, to corrupt in a test. */
export function asJson(text: string): Record<string, unknown> & { project: Record<string, unknown> & { workflows: Record<string, unknown>[] } } {
  return JSON.parse(text);
}
