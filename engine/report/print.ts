/**
 * The printed page the report is drawn for: 14 mm margins on A4 or US Letter (whichever the
 * browser prints on), and text no smaller than 7 pt once a diagram is fitted to the page. A
 * 13-step workflow squeezed into 150 mm printed its cards at about 3 pt: a diagram now keeps a
 * scale at which its smallest text is 7 pt, runs on over the following pages, turns the page
 * when it is too wide for a portrait one, and is cut into strips beyond that.
 */

export const PAGE_MARGIN_MM = 14;
const PX_PER_MM = 96 / 25.4;
const A4 = { width: 210, height: 297 };
const LETTER = { width: 215.9, height: 279.4 };

/** The printed content's width and height in CSS px: on each side the narrower of A4 and Letter. */
export const PRINT_AREA_PX = {
  portrait: { width: (Math.min(A4.width, LETTER.width) - 2 * PAGE_MARGIN_MM) * PX_PER_MM, height: (Math.min(A4.height, LETTER.height) - 2 * PAGE_MARGIN_MM) * PX_PER_MM },
  landscape: { width: (Math.min(A4.height, LETTER.height) - 2 * PAGE_MARGIN_MM) * PX_PER_MM, height: (Math.min(A4.width, LETTER.width) - 2 * PAGE_MARGIN_MM) * PX_PER_MM },
} as const;

/** The smallest printed text allowed, in points (1 pt = 4/3 CSS px). */
export const MIN_PRINT_PT = 7;
/** The smallest text in a workflow diagram, CSS px: the counts and the branch names. */
export const DIAGRAM_MIN_FONT_PX = 11;
/** How far a diagram may be shrunk to fit the page's width with its smallest text still at `MIN_PRINT_PT`. */
export const MIN_PRINT_SCALE = MIN_PRINT_PT / (DIAGRAM_MIN_FONT_PX * 0.75);

export type Orientation = 'portrait' | 'landscape';

/** The widest diagram (CSS px) a page of that orientation prints with its text at 7 pt or more. */
export function widestPrintable(orientation: Orientation): number {
  return PRINT_AREA_PX[orientation].width / MIN_PRINT_SCALE;
}
