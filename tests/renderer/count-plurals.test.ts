// A count agrees with its noun: "1 contact supprimé", not "1 contacts supprimés". French keeps
// the singular for 0 and 1 ("0 contact"), English for 1 alone.
import { describe, expect, it } from 'vitest';
import { registerExpectTexts } from '../../renderer/expect/i18n.ts';
import { createI18n } from '../../renderer/i18n/index.ts';
import { registerSandboxTexts } from '../../renderer/sandbox/i18n.ts';
import { registerSimTexts } from '../../renderer/simulator/i18n.ts';

function tIn(lang: 'fr' | 'en') {
  const i18n = createI18n(lang);
  registerSandboxTexts(i18n);
  registerSimTexts(i18n);
  registerExpectTexts(i18n);
  return i18n.t.bind(i18n);
}

describe('counts of contacts in the sandbox, Simulate and the expectations', () => {
  it('say one contact in the singular in French, zero too', () => {
    const t = tIn('fr');
    expect(t('sandbox.deleted', { count: 1 })).toBe('1 contact supprimé');
    expect(t('sandbox.deleted', { count: 0 })).toBe('0 contact supprimé');
    expect(t('sandbox.deleted', { count: 3 })).toBe('3 contacts supprimés');
    expect(t('sandbox.confirmDelete', { count: 1 })).toBe('Supprimer 1 contact\u00a0?');
    expect(t('sandbox.generated', { count: 1 })).toBe('1 contact généré');
    expect(t('sandbox.bundled', { count: 1 })).toBe('Ce projet contient 1 contact.');
    expect(t('sim.sandboxOption', { name: 'Essai', count: 1 })).toBe('Essai (1 contact)');
    expect(t('expect.moreOffenders', { count: 1 })).toBe('… et 1 autre');
    expect(t('sandbox.confirmDeleteSandbox', { name: 'Essai', count: 1 })).toBe('Supprimer le bac à sable «\u00a0Essai\u00a0» et son contact\u00a0?');
    expect(t('sandbox.confirmDeleteSandbox', { name: 'Essai', count: 0 })).toBe('Supprimer le bac à sable vide «\u00a0Essai\u00a0»\u00a0?');
    expect(t('sandbox.confirmDeleteMembers', { name: 'Nettoyage', count: 1 })).toMatch(/^Supprimer le contact de «\u00a0Nettoyage\u00a0»\u00a0\?/);
    expect(t('sandbox.confirmDeleteMembers', { name: 'Nettoyage', count: 0 })).toMatch(/^Aucun contact de ce bac à sable n’est dans «\u00a0Nettoyage\u00a0»/);
    expect(t('sandbox.confirmDeleteMembers', { name: 'Nettoyage', count: 2 })).toMatch(/^Supprimer les 2 contacts de «\u00a0Nettoyage\u00a0»\u00a0\?/);
  });

  it('say one contact in the singular in English, zero in the plural', () => {
    const t = tIn('en');
    expect(t('sandbox.deleted', { count: 1 })).toBe('1 contact deleted');
    expect(t('sandbox.deleted', { count: 0 })).toBe('0 contacts deleted');
    expect(t('sandbox.confirmDelete', { count: 1 })).toBe('Delete 1 contact?');
    expect(t('sandbox.generated', { count: 1 })).toBe('1 contact generated');
    expect(t('sandbox.bundled', { count: 1 })).toBe('This project carries 1 contact.');
    expect(t('sim.sandboxOption', { name: 'Trial', count: 1 })).toBe('Trial (1 contact)');
    expect(t('sandbox.confirmDeleteSandbox', { name: 'Trial', count: 1 })).toBe('Delete the sandbox “Trial” and its 1 contact?');
    expect(t('sandbox.confirmDeleteSandbox', { name: 'Trial', count: 0 })).toBe('Delete the empty sandbox “Trial”?');
    expect(t('sandbox.confirmDeleteMembers', { name: 'Cleanup', count: 1 })).toMatch(/^Delete the contact in “Cleanup”\?/);
  });
});
