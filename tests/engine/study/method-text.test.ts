import { describe, expect, it } from 'vitest';
import { methodText } from '../../../engine/study/index.ts';

/** The interval rule in words: what a study's range means for its count of runs (interval.ts). */
describe('the interval rule in words', () => {
  it('gives one run no interval, and no "1 replications"', () => {
    expect(methodText(1, 'en')).toBe('One run: no interval (it takes at least 2 runs, and 19 for a 90% interval).');
    expect(methodText(1, 'fr')).toBe('Un seul tirage\u00a0: pas d’intervalle (il faut au moins 2 tirages, et 19 pour un intervalle à 90\u00a0%).');
  });

  it('says what the range of a few runs covers, not "90 %"', () => {
    // R = 5: min to max holds a further run with probability (R - 1) / (R + 1) = 4 / 6.
    expect(methodText(5, 'en')).toBe('Mean of the 5 runs, and their smallest and largest value: a further run falls within them with probability 66.7% only (it takes 19 runs for 90%).');
    expect(methodText(18, 'fr')).toContain('89,5\u00a0% seulement');
  });

  it('names the 90 % interval from 19 runs on, with its rank and exact coverage', () => {
    // R = 19: k = max(1, floor(0.05 x 20)) = 1, coverage 18 / 20; R = 40: k = 2, coverage 37 / 41.
    // k = 1 is the smallest and largest value, said so: "the 1st smallest" / "la 1re plus petite" read oddly.
    expect(methodText(19, 'en')).toBe('Mean of the 19 runs and 90% interval: from the smallest to the largest value, which holds a further run with probability 90%.');
    expect(methodText(20, 'fr')).toBe('Moyenne des 20 tirages et intervalle à 90\u00a0%\u00a0: de la plus petite à la plus grande valeur, où tombe un nouveau tirage avec une probabilité de 90,5\u00a0%.');
    expect(methodText(40, 'fr')).toContain('de la 2e plus petite à la 2e plus grande valeur');
    expect(methodText(40, 'fr')).toContain('90,2\u00a0%');
  });

  it('calls the runs by one word, as the sentence and the app’s Runs field do (it said "20 réplications" then "un nouveau tirage")', () => {
    expect(methodText(20, 'fr')).toMatch(/^Moyenne des 20 tirages et intervalle à 90\u00a0%/);
    expect(methodText(20, 'fr')).not.toContain('réplication');
    expect(methodText(20, 'en')).not.toContain('replication');
  });
});
