import { PNG_KEYWORD, PNG_WORKFLOW_KEYWORD, readProjectText, SVG_METADATA_TAG, SVG_NAMESPACE } from '../../engine/io/index.ts';
import { issueText, loadProject } from '../../engine/io/index.ts';
import type { Localized, Project } from '../../engine/model/index.ts';
import { hubSpotFlowJson } from '../hubspot/detect.ts';

/** Writing the project into an exported picture; reading it back is the engine's (engine/io/embedded.ts). */
export { PNG_KEYWORD, PNG_WORKFLOW_KEYWORD, SVG_METADATA_TAG, SVG_NAMESPACE };

export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The `<metadata>` block of an exported SVG: the project file, base64 so any text survives. */
export function svgMetadata(projectJson: string, workflowId: string): string {
  return `<metadata><${SVG_METADATA_TAG} xmlns:flowbench="${SVG_NAMESPACE}" workflow="${escapeXml(workflowId)}" encoding="base64">${toBase64(projectJson)}</${SVG_METADATA_TAG}></metadata>`;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export type OpenResult =
  | { readonly ok: true; readonly project: Project; readonly workflowId?: string }
  | { readonly ok: false; readonly message: string | Localized; readonly details: readonly (string | Localized)[] };

function fromJson(text: string, workflowId?: string): OpenResult {
  const result = loadProject(text);
  if (!result.ok) {
    // The envelope's "format" is not a field the marketer knows of: the message says it in words.
    // Each issue says where it is as the marketer names it ("In workflow “X”, step 3: …"), else its path.
    const parsed = parseJson(text);
    // A contacts CSV opened as a project: the JSON parser's "unexpected character" would only confuse.
    if (parsed === null && looksLikeCsv(text)) return { ok: false, message: 'app.importFailed', details: ['app.csvNotProject'] };
    const file = parsed?.value ?? null;
    const details: (string | Localized)[] = result.errors.map((e) => (e.path && e.path !== 'format' ? { fr: issueText(file, e, 'fr'), en: issueText(file, e, 'en') } : e.message));
    if (notAProject(result.errors, parsed)) details.push('app.opensWhat');
    return { ok: false, message: 'app.importFailed', details };
  }
  return workflowId ? { ok: true, project: result.project, workflowId } : { ok: true, project: result.project };
}

/** The file's JSON value, or null when it is not JSON (its issue then has no place to name). */
function parseJson(text: string): { readonly value: unknown } | null {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch {
    return null;
  }
}

/**
 * Text that reads as a CSV table rather than JSON: it does not open with { or [, and its first
 * line holds at least two fields split by a comma, semicolon or tab, as do the next lines.
 */
export function looksLikeCsv(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*[{[]/.test(body)) return false;
  const lines = body.split(/\r?\n/, 6).filter((l) => l.trim() !== '');
  const first = lines[0];
  if (!first) return false;
  return [',', ';', '\t'].some((sep) => {
    const fields = first.split(sep).length;
    return fields >= 2 && lines.slice(1).every((l) => l.split(sep).length >= 2);
  });
}

/** Valid JSON that is no Flowbench project at all (not a damaged one): the error says what Flowbench opens. */
function notAProject(errors: readonly { readonly path: string }[], parsed: { readonly value: unknown } | null): boolean {
  if (errors.some((e) => e.path === 'format')) return true;
  if (errors.length !== 1 || errors[0]!.path !== '' || parsed === null) return false;
  const value = parsed.value;
  return typeof value !== 'object' || value === null || Array.isArray(value);
}

function projectFrom(read: ReturnType<typeof readProjectText>): OpenResult {
  if (!read.ok) return { ok: false, message: read.kind === 'png' ? 'app.pngNoProject' : 'app.svgNoProject', details: [] };
  return fromJson(read.text, read.workflowId);
}

/** Reads a project from a JSON file (UTF-8 or UTF-16), or from a PNG or SVG that Flowbench exported. */
export function readProjectFile(name: string, bytes: Uint8Array): OpenResult {
  return projectFrom(readProjectText(name, bytes));
}

/**
 * What a file to open holds: a Flowbench project (JSON, PNG, SVG), or HubSpot v4 flows (a JSON
 * file as HubSpot's API returns them), which are added to the open project rather than opened.
 */
export function readOpenedFile(name: string, bytes: Uint8Array): { kind: 'project'; result: OpenResult } | { kind: 'hubspot'; flows: unknown } {
  const read = readProjectText(name, bytes);
  if (read.ok && read.kind === 'json') {
    const flows = hubSpotFlowJson(read.text);
    if (flows !== null) return { kind: 'hubspot', flows };
  }
  return { kind: 'project', result: projectFrom(read) };
}
