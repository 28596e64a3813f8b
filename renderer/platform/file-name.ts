import { oneLine } from '../../engine/model/index.ts';

/** At most this many UTF-8 bytes in a file name we suggest: file systems take 255, a browser may add " (2)". */
export const MAX_FILE_NAME_BYTES = 200;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * A file name every OS takes, from a name a person wrote ("Nurturing / Q3.hubspot.json"): on
 * one line with no control character or direction override, the separators Windows or macOS
 * refuse replaced by "-", no dot or space at the end of the stem, not a device name Windows
 * reserves (CON, NUL...), and cut with "…" so the whole stays within `MAX_FILE_NAME_BYTES` with
 * its extension whole. A 480-character workflow name gave a 494-character name, which Linux
 * refused (ENAMETOOLONG) when the export was saved.
 */
export function safeFileName(name: string): string {
  const extension = /(\.[A-Za-z0-9]{1,12}){1,2}$/.exec(name)?.[0] ?? '';
  let stem = oneLine(name.slice(0, name.length - extension.length))
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (stem === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem)) stem = `flowbench${stem === '' ? '' : ` ${stem}`}`;
  const room = MAX_FILE_NAME_BYTES - bytes(extension);
  if (bytes(stem) > room) {
    const points = Array.from(stem);
    while (points.length > 1 && bytes(`${points.join('').trimEnd()}…`) > room) points.pop();
    stem = `${points.join('').trimEnd()}…`;
  }
  return `${stem}${extension}`;
}
