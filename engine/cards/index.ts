/** What a step's card says, on the canvas and in the report: one table of words and one way to fill it. */
export { cardName, cardSummary, cardTitle, durationWords, kindName, triggersText, type CardContext } from './summary.ts';
export { cardT, type CardT, type CardValues } from './text.ts';
export { CARD_WORDS, type CardWords } from './words.ts';
export { formatDate, formatNumber, formatPercent, formatTime, locale } from './format.ts';
export { CARD_GROUP_COLORS, cardColor, ENROLLMENT_COLOR, type StepGroup } from './colors.ts';
