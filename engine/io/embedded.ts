import { isPng, readTextChunk } from './png-text.ts';

/**
 * The one reader of project files as the user hands them over, shared by the app's Open and
 * the CLI: a JSON file (UTF-8 with or without BOM, UTF-16 LE or BE), or a PNG or SVG that
 * Flowbench exported with the project inside. Bytes in, project text out; loading is
 * `loadProject`'s job.
 */

/** The PNG keyword and the SVG element that carry the project file inside an image. */
export const PNG_KEYWORD = 'flowbench';
/** A second, small chunk: which workflow the picture shows, opened first on import. */
export const PNG_WORKFLOW_KEYWORD = 'flowbench.workflow';
export const SVG_METADATA_TAG = 'flowbench:project';
export const SVG_NAMESPACE = 'https://flowbench.app/ns/project';

export type EmbeddedKind = 'json' | 'png' | 'svg';

export type ProjectText =
  | { readonly ok: true; readonly kind: EmbeddedKind; readonly text: string; readonly workflowId?: string }
  | { readonly ok: false; readonly kind: 'png' | 'svg' };

/** Swaps each byte pair, so UTF-16 BE decodes with the LE decoder every runtime has. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

/**
 * Text from bytes: a BOM says the encoding; without one, a NUL in the first two bytes gives
 * UTF-16 away (a JSON or SVG file starts with an ASCII character); else UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder().decode(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16le').decode(swapPairs(bytes.subarray(2)));
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return new TextDecoder('utf-16le').decode(swapPairs(bytes));
  return new TextDecoder().decode(bytes);
}

export function fromBase64(base64: string): string {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function unescapeXml(text: string): string {
  const named: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => named[name]!);
}

/** The project text in a file of any kind Flowbench writes; `name` only helps tell an SVG. */
export function readProjectText(name: string, bytes: Uint8Array): ProjectText {
  if (isPng(bytes)) {
    const text = readTextChunk(bytes, PNG_KEYWORD);
    if (text === null) return { ok: false, kind: 'png' };
    const workflowId = readTextChunk(bytes, PNG_WORKFLOW_KEYWORD);
    return workflowId === null ? { ok: true, kind: 'png', text } : { ok: true, kind: 'png', text, workflowId };
  }
  const text = decodeText(bytes);
  const head = text.trimStart().slice(0, 200);
  if (!/\.svg$/i.test(name) && !head.startsWith('<?xml') && !head.startsWith('<svg')) return { ok: true, kind: 'json', text };
  const match = new RegExp(`<${SVG_METADATA_TAG}\\b([^>]*)>([\\s\\S]*?)</${SVG_METADATA_TAG}>`).exec(text);
  if (!match) return { ok: false, kind: 'svg' };
  let project: string;
  try {
    project = fromBase64(match[2] ?? '');
  } catch {
    return { ok: false, kind: 'svg' };
  }
  const workflowId = /workflow="([^"]*)"/.exec(match[1] ?? '')?.[1];
  return workflowId === undefined ? { ok: true, kind: 'svg', text: project } : { ok: true, kind: 'svg', text: project, workflowId: unescapeXml(workflowId) };
}
