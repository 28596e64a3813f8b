import type { Localized } from '../model/index.ts';
import {
  formatPath,
  hasLoneSurrogate,
  MAX_MAGNITUDE,
  MAX_TEXT_LENGTH,
  PROTOTYPE_KEYS,
  type LoadIssue,
} from '../schema/index.ts';

/**
 * Checks every key and value of a parsed file before anything copies or validates it, with an
 * explicit stack (no recursion on hostile nesting):
 * - a key `__proto__`, `constructor` or `prototype` is refused with its path, wherever it is
 *   (contact properties included): copying such a key with an assignment (`out[key] = value`,
 *   which schema libraries do) would change the copy's prototype instead of storing data;
 * - text longer than `MAX_TEXT_LENGTH` characters, or holding a lone UTF-16 surrogate (not a
 *   character, not writable as UTF-8), is refused;
 * - a number beyond ±`MAX_MAGNITUDE` (1e308 as a delay) is refused.
 * Returns at most `limit` issues, in the order met.
 */
export function plainDataIssues(value: unknown, limit = 20): LoadIssue[] {
  interface Node {
    readonly value: unknown;
    readonly key: string | number | null;
    readonly parent: Node | null;
  }
  const pathOf = (node: Node, last?: string): string => {
    const keys: (string | number)[] = last === undefined ? [] : [last];
    for (let n: Node | null = node; n && n.key !== null; n = n.parent) keys.push(n.key);
    return formatPath(keys.reverse());
  };
  const issues: LoadIssue[] = [];
  const stack: Node[] = [{ value, key: null, parent: null }];
  while (stack.length > 0 && issues.length < limit) {
    const node = stack.pop()!;
    const v = node.value;
    const problem = valueProblem(v);
    if (problem) {
      issues.push({ path: pathOf(node), message: problem });
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: node });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const keyProblem = PROTOTYPE_KEYS.has(key) ? PROTOTYPE_KEY : textProblem(key);
      if (keyProblem) issues.push({ path: pathOf(node, key), message: keyProblem });
      else stack.push({ value: (v as Record<string, unknown>)[key], key, parent: node });
    }
  }
  return issues;
}

const PROTOTYPE_KEY: Localized = {
  fr: 'Ce nom de champ est réservé (__proto__, constructor, prototype) : il est refusé partout dans un projet, y compris comme propriété de contact.',
  en: 'This field name is reserved (__proto__, constructor, prototype): it is refused anywhere in a project, contact properties included.',
};

function textProblem(text: string): Localized | null {
  if (text.length > MAX_TEXT_LENGTH)
    return {
      fr: `Texte trop long : ${text.length.toLocaleString('fr-FR')} caractères, au-delà de la limite de ${MAX_TEXT_LENGTH.toLocaleString('fr-FR')}.`,
      en: `Text too long: ${text.length.toLocaleString('en-US')} characters, over the ${MAX_TEXT_LENGTH.toLocaleString('en-US')} limit.`,
    };
  if (hasLoneSurrogate(text))
    return {
      fr: 'Le texte contient un caractère Unicode incomplet (demi-paire de substitution) : il ne peut pas être enregistré tel quel.',
      en: 'The text holds a broken Unicode character (half of a surrogate pair): it cannot be saved as it is.',
    };
  return null;
}

function valueProblem(value: unknown): Localized | null {
  if (typeof value === 'string') return textProblem(value);
  if (typeof value === 'number' && !(Math.abs(value) <= MAX_MAGNITUDE))
    return {
      fr: `Nombre hors limites (${String(value)}) : une valeur de projet reste entre -${MAX_MAGNITUDE} et ${MAX_MAGNITUDE}.`,
      en: `Number out of range (${String(value)}): a project value stays between -${MAX_MAGNITUDE} and ${MAX_MAGNITUDE}.`,
    };
  return null;
}
