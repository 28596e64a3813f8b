import type { Contact, ContactEvent, EmailEventFilterKind, EmailId, EmailFilter, FormFilter, Lang, ListFilter, Localized, PageViewFilter } from '../model/index.ts';
import { findEmailEvent, findEmailWitness, findPageView, findSubmission } from './activity-match.ts';
import { formatInstant, inLastDays } from './format.ts';
import { windowStart } from './values.ts';

/*
 * Explanations of list, form, email and page-view filters. They state the fact (what the
 * contact did, and when) rather than the filter's verdict, so a "not submitted" filter that
 * fails reads "a soumis le formulaire ebook-2 le 3 janv. 2026". Ids, not names: the UI maps them.
 */

function both(text: (lang: Lang) => string): Localized {
  return { fr: text('fr'), en: text('en') };
}

function windowText(withinDays: number | undefined, lang: Lang): string {
  return withinDays === undefined ? '' : ` ${inLastDays(withinDays, lang)}`;
}

export function listReason(filter: ListFilter, contact: Contact): Localized {
  const member = contact.lists.includes(filter.list);
  return both((l) =>
    l === 'fr'
      ? `${member ? 'est' : "n’est pas"} dans le segment ${filter.list}`
      : `is ${member ? '' : 'not '}in segment ${filter.list}`,
  );
}

export function formReason(filter: FormFilter, contact: Contact, now: number): Localized {
  const i = findSubmission(contact, filter.asset, windowStart(now, filter.withinDays), now);
  const found = contact.events[i];
  if (found?.kind === 'form-submitted') {
    return both((l) =>
      l === 'fr'
        ? `a soumis le formulaire ${found.asset} le ${formatInstant(found.at, l)}`
        : `submitted form ${found.asset} on ${formatInstant(found.at, l)}`,
    );
  }
  const earlier = filter.withinDays === undefined ? undefined : contact.events[findSubmission(contact, filter.asset, -Infinity, now)];
  const before = (l: Lang) =>
    earlier ? (l === 'fr' ? ` (dernière soumission le ${formatInstant(earlier.at, l)})` : ` (last submission on ${formatInstant(earlier.at, l)})`) : '';
  return both((l) => {
    const window = windowText(filter.withinDays, l);
    if (filter.asset === null) return l === 'fr' ? `n’a soumis aucun formulaire${window}${before(l)}` : `has not submitted any form${window}${before(l)}`;
    return l === 'fr'
      ? `n’a pas soumis le formulaire ${filter.asset}${window}${before(l)}`
      : `has not submitted form ${filter.asset}${window}${before(l)}`;
  });
}

type EmailEvent = Extract<ContactEvent, { kind: 'email' }>;
type Words = (id: string, when: string) => string;
interface EmailWords {
  readonly found: InBoth<Words>;
  readonly named: InBoth<(id: string) => string>;
  readonly any: InBoth<string>;
}
type InBoth<T> = { readonly [lang in Lang]: T };

const EMAIL_WORDS: Readonly<Record<EmailEventFilterKind, EmailWords>> = {
  sent: {
    found: { fr: (id, d) => `a reçu l’e-mail ${id} le ${d}`, en: (id, d) => `was sent email ${id} on ${d}` },
    named: { fr: (id) => `n’a pas reçu l’e-mail ${id}`, en: (id) => `was not sent email ${id}` },
    any: { fr: "n’a reçu aucun e-mail", en: 'was not sent any email' },
  },
  opened: {
    found: { fr: (id, d) => `a ouvert l’e-mail ${id} le ${d}`, en: (id, d) => `opened email ${id} on ${d}` },
    named: { fr: (id) => `n’a pas ouvert l’e-mail ${id}`, en: (id) => `did not open email ${id}` },
    any: { fr: "n’a ouvert aucun e-mail", en: 'did not open any email' },
  },
  clicked: {
    found: { fr: (id, d) => `a cliqué dans l’e-mail ${id} le ${d}`, en: (id, d) => `clicked in email ${id} on ${d}` },
    named: { fr: (id) => `n’a pas cliqué dans l’e-mail ${id}`, en: (id) => `did not click in email ${id}` },
    any: { fr: "n’a cliqué dans aucun e-mail", en: 'did not click in any email' },
  },
  bounced: {
    found: { fr: (id, d) => `l’e-mail ${id} a rebondi le ${d}`, en: (id, d) => `email ${id} bounced on ${d}` },
    named: { fr: (id) => `l’e-mail ${id} n’a pas rebondi`, en: (id) => `email ${id} did not bounce` },
    any: { fr: "aucun e-mail n’a rebondi", en: 'no email bounced' },
  },
  unsubscribed: {
    found: { fr: (id, d) => `s’est désabonné via l’e-mail ${id} le ${d}`, en: (id, d) => `unsubscribed via email ${id} on ${d}` },
    named: { fr: (id) => `ne s’est pas désabonné via l’e-mail ${id}`, en: (id) => `did not unsubscribe via email ${id}` },
    any: { fr: "ne s’est désabonné via aucun e-mail", en: 'did not unsubscribe via any email' },
  },
  'opened-not-clicked': {
    found: { fr: (id, d) => `a ouvert l’e-mail ${id} le ${d} sans cliquer`, en: (id, d) => `opened email ${id} on ${d} without clicking` },
    named: { fr: (id) => `n’a pas ouvert l’e-mail ${id} sans cliquer`, en: (id) => `did not open email ${id} without clicking` },
    any: { fr: "n’a ouvert aucun e-mail sans cliquer", en: 'did not open any email without clicking' },
  },
  'received-not-opened': {
    found: { fr: (id, d) => `a reçu l’e-mail ${id} le ${d} sans l’ouvrir`, en: (id, d) => `received email ${id} on ${d} without opening it` },
    named: { fr: (id) => `n’a pas reçu l’e-mail ${id} sans l’ouvrir`, en: (id) => `did not receive email ${id} without opening it` },
    any: { fr: "n’a reçu aucun e-mail resté sans ouverture", en: 'did not receive any email left unopened' },
  },
};

export function emailReason(filter: EmailFilter, contact: Contact, now: number): Localized {
  const words = EMAIL_WORDS[filter.event];
  const found = contact.events[findEmailWitness(filter, contact, now)];
  if (found?.kind === 'email') return both((l) => words.found[l](found.email, formatInstant(found.at, l)));
  const spoiler = filter.email === null ? null : spoilingEvent(filter, filter.email, contact, now);
  if (spoiler) return both((l) => EMAIL_WORDS[spoiler.event].found[l](spoiler.email, formatInstant(spoiler.at, l)));
  return both((l) => (filter.email === null ? words.any[l] : words.named[l](filter.email)) + windowText(filter.withinDays, l));
}

/**
 * For "opened but not clicked" and "received but not opened" on a given email: the event that
 * spoiled it (the click, the bounce, the open), when the email did reach the first stage.
 */
function spoilingEvent(filter: EmailFilter, id: EmailId, contact: Contact, now: number): EmailEvent | null {
  const first = filter.event === 'opened-not-clicked' ? 'opened' : filter.event === 'received-not-opened' ? 'sent' : null;
  if (first === null || findEmailEvent(contact, id, first, windowStart(now, filter.withinDays), now) === -1) return null;
  const spoilers = first === 'opened' ? (['clicked'] as const) : (['bounced', 'opened'] as const);
  for (const action of spoilers) {
    const event = contact.events[findEmailEvent(contact, id, action, -Infinity, now)];
    if (event?.kind === 'email') return event;
  }
  return null;
}

export function pageViewReason(filter: PageViewFilter, contact: Contact, now: number): Localized {
  const found = contact.events[findPageView(contact, filter.url, filter.match, windowStart(now, filter.withinDays), now)];
  if (found?.kind === 'page-viewed') {
    return both((l) => (l === 'fr' ? `a vu la page ${found.url} le ${formatInstant(found.at, l)}` : `viewed page ${found.url} on ${formatInstant(found.at, l)}`));
  }
  return both((l) => {
    const window = windowText(filter.withinDays, l);
    if (filter.match === 'equals') return l === 'fr' ? `n’a pas vu la page ${filter.url}${window}` : `has not viewed page ${filter.url}${window}`;
    return l === 'fr' ? `n’a vu aucune page contenant ${filter.url}${window}` : `has not viewed any page containing ${filter.url}${window}`;
  });
}
