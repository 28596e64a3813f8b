import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en as enApp } from '../../renderer/i18n/en.ts';
import { fr as frApp } from '../../renderer/i18n/fr.ts';
import { DOCUMENTS_TEXTS } from '../../renderer/app/documents-i18n.ts';
import { HUBSPOT_TEXTS } from '../../renderer/hubspot/hubspot-i18n.ts';
import { SIM_TEXTS } from '../../renderer/simulator/i18n.ts';
import { STUDY_TEXTS } from '../../renderer/study/i18n.ts';
import { COMPARE_TEXTS } from '../../renderer/compare/i18n.ts';
import { EXPECT_TEXTS } from '../../renderer/expect/i18n.ts';

// The documents texts (renderer/app/documents-i18n.ts) and the HubSpot bridge's
// (renderer/hubspot/hubspot-i18n.ts) are registered beside the shared ones.
const en = { ...enApp, documents: DOCUMENTS_TEXTS.en, hubspot: HUBSPOT_TEXTS.en, sim: SIM_TEXTS.en, study: STUDY_TEXTS.en, compare: COMPARE_TEXTS.en, expect: EXPECT_TEXTS.en };
const fr = { ...frApp, documents: DOCUMENTS_TEXTS.fr, hubspot: HUBSPOT_TEXTS.fr, sim: SIM_TEXTS.fr, study: STUDY_TEXTS.fr, compare: COMPARE_TEXTS.fr, expect: EXPECT_TEXTS.fr };

const MINE = ['app', 'canvas', 'inspector', 'panels', 'export', 'stores', 'hubspot', 'study', 'compare'].map((d) => join('renderer', d));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(f) ? [path] : [];
  });
}

function has(resources: object, key: string): boolean {
  let node: unknown = resources;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    const record = node as Record<string, unknown>;
    node = part in record ? record[part] : (record[`${part}_one`] ?? record[`${part}_other`]);
  }
  return typeof node === 'string';
}

describe('the interface texts', () => {
  it('exist in French and English for every literal key the editor uses', () => {
    const keys = new Set<string>();
    for (const file of MINE.flatMap(files)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.-]+)'/g)) keys.add(m[1]!);
      for (const m of readFileSync(file, 'utf8').matchAll(/message: '([a-z]+\.[a-zA-Z]+)'/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(100);
    const missing = [...keys].filter((k) => !has(en, k) || !has(fr, k));
    expect(missing).toEqual([]);
  });

  it('write French with no-break spaces before high punctuation', () => {
    const text = JSON.stringify(fr);
    expect(text).not.toMatch(/ [:;?!»]/);
    expect(text).not.toMatch(/« /);
  });
});
