export { loadProject, parseProject } from './load.ts';
export { saveProject, type SaveOptions } from './save.ts';
export {
  APP_NAME,
  APP_VERSION,
  FILE_FORMAT,
  FILE_VERSION,
  MAX_NESTING_DEPTH,
  MAX_PROJECT_BYTES,
  type LoadIssue,
  type LoadResult,
  type ProjectFile,
} from './envelope.ts';
export { MIGRATIONS } from './migrations.ts';
export { issuePlace, issueText } from '../schema/issue-place.ts';
export { PNG_KEYWORD, PNG_WORKFLOW_KEYWORD, readProjectText, SVG_METADATA_TAG, SVG_NAMESPACE } from './embedded.ts';
export { crc32 } from './crc32.ts';
export { isPng, keywordOf, readChunks, readTextChunk, type PngChunk } from './png-text.ts';
