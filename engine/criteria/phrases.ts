import type { Lang, PropertyFilter } from '../model/index.ts';
import { days, formatCalendar, formatNumber, inLastDays, joinWords, quote } from './format.ts';
import { calendarDay } from './values.ts';

/**
 * What a property operation asks, as the words that follow the property: "supérieur à 90",
 * "contient « webinar »", "il y a plus de 730 jours". `negated` gives the words for a value that
 * does not satisfy it ("pas supérieur à 90"), which explanations use. Paired operators
 * (eq/neq, contains/not-contains, any-of/none-of...) negate to their partner's words.
 */
export function operationPhrase(
  filter: PropertyFilter,
  lang: Lang,
  negated: boolean,
  enumLabel: (value: string) => string,
): string {
  const fr = lang === 'fr';
  const not = (yes: string, frNo = `pas ${yes}`, enNo = `not ${yes}`) => (negated ? (fr ? frNo : enNo) : yes);
  const pair = (yes: string, no: string) => (negated ? no : yes);
  const op = filter.operation;
  const q = (s: string) => quote(s, lang);
  const num = (n: number) => formatNumber(n, lang);
  const day = (iso: string) => formatCalendar(iso, lang, calendarDay);
  switch (op.op) {
    // French says "a une valeur" rather than "est connu(e)": the words follow the property's label,
    // whose gender varies ("Date d'anniversaire est connu" read wrong on the birthday template).
    case 'is-known':
      return pair(fr ? 'a une valeur' : 'is known', fr ? 'n’a pas de valeur' : 'is unknown');
    case 'is-unknown':
      return pair(fr ? 'n’a pas de valeur' : 'is unknown', fr ? 'a une valeur' : 'is known');
    case 'eq':
    case 'neq': {
      const operand = typeof op.value === 'number' ? num(op.value) : typeof op.value === 'boolean' ? yesNo(op.value, lang) : q(op.value);
      const equal = fr ? `égal à ${operand}` : `equal to ${operand}`;
      const different = fr ? `différent de ${operand}` : `not equal to ${operand}`;
      return op.op === 'eq' ? pair(equal, different) : pair(different, equal);
    }
    case 'contains':
    case 'not-contains': {
      const yes = fr ? `contient ${q(op.value)}` : `contains ${q(op.value)}`;
      const no = fr ? `ne contient pas ${q(op.value)}` : `does not contain ${q(op.value)}`;
      return op.op === 'contains' ? pair(yes, no) : pair(no, yes);
    }
    case 'starts-with':
      return fr
        ? pair(`commence par ${q(op.value)}`, `ne commence pas par ${q(op.value)}`)
        : pair(`starts with ${q(op.value)}`, `does not start with ${q(op.value)}`);
    case 'ends-with':
      return fr
        ? pair(`se termine par ${q(op.value)}`, `ne se termine pas par ${q(op.value)}`)
        : pair(`ends with ${q(op.value)}`, `does not end with ${q(op.value)}`);
    case 'gt':
      return not(fr ? `supérieur à ${num(op.value)}` : `greater than ${num(op.value)}`);
    case 'gte':
      return not(fr ? `supérieur ou égal à ${num(op.value)}` : `greater than or equal to ${num(op.value)}`);
    case 'lt':
      return not(fr ? `inférieur à ${num(op.value)}` : `less than ${num(op.value)}`);
    case 'lte':
      return not(fr ? `inférieur ou égal à ${num(op.value)}` : `less than or equal to ${num(op.value)}`);
    case 'between':
    case 'not-between': {
      const range =
        'low' in op
          ? fr ? `entre ${num(op.low)} et ${num(op.high)}` : `between ${num(op.low)} and ${num(op.high)}`
          : fr ? `entre le ${day(op.from)} et le ${day(op.to)}` : `between ${day(op.from)} and ${day(op.to)}`;
      const outside = fr ? `pas ${range}` : `not ${range}`;
      return op.op === 'between' ? pair(range, outside) : pair(outside, range);
    }
    case 'any-of':
    case 'none-of': {
      const labels = op.values.map(enumLabel);
      const oneOf = fr ? `est ${joinWords(labels, 'ou') || '(aucune valeur)'}` : `is ${joinWords(labels, 'or') || '(no value)'}`;
      const noneOf = noneOfPhrase(labels, lang);
      return op.op === 'any-of' ? pair(oneOf, noneOf) : pair(noneOf, oneOf);
    }
    case 'on':
      return not(fr ? `le ${day(op.date)}` : `on ${day(op.date)}`);
    case 'before':
      return not(fr ? `avant le ${day(op.date)}` : `before ${day(op.date)}`);
    case 'after':
      return not(fr ? `après le ${day(op.date)}` : `after ${day(op.date)}`);
    case 'less-than-days-ago':
      return fr ? not(`il y a moins de ${days(op.days, lang)}`, `pas ${inLastDays(op.days, lang)}`) : not(`less than ${days(op.days, lang)} ago`);
    case 'more-than-days-ago':
      return fr ? not(`il y a plus de ${days(op.days, lang)}`, `pas plus ancien que ${days(op.days, lang)}`) : not(`more than ${days(op.days, lang)} ago`);
    case 'less-than-days-from-now':
      return fr ? not(`dans moins de ${days(op.days, lang)}`, `pas ${inNextDaysFr(op.days)}`) : not(`less than ${days(op.days, lang)} from now`);
    case 'more-than-days-from-now':
      return fr ? not(`dans plus de ${days(op.days, lang)}`, `pas au-delà de ${days(op.days, lang)}`) : not(`more than ${days(op.days, lang)} from now`);
    case 'updated-in-last-days':
      return fr ? not(`mis à jour ${inLastDays(op.days, lang)}`) : not(`updated ${inLastDays(op.days, lang)}`);
  }
}

function noneOfPhrase(labels: readonly string[], lang: Lang): string {
  if (lang === 'en') return labels.length === 1 ? `is not ${labels[0]}` : `is none of ${labels.join(', ') || '(no value)'}`;
  if (labels.length === 1) return `n’est pas ${labels[0]}`;
  if (labels.length === 0) return 'n’est aucune valeur';
  return `n’est ni ${labels.join(', ni ')}`;
}

function inNextDaysFr(n: number): string {
  return n === 1 ? 'au cours du prochain jour' : `au cours des ${formatNumber(n, 'fr')}\u00a0prochains jours`;
}

export function yesNo(value: boolean, lang: Lang): string {
  return lang === 'fr' ? (value ? 'oui' : 'non') : value ? 'yes' : 'no';
}
