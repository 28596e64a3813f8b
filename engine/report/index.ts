/** The client-ready report: one self-contained HTML file, shared by the app and the CLI. */
export { buildReportHtml } from './html.ts';
export { checkedExpectations, reportExpectations } from './expectations.ts';
export { frameDigest, replicationDigest, reportRun, singleReportRun, studyDigests, withReplications, type ReplicationDigest } from './digest.ts';
export { workflowSvg, type DrawnWorkflow } from './workflow-svg.ts';
export { staleNotice } from './html.ts';
export { DIAGRAM_MIN_FONT_PX, MIN_PRINT_PT, MIN_PRINT_SCALE, PAGE_MARGIN_MM, PRINT_AREA_PX, widestPrintable, type Orientation } from './print.ts';
export { END_FIGURES, type EndFigure, type EndFigures, type ReportExpectation, type OutdatedRun, type ReportInput, type ReportRun, type WorkflowRun } from './types.ts';
