import type { TFunction } from 'i18next';
import { triggersText as cardTriggersText } from '../../engine/cards/index.ts';
import type { Lang, Project, Workflow } from '../../engine/model/index.ts';
import { CARD_SIZES } from './layoutSizes.ts';
import { stepSummary } from './summary.ts';

/**
 * Card texts wrap instead of ending in "…": a long condition ("Si : A téléchargé l'ebook …")
 * takes as many lines as it needs (up to a few), and the card grows to hold them. Lines are cut
 * here, with the canvas font's real widths where there is a canvas, so the layout, the card on
 * screen and the SVG/PNG export break at the same words.
 */

export const CARD_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const SUMMARY_FONT_SIZE = 12;
/** Line height of a summary line, px (12 px text at 1.35). */
export const SUMMARY_LINE = 16;
/** More than this and the last line ends in "…" (a condition of a dozen rules). */
export const MAX_SUMMARY_LINES = 5;
/** The enrollment card's base height holds two lines of triggers. */
const ENROLLMENT_BASE_LINES = 2;
/** Text width inside a card: its width less the padding (14 + 12) and borders. */
export const textWidth = (cardWidth: number) => cardWidth - 28;

type Measure = (text: string) => number;

let context: CanvasRenderingContext2D | null | undefined;

/** The width of a text in the summary font; an average character width where nothing can measure (tests). */
export const measureSummary: Measure = (text) => {
  if (context === undefined) {
    const canMeasure = typeof document !== 'undefined' && typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
    context = canMeasure ? document.createElement('canvas').getContext('2d') : null;
    if (context) context.font = `${SUMMARY_FONT_SIZE}px ${CARD_FONT_FAMILY}`;
  }
  return context ? context.measureText(text).width : text.length * 6.6;
};

/** Greedy word wrap; a word longer than a line is cut. At most `max` lines, the last ending in "…" if cut. */
export function wrapText(text: string, width: number, max = MAX_SUMMARY_LINES, measure: Measure = measureSummary): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (next: string) => {
    lines.push(line);
    line = next;
  };
  // Only ordinary spaces break: French no-break spaces keep « ? » and » with their words.
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) push('');
    let rest = word;
    while (measure(rest) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--;
      line = rest.slice(0, cut);
      push('');
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1]!}…`;
  while (measure(last) > width && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[max - 1] = last;
  return kept;
}

/** The enrollment card's text, from engine/cards as the report's. */
export function triggersText(workflow: Workflow, project: Project, lang: Lang): string {
  return cardTriggersText(workflow, project, lang);
}

/** Extra height per card (step id, or "enrollment") for its wrapped text at the cards' widths. */
export function cardExtraHeights(workflow: Workflow, project: Project, lang: Lang, t: TFunction): Record<string, number> {
  const extra: Record<string, number> = {};
  const enrollmentLines = wrapText(triggersText(workflow, project, lang), textWidth(CARD_SIZES.enrollment.width)).length;
  if (enrollmentLines > ENROLLMENT_BASE_LINES) extra['enrollment'] = (enrollmentLines - ENROLLMENT_BASE_LINES) * SUMMARY_LINE;
  for (const step of workflow.steps) {
    const lines = wrapText(stepSummary(step, { project, workflow, lang, t }), textWidth(CARD_SIZES.step.width)).length;
    if (lines > 1) extra[step.id] = (lines - 1) * SUMMARY_LINE;
  }
  return extra;
}
