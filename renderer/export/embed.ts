import { loadProject } from '../../engine/io/index.ts';
import type { Localized, Project } from '../../engine/model/index.ts';
import { isPng, readTextChunk } from './pngText.ts';

/** The PNG keyword and the SVG element that carry the project file inside an image. */
export const PNG_KEYWORD = 'flowbench';
/** A second, small chunk: which workflow the picture shows, opened first on import. */
export const PNG_WORKFLOW_KEYWORD = 'flowbench.workflow';
export const SVG_METADATA_TAG = 'flowbench:project';
export const SVG_NAMESPACE = 'https://flowbench.app/ns/project';

export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(base64: string): string {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
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
    return { ok: false, message: 'app.importFailed', details: result.errors.map((e) => (e.path ? { fr: `${e.path} : ${e.message.fr}`, en: `${e.path}: ${e.message.en}` } : e.message)) };
  }
  return workflowId ? { ok: true, project: result.project, workflowId } : { ok: true, project: result.project };
}

/** Reads a project from a JSON file, or from a PNG or SVG that Flowbench exported. */
export function readProjectFile(name: string, bytes: Uint8Array): OpenResult {
  if (isPng(bytes)) {
    const text = readTextChunk(bytes, PNG_KEYWORD);
    if (text === null) return { ok: false, message: 'app.pngNoProject', details: [] };
    return fromJson(text, readTextChunk(bytes, PNG_WORKFLOW_KEYWORD) ?? undefined);
  }
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const head = text.trimStart().slice(0, 200);
  if (/\.svg$/i.test(name) || head.startsWith('<?xml') || head.startsWith('<svg')) {
    const match = new RegExp(`<${SVG_METADATA_TAG}\\b([^>]*)>([\\s\\S]*?)</${SVG_METADATA_TAG}>`).exec(text);
    if (!match) return { ok: false, message: 'app.svgNoProject', details: [] };
    const workflowId = /workflow="([^"]*)"/.exec(match[1] ?? '')?.[1];
    try {
      return fromJson(fromBase64(match[2] ?? ''), workflowId);
    } catch {
      return { ok: false, message: 'app.svgNoProject', details: [] };
    }
  }
  return fromJson(text);
}
