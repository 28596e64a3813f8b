/** The client-ready report: one self-contained HTML file, shared by the app and the CLI. */
export { buildReportHtml } from './html.ts';
export { checkedExpectations, reportExpectations } from './expectations.ts';
export { frameDigest, replicationDigest, reportRun, singleReportRun, studyDigests, withReplications, type ReplicationDigest } from './digest.ts';
export { workflowSvg } from './workflow-svg.ts';
export { END_FIGURES, type EndFigure, type EndFigures, type ReportExpectation, type ReportInput, type ReportRun, type WorkflowRun } from './types.ts';
