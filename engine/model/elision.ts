/**
 * French elision before a word that comes from the user or the project (a name, an e-mail, a
 * property's label): "de" + "Emma" is "d’Emma", "que" + "exemple.fr/offre" "qu’exemple.fr/offre".
 * A vowel elides, accented or not, and y ("d’Yves"); an h never does, as a name's h may be
 * aspirated ("de Hugo", "de HubSpot") and nothing tells which. A digit, a quote or a guillemet
 * does not either ("de 8 contacts", "de « Offre »").
 */
export type ElidingWord = 'de' | 'que';

const VOWEL = /^[aeiouyœæ]/i;

/** Whether French elides a word before this text: it starts with a vowel (its accent aside). */
export const takesElision = (next: string): boolean => VOWEL.test(next.normalize('NFD'));

/** The word before the text as French writes it: "d’Emma", "de Hugo", "qu’un". */
export function elided(word: ElidingWord, next: string): string {
  return takesElision(next) ? `${word.slice(0, -1)}’${next}` : `${word} ${next}`;
}

/**
 * The message tables' elision formats, i18next's syntax: "Suivi {{name, de}}" reads "Suivi d’Emma"
 * or "Suivi de Hugo". The app registers them on its i18next instances (renderer/i18n/index.ts),
 * engine/cards `cardT` reads them in the cards' words.
 */
export const ELISION_FORMATS: Readonly<Record<ElidingWord, (value: string) => string>> = {
  de: (value) => elided('de', value),
  que: (value) => elided('que', value),
};

/** The elision format of that name, if it is one ("de", "que"). */
export function elisionFormat(name: string): ((value: string) => string) | undefined {
  return Object.hasOwn(ELISION_FORMATS, name) ? ELISION_FORMATS[name as ElidingWord] : undefined;
}
