// French elides "de" before a name starting with a vowel: "Suivi d’Emma", not "Suivi de Emma"
// (a user review). The names come from the contacts and the sandbox: any of them may.
import { describe, expect, it } from 'vitest';
import { registerExpectTexts } from '../../renderer/expect/i18n.ts';
import { createI18n } from '../../renderer/i18n/index.ts';
import { registerProgrammeTexts } from '../../renderer/programme/i18n.ts';
import { registerSandboxTexts } from '../../renderer/sandbox/i18n.ts';
import { registerSimTexts } from '../../renderer/simulator/i18n.ts';

function textsIn(lang: 'fr' | 'en') {
  const i18n = createI18n(lang);
  registerProgrammeTexts(i18n);
  registerSandboxTexts(i18n);
  registerSimTexts(i18n);
  registerExpectTexts(i18n);
  return (name: string) => [
    i18n.t('programme.following', { name }),
    i18n.t('sandbox.openContact', { name }),
    i18n.t('sim.journey', { id: name }),
    i18n.t('expect.openJourney', { name }),
  ];
}

describe('a contact named in a French sentence', () => {
  it('elides "de" before a vowel, accented or not: d’Emma, d’Élodie, d’alice@example.com', () => {
    const t = textsIn('fr');
    expect(t('Emma Martin')).toEqual([
      'Suivi d’Emma Martin',
      'Ouvrir la fiche d’Emma Martin',
      'Parcours d’Emma Martin',
      'Ouvrir le parcours d’Emma Martin dans Simuler (pourquoi ici\u00a0?)',
    ]);
    expect(t('Élodie')[0]).toBe('Suivi d’Élodie');
    expect(t('alice@example.com')[1]).toBe('Ouvrir la fiche d’alice@example.com');
  });

  it('keeps "de" before a consonant and before an h: de Hugo, de lead1@example.com', () => {
    const t = textsIn('fr');
    expect(t('Hugo Chevalier')).toEqual([
      'Suivi de Hugo Chevalier',
      'Ouvrir la fiche de Hugo Chevalier',
      'Parcours de Hugo Chevalier',
      'Ouvrir le parcours de Hugo Chevalier dans Simuler (pourquoi ici\u00a0?)',
    ]);
    expect(t('lead1@example.com')[1]).toBe('Ouvrir la fiche de lead1@example.com');
  });

  it('leaves English as it was', () => {
    expect(textsIn('en')('Emma Martin')).toEqual(['Following Emma Martin', 'Open the details of Emma Martin', expect.stringContaining('Emma Martin'), expect.stringContaining('Emma Martin')]);
  });
});
