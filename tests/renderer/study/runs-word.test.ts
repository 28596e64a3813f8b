import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { COMPARE_TEXTS, registerCompareTexts } from '../../../renderer/compare/i18n.ts';
import { registerStudyTexts, STUDY_TEXTS } from '../../../renderer/study/i18n.ts';

/**
 * Simulate's study and comparison texts call a run one thing ("tirage" / "run") and its interval
 * one thing ("intervalle" / "interval"): the panel said "Tirages (réplications)", "chaque chiffre
 * avec son intervalle" beside "la fourchette où il aurait aussi bien pu tomber", and "0 tirages".
 */

const strings = (o: object): string[] => Object.values(o).filter((v): v is string => typeof v === 'string');

async function t(lang: 'fr' | 'en') {
  const i18n = createInstance();
  await i18n.init({ lng: lang, resources: {}, interpolation: { escapeValue: false } });
  registerStudyTexts(i18n);
  registerCompareTexts(i18n);
  return i18n.t.bind(i18n);
}

describe('a study’s words', () => {
  it('name runs and intervals with one word each, FR and EN', () => {
    for (const texts of [STUDY_TEXTS, COMPARE_TEXTS]) {
      expect(strings(texts.fr).filter((s) => /réplication|fourchette/i.test(s))).toEqual([]);
      expect(strings(texts.en).filter((s) => /replication|\brange\b/i.test(s))).toEqual([]);
    }
    expect(STUDY_TEXTS.fr.replications).toBe('Tirages');
    expect(STUDY_TEXTS.en.replications).toBe('Runs');
    expect(STUDY_TEXTS.fr.replicationsHelp).toContain('chaque chiffre avec son intervalle');
  });

  it('count the progress so that no "0 tirages" is written: "0 sur 100 tirages"', async () => {
    const fr = await t('fr');
    expect(fr('study.progress', { done: 0, total: 100 })).toBe('Étude\u00a0: 0 sur 100 tirages');
    expect(fr('compare.progress', { done: 1, total: 20 })).toBe('Comparaison\u00a0: 1 sur 20 tirages');
    const en = await t('en');
    expect(en('study.progress', { done: 0, total: 100 })).toBe('Study: 0 of 100 runs');
  });

  it('say the comparison shares chance, not "les mêmes tirages" (a tirage is a run)', () => {
    expect(COMPARE_TEXTS.fr.help).toContain('avec le même hasard partout où leurs étapes coïncident');
    expect(COMPARE_TEXTS.fr.help).not.toContain('tirages');
  });
});
