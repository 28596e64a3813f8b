import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProject, parseProject, saveProject, type LoadResult } from '../../../engine/io/index.ts';
import { richProject } from './fixtures/rich-project.ts';

const valid = saveProject(richProject());

/** Either a project or bilingual errors with string paths: the only two shapes a load may return. */
function expectWellFormed(result: LoadResult): void {
  if (result.ok) {
    expect(typeof result.project.id).toBe('string');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(20);
  for (const e of result.errors) {
    expect(typeof e.path).toBe('string');
    expect(e.message.fr.length).toBeGreaterThan(0);
    expect(e.message.en.length).toBeGreaterThan(0);
  }
}

/** Every place in a JSON tree, as a list of keys from the root. */
function allPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => allPaths((value as Record<string | number, unknown>)[k], [...at, k]))];
}

const validTree = JSON.parse(valid) as unknown;
const paths = allPaths(validTree).filter((p) => p.length > 0);

/** A copy of the valid file with the value at `path` replaced, or removed when `replacement` is undefined. */
function mutate(path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(validTree) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

describe('no exception escapes the loader', () => {
  it('for random JSON values, as text and as values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseProject(value));
        expectWellFormed(loadProject(JSON.stringify(value) ?? ''));
      }),
      { numRuns: 300 },
    );
  });

  it('for random envelopes around random projects', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: -2, max: 3 }), (project, version) => {
        expectWellFormed(parseProject({ format: 'flowbench-project', version, app: { name: 'Flowbench', version: '0' }, project }));
      }),
      { numRuns: 200 },
    );
  });

  it('for random replacements and deletions inside a valid file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }), (path, replacement) => {
        const result = loadProject(JSON.stringify(mutate(path, replacement)));
        expectWellFormed(result);
      }),
      { numRuns: 300 },
    );
  });

  it('for random cuts and stray characters in the text of a valid file', () => {
    fc.assert(
      fc.property(fc.nat({ max: valid.length }), fc.string({ maxLength: 3 }), fc.boolean(), (at, junk, cut) => {
        const text = cut ? valid.slice(0, at) : valid.slice(0, at) + junk + valid.slice(at);
        expectWellFormed(loadProject(text));
      }),
      { numRuns: 300 },
    );
  });

  it('for objects that parseProject cannot walk as JSON', () => {
    const cyclic: Record<string, unknown> = { format: 'flowbench-project', version: 1 };
    cyclic.project = cyclic;
    const hostile = { format: 'flowbench-project', version: 1, get project() { throw new Error('boom'); } };
    for (const value of [cyclic, hostile, () => 1, Symbol('x'), 10n, undefined]) expectWellFormed(parseProject(value));
  });
});
