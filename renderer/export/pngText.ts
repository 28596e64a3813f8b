import { crc32 } from '../../engine/io/crc32.ts';
import { isPng, keywordOf, readChunks } from '../../engine/io/png-text.ts';

/** Writing the project into a PNG; reading it back is the engine's (engine/io/png-text.ts). */
export { isPng, readChunks, readTextChunk, type PngChunk } from '../../engine/io/png-text.ts';

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

const encoder = new TextEncoder();

/** An uncompressed iTXt chunk: keyword, flags, empty language and translated keyword, UTF-8 text. */
function iTXt(keyword: string, text: string): Uint8Array {
  const key = encoder.encode(keyword);
  const body = encoder.encode(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // After the keyword: NUL, compression flag 0, method 0, NUL (no language), NUL (no translation).
  data.set(body, key.length + 5);
  return chunk('iTXt', data);
}

/** The PNG with `text` under `keyword` in an iTXt chunk before IEND (replacing an older one). */
export function withTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!isPng(png)) throw new Error('Not a PNG');
  const chunks = readChunks(png);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of chunks) {
    if ((c.type === 'iTXt' || c.type === 'tEXt') && keywordOf(c.data) === keyword) continue;
    if (c.type === 'IEND') parts.push(iTXt(keyword, text));
    parts.push(png.subarray(c.offset, c.offset + 12 + c.data.length));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
