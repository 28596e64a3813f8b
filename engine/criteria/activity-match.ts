import type { AssetId, Contact, EmailFilter, EmailId, FormFilter, PageViewFilter } from '../model/index.ts';
import { containsIgnoreCase, sameUrl } from './text-fold.ts';
import { windowStart } from './values.ts';

/*
 * Each finder scans the history from the newest event and returns the index of the newest event
 * that witnesses the filter, or -1. Returning an index keeps the fast path allocation-free and
 * lets the explanation name the very event that made the filter hold.
 * Events after `now` have not happened yet and are ignored.
 */

type EmailAction = 'sent' | 'opened' | 'clicked' | 'bounced' | 'unsubscribed';

export function findSubmission(contact: Contact, asset: AssetId | null, since: number, now: number): number {
  const events = contact.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind === 'form-submitted' && e.at <= now && e.at >= since && (asset === null || e.asset === asset)) return i;
  }
  return -1;
}

export function findEmailEvent(contact: Contact, email: EmailId | null, action: EmailAction, since: number, now: number): number {
  const events = contact.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind === 'email' && e.event === action && e.at <= now && e.at >= since && (email === null || e.email === email)) return i;
  }
  return -1;
}

/** Whether this exact email had the action at any time up to now. */
function emailHad(contact: Contact, email: EmailId, action: EmailAction, now: number): boolean {
  return findEmailEvent(contact, email, action, -Infinity, now) !== -1;
}

/** An open (in the window) of an email that was never clicked. */
export function findOpenedNotClicked(contact: Contact, email: EmailId | null, since: number, now: number): number {
  const events = contact.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind !== 'email' || e.event !== 'opened' || e.at > now || e.at < since) continue;
    if (email !== null && e.email !== email) continue;
    if (!emailHad(contact, e.email, 'clicked', now)) return i;
  }
  return -1;
}

/** A send (in the window) of an email that neither bounced nor was opened. */
export function findReceivedNotOpened(contact: Contact, email: EmailId | null, since: number, now: number): number {
  const events = contact.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind !== 'email' || e.event !== 'sent' || e.at > now || e.at < since) continue;
    if (email !== null && e.email !== email) continue;
    if (!emailHad(contact, e.email, 'bounced', now) && !emailHad(contact, e.email, 'opened', now)) return i;
  }
  return -1;
}

export function findPageView(contact: Contact, url: string, match: 'equals' | 'contains', since: number, now: number): number {
  const events = contact.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind !== 'page-viewed' || e.at > now || e.at < since) continue;
    if (match === 'equals' ? sameUrl(e.url, url) : containsIgnoreCase(e.url, url)) return i;
  }
  return -1;
}

/** The event witnessing an email filter’s event kind, or -1. */
export function findEmailWitness(filter: EmailFilter, contact: Contact, now: number): number {
  const since = windowStart(now, filter.withinDays);
  switch (filter.event) {
    case 'opened-not-clicked':
      return findOpenedNotClicked(contact, filter.email, since, now);
    case 'received-not-opened':
      return findReceivedNotOpened(contact, filter.email, since, now);
    default:
      return findEmailEvent(contact, filter.email, filter.event, since, now);
  }
}

export function formFilterMatches(filter: FormFilter, contact: Contact, now: number): boolean {
  const submitted = findSubmission(contact, filter.asset, windowStart(now, filter.withinDays), now) !== -1;
  return filter.op === 'submitted' ? submitted : !submitted;
}

export function emailFilterMatches(filter: EmailFilter, contact: Contact, now: number): boolean {
  return findEmailWitness(filter, contact, now) !== -1;
}

export function pageViewFilterMatches(filter: PageViewFilter, contact: Contact, now: number): boolean {
  const viewed = findPageView(contact, filter.url, filter.match, windowStart(now, filter.withinDays), now) !== -1;
  return filter.op === 'viewed' ? viewed : !viewed;
}
