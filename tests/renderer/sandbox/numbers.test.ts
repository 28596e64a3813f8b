import { describe, expect, it } from 'vitest';
import { allProperties, type PropertyDefinition } from '../../../engine/model/index.ts';
import { createI18n } from '../../../renderer/i18n/index.ts';
import { registerSandboxTexts } from '../../../renderer/sandbox/i18n.ts';
import { displayValue } from '../../../renderer/sandbox/view.ts';

const score = allProperties([]).find((p) => p.name === 'hubspotscore') as PropertyDefinition;

describe('numbers in the contacts table and the import dialog', () => {
  it('shows a number property in the user’s format: "12,5" and "1 500" in French', () => {
    expect(score.type).toBe('number');
    expect(displayValue(score, 12.5, 'fr')).toBe('12,5');
    // French groups thousands with a narrow no-break space (U+202F), as Intl writes it.
    expect(displayValue(score, 1500, 'fr')).toBe('1\u202f500');
    expect(displayValue(score, 1500, 'en')).toBe('1,500');
    expect(displayValue(score, -0.25, 'en')).toBe('-0.25');
  });

  it('writes the import button’s counts in the user’s format, singular for one', () => {
    const fr = createI18n('fr');
    registerSandboxTexts(fr);
    expect(fr.t('sandbox.csv.importValid', { count: 66288, bad: 66 })).toBe('Importer 66\u202f288 lignes valides, ignorer 66');
    expect(fr.t('sandbox.csv.importValid', { count: 1, bad: 2 })).toBe('Importer 1 ligne valide, ignorer 2');
    const en = createI18n('en');
    registerSandboxTexts(en);
    expect(en.t('sandbox.csv.importAll', { count: 1 })).toBe('Import 1 contact');
    expect(en.t('sandbox.csv.done', { count: 1200 })).toBe('1,200 contacts imported');
  });
});
