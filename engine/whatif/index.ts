/** What if, from any minute (issue #15): what a live edit does to a run at minute t. */
export { leaveAfterEdit, previewDelayEdit, previewSentence, waitingAt, type DelayEdit, type DelayEditPreview, type DelayEditWords, type MovedContact } from './delay-edit.ts';
export { rateWhatIf, whatIf, withRates, type RateChange, type RateWhatIf, type StepDifference, type WhatIfChange } from './rates.ts';
