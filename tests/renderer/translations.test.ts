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
import { SANDBOX_TEXTS } from '../../renderer/sandbox/i18n.ts';
import { SCORING_TEXTS } from '../../renderer/scoring/i18n.ts';
import { PROGRAMME_TEXTS } from '../../renderer/programme/i18n.ts';
import { DESKTOP_TEXTS } from '../../renderer/platform/texts.ts';
import { DIAGRAM_TEXTS } from '../../renderer/canvas/i18n.ts';

// Each room's texts are registered beside the shared ones under its own name (documents-i18n.ts,
// hubspot-i18n.ts, simulator/i18n.ts...): the same tree the app's i18next holds once all are in.
const BUNDLES = {
  documents: DOCUMENTS_TEXTS,
  hubspot: HUBSPOT_TEXTS,
  sim: SIM_TEXTS,
  study: STUDY_TEXTS,
  compare: COMPARE_TEXTS,
  expect: EXPECT_TEXTS,
  sandbox: SANDBOX_TEXTS,
  scoring: SCORING_TEXTS,
  programme: PROGRAMME_TEXTS,
  desktop: DESKTOP_TEXTS,
  diagram: DIAGRAM_TEXTS,
};
const tree = (lang: 'en' | 'fr') => ({ ...(lang === 'en' ? enApp : frApp), ...Object.fromEntries(Object.entries(BUNDLES).map(([name, texts]) => [name, texts[lang]])) });
const en = tree('en');
const fr = tree('fr');

// Every room of the app.
const MINE = readdirSync('renderer', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join('renderer', d.name));

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

  it('write a plural as its plural forms (_one / _other), never "problème(s)"', () => {
    for (const text of [JSON.stringify(en), JSON.stringify(fr)]) expect(text).not.toMatch(/\p{L}\((?:s|e|es|x)\)/u);
  });

  it('elide "de" and "que" before a name or user text in French ({{name, de}}: "Suivi d’Emma")', () => {
    // Numbers and dates never elide ("de 8 contacts", "le 11 mars"): every other value may start with a vowel.
    const NUMBERS = new Set(['n', 'count', 'amount', 'date', 'day', 'seconds', 'max', 'lo', 'hi', 'total', 'done', 'seed', 'coverage']);
    const bare = [...JSON.stringify(fr).matchAll(/\b(?:de|que) \{\{(\w+)(?:, *number)?\}\}/g)].map((m) => m[0]).filter((m) => !NUMBERS.has(m.replace(/.*\{\{(\w+).*/, '$1')));
    expect(bare).toEqual([]);
  });
});
