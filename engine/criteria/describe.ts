import type { AssetId, Criteria, EmailEventFilterKind, EmailFilter, Filter, FormFilter, Lang, PageViewFilter, PropertyFilter } from '../model/index.ts';
import { inLastDays, quote } from './format.ts';
import type { NameLookup } from './names.ts';
import { operationPhrase } from './phrases.ts';

/** A one-line summary of a filter for cards: "Score HubSpot supérieur à 90". */
export function describeFilter(filter: Filter, names: NameLookup, lang: Lang): string {
  switch (filter.kind) {
    case 'property':
      return describeProperty(filter, names, lang);
    case 'list': {
      const list = quote(names.list(filter.list), lang);
      if (lang === 'fr') return filter.op === 'in' ? `Est dans le segment ${list}` : `N’est pas dans le segment ${list}`;
      return filter.op === 'in' ? `Is in segment ${list}` : `Is not in segment ${list}`;
    }
    case 'form':
      return describeForm(filter, names, lang) + windowSuffix(filter.withinDays, lang);
    case 'email':
      return describeEmail(filter, names, lang) + windowSuffix(filter.withinDays, lang);
    case 'page-view':
      return describePageView(filter, lang) + windowSuffix(filter.withinDays, lang);
  }
}

/** Groups joined by " OU " / " OR ", filters within a group by " ET " / " AND ". */
export function describeCriteria(criteria: Criteria, names: NameLookup, lang: Lang): string {
  if (criteria.groups.length === 0) return lang === 'fr' ? 'Aucun critère' : 'No criteria';
  const several = criteria.groups.length > 1;
  return criteria.groups
    .map((group) => {
      if (group.filters.length === 0) return lang === 'fr' ? '(groupe vide)' : '(empty group)';
      const text = group.filters.map((f) => describeFilter(f, names, lang)).join(lang === 'fr' ? ' ET ' : ' AND ');
      return several && group.filters.length > 1 ? `(${text})` : text;
    })
    .join(lang === 'fr' ? ' OU ' : ' OR ');
}

function describeProperty(filter: PropertyFilter, names: NameLookup, lang: Lang): string {
  const enumLabel = (value: string) => names.enumLabel?.(filter.property, value) ?? value;
  const phrase = operationPhrase(filter, lang, false, enumLabel);
  const op = filter.operation.op;
  const unknownToo = filter.includeUnknown === true && op !== 'is-known' && op !== 'is-unknown' && op !== 'updated-in-last-days';
  const suffix = unknownToo ? (lang === 'fr' ? ' (ou sans valeur)' : ' (or no value)') : '';
  return `${names.property(filter.property)} ${phrase}${suffix}`;
}

function windowSuffix(withinDays: number | undefined, lang: Lang): string {
  return withinDays === undefined ? '' : ` ${inLastDays(withinDays, lang)}`;
}

function describeForm(filter: FormFilter, names: NameLookup, lang: Lang): string {
  const done = filter.op === 'submitted';
  if (filter.asset === null) {
    if (lang === 'fr') return done ? 'A rempli un formulaire' : "N’a rempli aucun formulaire";
    return done ? 'Filled out any form' : 'Has not filled out any form';
  }
  const name = quote(names.asset(filter.asset), lang);
  const [frYes, frNo, enYes, enNo] = formWords(filter.asset, names);
  return lang === 'fr' ? `${done ? frYes : frNo} ${name}` : `${done ? enYes : enNo} ${name}`;
}

function formWords(asset: AssetId, names: NameLookup): readonly [string, string, string, string] {
  switch (names.assetKind?.(asset)) {
    case 'ebook':
      return ["A téléchargé l’ebook", "N’a pas téléchargé l’ebook", 'Downloaded the ebook', 'Has not downloaded the ebook'];
    case 'webinar':
      return ["S’est inscrit au webinaire", "Ne s’est pas inscrit au webinaire", 'Registered for the webinar', 'Has not registered for the webinar'];
    case 'page':
      return ['A rempli le formulaire de la page', "N’a pas rempli le formulaire de la page", 'Filled out the form on page', 'Has not filled out the form on page'];
    default:
      return ['A rempli le formulaire', "N’a pas rempli le formulaire", 'Filled out the form', 'Has not filled out the form'];
  }
}

/** [French, English] sentence for an email event, given "l’e-mail « X »"/"un e-mail" and "the email “X”"/"an email". */
const EMAIL_SENTENCES: Readonly<Record<EmailEventFilterKind, (fr: string, en: string) => readonly [string, string]>> = {
  sent: (fr, en) => [`A reçu ${fr}`, `Was sent ${en}`],
  opened: (fr, en) => [`A ouvert ${fr}`, `Opened ${en}`],
  clicked: (fr, en) => [`A cliqué dans ${fr}`, `Clicked a link in ${en}`],
  bounced: (fr, en) => [`${capitalize(fr)} a rebondi`, `${capitalize(en)} bounced`],
  unsubscribed: (fr, en) => [`S’est désabonné via ${fr}`, `Unsubscribed from ${en}`],
  'opened-not-clicked': (fr, en) => [`A ouvert ${fr} sans cliquer`, `Opened ${en} without clicking`],
  'received-not-opened': (fr, en) => [`A reçu ${fr} sans l’ouvrir`, `Received ${en} without opening it`],
};

function describeEmail(filter: EmailFilter, names: NameLookup, lang: Lang): string {
  const fr = filter.email === null ? 'un e-mail' : `l’e-mail ${quote(names.email(filter.email), 'fr')}`;
  const en = filter.email === null ? 'an email' : `the email ${quote(names.email(filter.email), 'en')}`;
  const [inFrench, inEnglish] = EMAIL_SENTENCES[filter.event](fr, en);
  return lang === 'fr' ? inFrench : inEnglish;
}

function describePageView(filter: PageViewFilter, lang: Lang): string {
  const url = quote(filter.url, lang);
  const viewed = filter.op === 'viewed';
  if (filter.match === 'equals') {
    if (lang === 'fr') return viewed ? `A vu la page ${url}` : `N’a pas vu la page ${url}`;
    return viewed ? `Viewed the page ${url}` : `Has not viewed the page ${url}`;
  }
  if (lang === 'fr') return viewed ? `A vu une page dont l’URL contient ${url}` : `N’a vu aucune page dont l’URL contient ${url}`;
  return viewed ? `Viewed a page whose URL contains ${url}` : `Has not viewed any page whose URL contains ${url}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
