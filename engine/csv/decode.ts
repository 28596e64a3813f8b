/**
 * Turning a file's bytes into text the way a marketer's tools wrote it: UTF-8 (with or without
 * the BOM Excel adds), UTF-16 (Excel's "Unicode text"), else Windows-1252 (French Excel's "CSV").
 */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
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
    // Not valid UTF-8: a French Excel "CSV (séparateur : point-virgule)" is Windows-1252.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
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
