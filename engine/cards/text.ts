import { elisionFormat, type Lang } from '../model/index.ts';
import { CARD_WORDS, type CardWords } from './words.ts';

export type CardValues = Readonly<Record<string, string | number>>;
/** A text of the cards' table by its dotted key ("summary.sendEmail"), filled in. */
export type CardT = (key: string, values?: CardValues) => string;

const plurals = new Map<Lang, Intl.PluralRules>();

function lookup(words: CardWords, key: string): string | undefined {
  let at: unknown = words;
  for (const part of key.split('.')) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
  return typeof at === 'string' ? at : undefined;
}

/**
 * The cards' words read as the app's i18next reads the same table: `{{name}}` filled once (a value
 * holding braces stays as it is), `{{name, de}}` elided as French writes it ("d’Entreprise"), a
 * numeric `count` choosing `_one` / `_other` by the language's plural rules (French: 1,5 jour;
 * English: 1.5 days), the plain key for a text without plural forms. A missing key reads as itself, as in i18next.
 */
export function cardT(lang: Lang): CardT {
  const words = CARD_WORDS[lang];
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  const pluralRules = rules;
  return (key, values = {}) => {
    const count = values['count'];
    const text = typeof count === 'number' ? (lookup(words, `${key}_${pluralRules.select(count)}`) ?? lookup(words, `${key}_other`) ?? lookup(words, key)) : lookup(words, key);
    if (text === undefined) return key;
    return text.replace(/\{\{(\w+)(?:, *(\w+))?\}\}/g, (m, name: string, format: string | undefined) => {
      if (!(name in values)) return m;
      const value = String(values[name]);
      const elide = format === undefined ? undefined : elisionFormat(format);
      return elide ? elide(value) : value;
    });
  };
}
