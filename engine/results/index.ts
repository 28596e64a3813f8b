/** A run's results as people read them: one set of figures per minute, the results CSV and JSON. */
export { STEP_EMAIL_KINDS, stepEmailCount, stepEmailIndex, type StepEmailIndex, type StepEmailKind } from './step-emails.ts';
export { emailTotals, endStateCounts, resultsAt, stepFigures, UNENROLLED_STATES, type EmailTotals, type EndStateCounts, type ResultsAt, type RunShape } from './figures.ts';
export { enrollmentsCsv, enrollmentsCsvChunks, type EnrollmentsCsvOptions } from './enrollments-csv.ts';
export { summaryJson } from './summary-json.ts';
export { END_LABELS } from './labels.ts';
export { STAGE_COLORS } from './stage-colors.ts';
