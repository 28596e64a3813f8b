import { oneLine, withoutControls } from '../model/index.ts';
import { escapeMarkup } from '../programme/index.ts';

/**
 * Any text the report writes into HTML or SVG, in element content or a quoted attribute: one line
 * (a name's line break becomes a space; ESC, NUL, BEL, C1 controls, which HTML does not allow, and
 * direction overrides, which reorder the sentence around the name, are taken out), then escaped.
 */
export const esc = (text: string): string => escapeMarkup(oneLine(text));

/**
 * The finished document, checked as a whole: what another module drew (the programme map of
 * engine/programme escapes its names for markup only) holds no control character either.
 */
export const plainDocument = (html: string): string => withoutControls(html);
