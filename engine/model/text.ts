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

/**
 * What may not stand in a name written into a file: C0 controls (ESC starts a terminal sequence,
 * NUL and BEL are not characters HTML allows), DEL, C1 controls (U+009B is a one-byte CSI), line
 * and paragraph separators, and the bidirectional embeddings, overrides and isolates that show
 * text in another order than it is stored ("Trojan source"). The schema refuses them in ids
 * (`hasControlCharacter`); the HubSpot import's `cleanName` (engine/schema/limits.ts) is `oneLine` cut.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/g;

/** Whether text holds a control character, a line separator or a direction override. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text without the invisible controls that change the writing direction (embeddings, overrides,
 * isolates): "ACME\u202eevil" displays as "ACMElive", and the override runs on into the text
 * beside it. Marks (LRM, RLM) stay: they only hint, and real names in Arabic or Hebrew use them.
 */
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

export const hasControlCharacter = (text: string): boolean => text.search(CONTROL_OR_BIDI) >= 0;

/**
 * A name made safe for a one-line context (a Markdown line, an HTML or SVG label, a CSV cell):
 * each run of line breaks and tabs becomes one space, so "Wf\n# Title" cannot start a line of its
 * own, and every other control or direction override is taken out. Taken out rather than shown as
 * U+FFFD: what is left is the name the person typed, as the HubSpot import keeps it.
 */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROL_OR_BIDI, '');
}

/**
 * Free text (a description, a note, a whole document) without control characters or direction
 * overrides, its line breaks kept as LF (CR LF, CR and U+2028/U+2029 become LF) and its tabs kept.
 */
export function withoutControls(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(CONTROL_OR_BIDI, (c) => (c === '\n' || c === '\t' ? c : ''));
}

/** A number as the language writes it: "3 650" (narrow no-break space) in French, "3,650" in English. */
export const numberText = (n: number, lang: Lang): string => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');

/** A count and its noun, singular or plural as `isPlural` says: "1 contact", "3 650 jours", "0 erreur". */
export const counted = (n: number, lang: Lang, singular: string, plural: string): string => `${numberText(n, lang)} ${isPlural(n, lang) ? plural : singular}`;
