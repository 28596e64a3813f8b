/** The two languages the product speaks. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** A message in both languages: every user-facing text the engine produces is one of these. */
export interface Localized {
  readonly fr: string;
  readonly en: string;
}

/** Whether a count takes the plural: French keeps the singular below 2 ("0 erreur", "1,5 jour"), English for exactly 1. */
export const isPlural = (n: number, lang: Lang): boolean => (lang === 'fr' ? n >= 2 : n !== 1);
