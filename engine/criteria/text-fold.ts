/**
 * Case-insensitive string comparison without allocating lowered copies: the hot path compares
 * contact values millions of times. Folding follows `toLowerCase` for Latin scripts (French
 * accents, Œ, Ÿ...), which is what marketing data holds; other characters compare exactly.
 */
const FOLD_LIMIT = 0x250;
const FOLD = new Uint16Array(FOLD_LIMIT);
for (let c = 0; c < FOLD_LIMIT; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
}

function fold(c: number): number {
  return c < FOLD_LIMIT ? FOLD[c]! : c;
}

function sameAt(hay: string, at: number, needle: string): boolean {
  for (let i = 0; i < needle.length; i++) {
    if (fold(hay.charCodeAt(at + i)) !== fold(needle.charCodeAt(i))) return false;
  }
  return true;
}

export function equalsIgnoreCase(a: string, b: string): boolean {
  return a.length === b.length && sameAt(a, 0, b);
}

export function startsWithIgnoreCase(s: string, prefix: string): boolean {
  return prefix.length <= s.length && sameAt(s, 0, prefix);
}

export function endsWithIgnoreCase(s: string, suffix: string): boolean {
  return suffix.length <= s.length && sameAt(s, s.length - suffix.length, suffix);
}

export function containsIgnoreCase(hay: string, needle: string): boolean {
  for (let at = 0; at + needle.length <= hay.length; at++) if (sameAt(hay, at, needle)) return true;
  return false;
}

/** URLs equal ignoring case and one trailing slash on either side. */
export function sameUrl(a: string, b: string): boolean {
  const la = a.endsWith('/') ? a.length - 1 : a.length;
  const lb = b.endsWith('/') ? b.length - 1 : b.length;
  if (la !== lb) return false;
  for (let i = 0; i < la; i++) if (fold(a.charCodeAt(i)) !== fold(b.charCodeAt(i))) return false;
  return true;
}
