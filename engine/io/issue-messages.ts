import type { z } from 'zod';
import { counted, numberText, type Localized } from '../model/index.ts';
import { formatPath, type LoadIssue } from '../schema/index.ts';

/**
 * Turns zod's technical issues into sentences a marketer can act on: the field at fault, and
 * what it should hold, in French and English.
 */
const KINDS: Record<string, Localized> = {
  string: { fr: 'du texte', en: 'text' },
  number: { fr: 'un nombre', en: 'a number' },
  int: { fr: 'un nombre entier', en: 'a whole number' },
  boolean: { fr: 'vrai ou faux (true / false)', en: 'true or false' },
  object: { fr: 'un objet { … }', en: 'an object { … }' },
  array: { fr: 'une liste [ … ]', en: 'a list [ … ]' },
  null: { fr: 'null', en: 'null' },
  record: { fr: 'un objet { … }', en: 'an object { … }' },
};

function describeInput(input: unknown): Localized {
  if (input === null) return { fr: 'null', en: 'null' };
  if (Array.isArray(input)) return { fr: 'une liste', en: 'a list' };
  if (typeof input === 'number' && !Number.isFinite(input)) return { fr: 'un nombre infini', en: 'an infinite number' };
  if (typeof input === 'number' && !Number.isInteger(input)) return { fr: 'un nombre à virgule', en: 'a decimal number' };
  return KINDS[typeof input] ?? { fr: 'une valeur d’un autre type', en: 'a value of another type' };
}

/** The last key of the path with any indexes after it: `next`, `steps[3]`. */
function fieldName(path: readonly PropertyKey[]): string {
  let k = path.length;
  while (k > 0 && typeof path[k - 1] === 'number') k--;
  return k === 0 ? formatPath(path) || 'document' : formatPath(path.slice(k - 1));
}

const quoteList = (values: readonly unknown[]) => {
  const shown = values.slice(0, 24).map((v) => JSON.stringify(v)).join(', ');
  return values.length > 24 ? `${shown}, etc.` : shown;
};

/** For a union of plain types (text, number, true/false, null): the list of what it accepts. */
function unionKinds(branches: readonly (readonly z.core.$ZodIssue[])[]): Localized[] | null {
  const kinds = branches.map((issues) => {
    const first = issues[0];
    return issues.length === 1 && first?.code === 'invalid_type' && first.path.length === 0 ? KINDS[first.expected] : undefined;
  });
  return kinds.every((k) => k !== undefined) && kinds.length > 0 ? (kinds as Localized[]) : null;
}

const either = (words: readonly string[], or: string) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')}${or === 'or' ? ',' : ''} ${or} ${words[words.length - 1]}`;

const must = (field: string, fr: string, en: string): Localized => ({
  fr: `Le champ «\u00a0${field}\u00a0» doit ${fr}.`,
  en: `The field "${field}" must ${en}.`,
});

function sizeMessage(field: string, issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Localized {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const strict = issue.inclusive === false;
  if (issue.origin === 'string')
    return bound === 1 && small
      ? must(field, 'ne pas être vide', 'not be empty')
      : must(field, `compter ${small ? 'au moins' : 'au plus'} ${counted(bound, 'fr', 'caractère', 'caractères')}`, `have ${small ? 'at least' : 'at most'} ${counted(bound, 'en', 'character', 'characters')}`);
  if (issue.origin === 'array' || issue.origin === 'set')
    return must(field, `contenir ${small ? 'au moins' : 'au plus'} ${counted(bound, 'fr', 'élément', 'éléments')}`, `hold ${small ? 'at least' : 'at most'} ${counted(bound, 'en', 'item', 'items')}`);
  // A whole number's own bounds (zod's int: ±(2^53 - 1)): no one reads a 16-digit bound.
  if (Math.abs(bound) === Number.MAX_SAFE_INTEGER) return must(field, 'être un nombre entier d’au plus 15\u00a0chiffres', 'be a whole number of at most 15 digits');
  const frOp = small ? (strict ? 'strictement supérieur à' : 'supérieur ou égal à') : strict ? 'strictement inférieur à' : 'inférieur ou égal à';
  const enOp = small ? (strict ? 'greater than' : 'at least') : strict ? 'less than' : 'at most';
  return must(field, `être ${frOp} ${numberText(bound, 'fr')}`, `be ${enOp} ${numberText(bound, 'en')}`);
}

function issueMessage(issue: z.core.$ZodIssue, field: string): Localized {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = KINDS[issue.expected] ?? { fr: issue.expected, en: issue.expected };
      if (issue.input === undefined)
        return { fr: `Le champ «\u00a0${field}\u00a0» manque\u00a0: il faut ${expected.fr}.`, en: `The field "${field}" is missing: expected ${expected.en}.` };
      const found = describeInput(issue.input);
      return must(field, `être ${expected.fr}, pas ${found.fr}`, `be ${expected.en}, not ${found.en}`);
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(field, issue);
    case 'invalid_value':
      return issue.values.length === 1
        ? must(field, `valoir ${quoteList(issue.values)}`, `be ${quoteList(issue.values)}`)
        : must(field, `valoir l’une de ces valeurs\u00a0: ${quoteList(issue.values)}`, `be one of: ${quoteList(issue.values)}`);
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options))
        return must(field, `valoir l’une de ces valeurs\u00a0: ${quoteList(options)}`, `be one of: ${quoteList(options)}`);
      const kinds = unionKinds(issue.errors);
      if (kinds)
        return must(field, `être ${either(kinds.map((k) => k.fr), 'ou')}`, `be ${either(kinds.map((k) => k.en), 'or')}`);
      return must(field, 'correspondre à l’une des formes prévues', 'match one of the expected shapes');
    }
    case 'custom': {
      const params = issue.params as { expected?: Localized; message?: Localized } | undefined;
      if (params?.message) return params.message;
      if (params?.expected) return must(field, `être ${params.expected.fr}`, `be ${params.expected.en}`);
      return must(field, 'avoir une valeur valide', 'hold a valid value');
    }
    default:
      return must(field, 'avoir une valeur valide', 'hold a valid value');
  }
}

/** One LoadIssue per zod issue; an unknown key becomes an issue on that key's own path. */
export function zodIssuesToLoadIssues(issues: readonly z.core.$ZodIssue[]): LoadIssue[] {
  return issues.flatMap((issue): LoadIssue[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: {
          fr: `Le champ «\u00a0${key}\u00a0» n’est pas prévu à cet endroit (faute de frappe\u00a0?).`,
          en: `The field "${key}" does not belong here (a typo?).`,
        },
      }));
    return [{ path: formatPath(issue.path), message: issueMessage(issue, fieldName(issue.path)) }];
  });
}

/** The issues a person should read first: sorted by path (indexes in numeric order), at most `limit`. */
export function topIssues(issues: readonly LoadIssue[], limit = 20): LoadIssue[] {
  return [...issues].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true })).slice(0, limit);
}
