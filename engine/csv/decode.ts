import type { Localized } from '../model/index.ts';
import { MESSAGES } from './messages.ts';

/**
 * Turning a file's bytes into text the way a marketer's tools wrote it: UTF-8 (with or without
 * the BOM Excel adds), UTF-16 (Excel's "Unicode text"), else Windows-1252 (French Excel's "CSV").
 */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'mixed';

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
  /**
   * For a file mixing encodings (rows pasted from another file), the physical lines read as
   * Windows-1252; every other line with accented text was UTF-8. Absent otherwise.
   */
  readonly windows1252Lines?: readonly number[];
  /** What the import report says about the encoding when it is worth saying (mixed lines). */
  readonly note?: Localized;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeLineByLine(bytes);
  }
}

/**
 * Not valid UTF-8 as a whole: a French Excel "CSV (séparateur : point-virgule)" is Windows-1252,
 * but rows pasted from another file can mix both. Each line is read as UTF-8 where it is valid
 * UTF-8, else as Windows-1252 (a Windows-1252 line with accents is almost never valid UTF-8).
 * A file whose accented lines all fail UTF-8 is plain Windows-1252, and reads the same.
 */
function decodeLineByLine(bytes: Uint8Array): DecodedCsv {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  const legacy: number[] = [];
  let utf8Accented = 0;
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const chunk = bytes.subarray(start, end);
    if (chunk.some((b) => b >= 0x80)) {
      try {
        parts.push(strict.decode(chunk));
        utf8Accented++;
      } catch {
        parts.push(decodeWindows1252(chunk));
        legacy.push(line);
      }
    } else parts.push(decodeWindows1252(chunk)); // ASCII reads the same either way
    start = end + 1;
  }
  const text = parts.join('\n');
  if (utf8Accented === 0) return { text, encoding: 'windows-1252' };
  return { text, encoding: 'mixed', windows1252Lines: legacy, note: MESSAGES.mixedEncodings(legacy, utf8Accented) };
}

/**
 * Excel's `sep=;` first line (written by Excel and read by it to know the separator): the
 * separator it names, and the text with that line blanked (kept as an empty line, so the lines
 * that follow keep their physical numbers); null when the file has none.
 */
export function excelSeparator(text: string): { delimiter: CsvDelimiter; text: string } | null {
  const m = /^(\uFEFF?)"?sep=([,;\t])"?[ \t]*(?=\r?\n|$)/i.exec(text);
  if (!m) return null;
  return { delimiter: m[2] as CsvDelimiter, text: m[1]! + text.slice(m[0].length) };
}

/** 0x80–0x9F in Windows-1252 (undefined bytes keep their Latin-1 code point, as browsers do). */
const HIGH_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decoded by hand: some TextDecoder builds (Node's among them) treat `windows-1252` as Latin-1
 * and turn the typographic apostrophe 0x92 into a control character.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = new Array<number>(Math.min(CHUNK, bytes.length - start));
    for (let i = 0; i < codes.length; i++) {
      const b = bytes[start + i]!;
      codes[i] = b >= 0x80 && b <= 0x9f ? HIGH_1252.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * True for text that cannot be a CSV: NUL bytes, or more than 1 % control characters other
 * than tab and line breaks (an image, a zip, an .xlsx picked by mistake).
 */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
    else if (c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.01;
}

export type CsvDelimiter = ',' | ';' | '\t';

/** The separator of the header line (outside quotes): the most frequent of comma, semicolon and tab. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}
