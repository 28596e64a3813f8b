/** Studies: many replications of a run, their counts per day aggregated with 90 % intervals; split runs; variants. */
export { studyLayout, STEP_FIGURES, TOTAL_FIGURES, WORKFLOW_FIGURES, type Cell, type CellKind, type RunShape, type StudyLayout } from './layout.ts';
export { dailyFrame, type FrameSource } from './frame.ts';
export { countsOnlyFrame, FrameSink } from './frame-sink.ts';
export { INTERVAL_LEVEL, intervalCoverage, lowerRank, predictionInterval } from './interval.ts';
export { StudyAggregate, type StudySummary } from './aggregate.ts';
export { replicationFrame, replicationOptions, replicationSeed, runStudy, studyPopulation, studyShape, type Study, type StudyOptions } from './replications.ts';
export { contactRange, LOG_FIELDS, partOptions, partRanges, runRecord, type RunRecord } from './record.ts';
export { mergeRecords } from './merge.ts';
export { discardRows, partResult, runPart, runSplit, serializeRecord } from './split.ts';
export { ComparisonAggregate, comparisonLayout, duplicateAsVariant, runComparison, verdict, type ComparisonLayout, type ComparisonSummary, type Verdict } from './compare.ts';
export { cellLabel, linkParts, num, signed, signedWithInterval, withInterval, workflowName } from './words.ts';
export { dayDate, dayIndex, dayNumber } from './days.ts';
export { DEFAULT_STUDY_REPLICATIONS, MAX_REPLICATIONS } from './limits.ts';
export { methodText, studyCsv, studyJson, verdictWords, type StudyHeading } from './export.ts';
