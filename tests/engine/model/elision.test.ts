import { describe, expect, it } from 'vitest';
import { elided } from '../../../engine/model/index.ts';

describe('French elision before a name or user text (elided)', () => {
  it('elides before a vowel, accented or not, capital or not, and before y', () => {
    expect(elided('de', 'Emma')).toBe('d’Emma');
    expect(elided('de', 'Élodie')).toBe('d’Élodie');
    expect(elided('de', 'Île-de-France')).toBe('d’Île-de-France');
    expect(elided('de', 'Yves')).toBe('d’Yves');
    expect(elided('de', 'Œdipe')).toBe('d’Œdipe');
    expect(elided('de', 'alice@example.com')).toBe('d’alice@example.com');
    expect(elided('que', 'exemple.fr/offre')).toBe('qu’exemple.fr/offre');
  });

  it('keeps the word whole before a consonant, an h (a name’s h may be aspirated), a digit or a quote', () => {
    expect(elided('de', 'Hugo')).toBe('de Hugo');
    expect(elided('de', 'HubSpot')).toBe('de HubSpot');
    expect(elided('de', 'Léa')).toBe('de Léa');
    expect(elided('de', '8 contacts')).toBe('de 8 contacts');
    expect(elided('de', '«\u00a0Offre\u00a0»')).toBe('de «\u00a0Offre\u00a0»');
    expect(elided('que', '/tarifs soit vue')).toBe('que /tarifs soit vue');
  });
});
