/** The two languages the product speaks. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** A message in both languages: every user-facing text the engine produces is one of these. */
export interface Localized {
  readonly fr: string;
  readonly en: string;
}
