import { elided, type Contact, type Lang, type Localized, type PropertyFilter, type PropertyValue } from '../model/index.ts';
import { formatInstant, formatNumber, quote, relativeAge } from './format.ts';
import { operationPhrase, yesNo } from './phrases.ts';
import { lastChange } from './property-match.ts';
import { booleanOf, instantOf, numberOf, propertyValue } from './values.ts';

const ROLLING = new Set(['less-than-days-ago', 'more-than-days-ago', 'less-than-days-from-now', 'more-than-days-from-now']);

function both(text: (lang: Lang) => string): Localized {
  return { fr: text('fr'), en: text('en') };
}

/**
 * Why a property filter held or not, naming the property by its internal name: "hubspotscore =
 * 95, supérieur à 90". `matched` comes from the fast path, so the two can never disagree.
 */
export function propertyReason(filter: PropertyFilter, contact: Contact, now: number, matched: boolean): Localized {
  const p = filter.property;
  const value = propertyValue(contact, p);
  const op = filter.operation;
  const noValue = both((l) => (l === 'fr' ? `${p} n’a pas de valeur` : `${p} has no value`));
  if (op.op === 'updated-in-last-days') return updatedReason(filter, contact, now, matched);
  if (op.op === 'is-known' || op.op === 'is-unknown') {
    return value === null ? noValue : both((l) => `${p} = ${shown(filter, value, l, now)}, ${l === 'fr' ? 'a une valeur' : 'has a value'}`);
  }
  if (value === null) {
    if (filter.includeUnknown !== true) return noValue;
    return both((l) => (l === 'fr' ? `${p} n’a pas de valeur, contacts sans valeur inclus` : `${p} has no value; records with no value are included`));
  }
  const wrongType = typeMismatch(filter, value);
  if (wrongType) return both((l) => `${p} = ${quote(String(value), l)}, ${wrongType[l]}`);
  return both((l) => `${p} = ${shown(filter, value, l, now)}, ${operationPhrase(filter, l, !matched, (v) => v)}`);
}

function updatedReason(filter: PropertyFilter, contact: Contact, now: number, matched: boolean): Localized {
  const p = filter.property;
  const at = lastChange(contact, p, now);
  const phrase = (l: Lang) => operationPhrase(filter, l, !matched, (v) => v);
  if (at === -Infinity) {
    return both((l) => (l === 'fr' ? `aucune modification ${elided('de', p)} enregistrée, ${phrase(l)}` : `no change to ${p} recorded, ${phrase(l)}`));
  }
  return both((l) =>
    l === 'fr'
      ? `dernière modification ${elided('de', p)} le ${formatInstant(at, l)}, ${phrase(l)}`
      : `${p} last changed on ${formatInstant(at, l)}, ${phrase(l)}`,
  );
}

function typeMismatch(filter: PropertyFilter, value: string | number | boolean): Localized | null {
  switch (filter.type) {
    case 'number':
      return Number.isNaN(numberOf(value)) ? { fr: "ce n’est pas un nombre", en: 'not a number' } : null;
    case 'boolean':
      return booleanOf(value) === -1 ? { fr: "ce n’est pas un booléen", en: 'not a boolean' } : null;
    case 'date':
      return Number.isNaN(instantOf(value)) ? { fr: "ce n’est pas une date", en: 'not a date' } : null;
    default:
      return null;
  }
}

function shown(filter: PropertyFilter, value: Exclude<PropertyValue, null>, lang: Lang, now: number): string {
  switch (filter.type) {
    case 'string':
      return quote(String(value), lang);
    case 'number': {
      const n = numberOf(value);
      return Number.isNaN(n) ? quote(String(value), lang) : formatNumber(n, lang);
    }
    case 'boolean': {
      const b = booleanOf(value);
      return b === -1 ? quote(String(value), lang) : yesNo(b === 1, lang);
    }
    case 'enumeration':
      return String(value);
    case 'date': {
      const at = instantOf(value);
      if (Number.isNaN(at)) return quote(String(value), lang);
      const when = formatInstant(at, lang);
      return ROLLING.has(filter.operation.op) ? `${when} (${relativeAge(at, now, lang)})` : when;
    }
  }
}
