export { HUBSPOT_FLOWS_API, LIMITS } from './api.ts';
export { exportFlowSchema, importFlowSchema } from './flow-schema.ts';
export { toHubSpotFlow, type ExportResult } from './export.ts';
export { fromHubSpotFlow, fromHubSpotText, fromHubSpotBytes, addImportToProject, type ImportResult, type ImportNote, type ImportOptions } from './import.ts';
export { preflight, type Preflight } from './preflight.ts';
export { canonicalDuration } from './durations.ts';
export { TABLE_TITLES } from './messages.ts';
export type { HubSpotFlowBody, PreflightProblem } from './types.ts';
export { buildSheet, sheetHtml, sheetMarkdown, type BuildSheet } from './build-sheet.ts';
