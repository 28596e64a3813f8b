/**
 * Terminal safety: user text (names, ids, file names, CSV values) never reaches a terminal raw.
 * `visible` is the one function that makes a string harmless: every character a terminal would
 * act on instead of print is written as a visible escape.
 */

/**
 * C0 controls (tab, CR, LF, ESC, backspace...), DEL, C1 controls (0x9B is a one-byte CSI),
 * bidirectional overrides and isolates (which reorder what follows), line and paragraph
 * separators, BOM / zero-width no-break space, and lone surrogates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with each unsafe character written `\uXXXX` (ESC becomes `\u001b`). Inside a JSON
 * string that is the same character escaped, so JSON output stays valid and means the same.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Data shown on a terminal (`--csv -`): its line breaks, CRLF included, kept; everything else through `visible`. */
export function visibleData(text: string): string {
  return text
    .split(/(\r?\n)/)
    .map((part, k) => (k % 2 === 1 ? part : visible(part)))
    .join('');
}

/** Output the CLI writes itself: line breaks are its own, everything else goes through `visible`. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}
