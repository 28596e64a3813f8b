/** Text made safe inside XML or HTML, in element content and in quoted attributes alike. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Whole numbers as the reader writes them (1 234 in French, 1,234 in English). */
export function formatCount(n: number, lang: 'fr' | 'en'): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 0 }).format(n);
}

/**
 * Splits text into lines of at most `max` characters at ordinary spaces; the last line ends with
 * "…" when text is left. No-break spaces hold (French « » and : stay with their words): `\s`
 * broke at them, leaving "»" alone on a line of the report's diagram.
 */
export function wrapWords(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.split(/[ \t\n\r]+/).filter((w) => w !== '');
  let k = 0;
  for (; k < words.length; k++) {
    const word = words[k]!;
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= max) {
      line = next;
      continue;
    }
    if (line !== '') out.push(line);
    if (out.length === lines) break;
    line = word.length > max ? `${word.slice(0, max - 1)}…` : word;
  }
  if (out.length < lines && line !== '') out.push(line);
  if (k < words.length && out.length > 0) {
    const last = out[out.length - 1]!;
    out[out.length - 1] = `${last.length >= max ? last.slice(0, max - 1) : last}…`;
  }
  return out;
}
