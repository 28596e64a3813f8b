import { crc32 } from './crc32.ts';

/** Reading PNG chunks and the text stored in them (writing them is the renderer's export). */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export interface PngChunk {
  readonly type: string;
  /** Offset of the chunk's length field. */
  readonly offset: number;
  readonly data: Uint8Array;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

/** The chunks of a PNG; stops at the first truncated one. */
export function readChunks(png: Uint8Array): PngChunk[] {
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = u32(png, at);
    if (at + 12 + length > png.length) break;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, offset: at, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

const decoder = new TextDecoder();

/** The keyword of a tEXt / iTXt chunk: the bytes before its first NUL. */
export function keywordOf(data: Uint8Array): string {
  const end = data.indexOf(0);
  return decoder.decode(data.subarray(0, end < 0 ? data.length : end));
}

/** The text stored under `keyword` (uncompressed iTXt or tEXt), or null. Checks each CRC. */
export function readTextChunk(png: Uint8Array, keyword: string): string | null {
  if (!isPng(png)) return null;
  for (const c of readChunks(png)) {
    if (c.type !== 'iTXt' && c.type !== 'tEXt') continue;
    if (keywordOf(c.data) !== keyword) continue;
    const stored = u32(png, c.offset + 8 + c.data.length);
    if (stored !== crc32(png, c.offset + 4, c.offset + 8 + c.data.length)) return null;
    const afterKey = c.data.indexOf(0) + 1;
    if (c.type === 'tEXt') return new TextDecoder('latin1').decode(c.data.subarray(afterKey));
    if (c.data[afterKey] !== 0) return null;
    const langEnd = c.data.indexOf(0, afterKey + 2);
    const translatedEnd = c.data.indexOf(0, langEnd + 1);
    if (langEnd < 0 || translatedEnd < 0) return null;
    return decoder.decode(c.data.subarray(translatedEnd + 1));
  }
  return null;
}
