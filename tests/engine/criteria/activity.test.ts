import { describe, expect, test } from 'vitest';
import { evaluateFilter } from '../../../engine/criteria/index.ts';
import { contact, daysAgo, email, form, list, mail, NOW, page, submitted, viewed } from './fixtures.ts';

describe('list filters', () => {
  test('in and not-in read static list membership', () => {
    const member = contact({}, [], ['newsletter']);
    expect(evaluateFilter(list('newsletter'), member, NOW)).toBe(true);
    expect(evaluateFilter(list('newsletter', 'not-in'), member, NOW)).toBe(false);
    expect(evaluateFilter(list('trash'), member, NOW)).toBe(false);
    expect(evaluateFilter(list('trash', 'not-in'), member, NOW)).toBe(true);
  });
});

describe('form filters', () => {
  const c = contact({}, [submitted('ebook-1', daysAgo(40)), submitted('ebook-2', daysAgo(3))]);

  test('a given asset must have been submitted', () => {
    expect(evaluateFilter(form('ebook-1'), c, NOW)).toBe(true);
    expect(evaluateFilter(form('webinar'), c, NOW)).toBe(false);
    expect(evaluateFilter(form('webinar', 'not-submitted'), c, NOW)).toBe(true);
  });

  test('a null asset means any form', () => {
    expect(evaluateFilter(form(null), c, NOW)).toBe(true);
    expect(evaluateFilter(form(null, 'not-submitted'), contact(), NOW)).toBe(true);
  });

  test('withinDays only counts submissions in the window, boundary included', () => {
    expect(evaluateFilter(form('ebook-1', 'submitted', 30), c, NOW)).toBe(false);
    expect(evaluateFilter(form('ebook-1', 'not-submitted', 30), c, NOW)).toBe(true);
    expect(evaluateFilter(form('ebook-1', 'submitted', 40), c, NOW)).toBe(true);
    expect(evaluateFilter(form(null, 'submitted', 5), c, NOW)).toBe(true);
  });

  test('submissions after now have not happened yet', () => {
    expect(evaluateFilter(form('later'), contact({}, [submitted('later', NOW + 1)]), NOW)).toBe(false);
  });
});

describe('email filters', () => {
  test.each(['sent', 'opened', 'clicked', 'bounced', 'unsubscribed'] as const)('%s needs that event on that email', (event) => {
    const c = contact({}, [mail('welcome', event, daysAgo(2))]);
    expect(evaluateFilter(email('welcome', event), c, NOW)).toBe(true);
    expect(evaluateFilter(email('other', event), c, NOW)).toBe(false);
    expect(evaluateFilter(email(null, event), c, NOW)).toBe(true);
    expect(evaluateFilter(email(null, event), contact(), NOW)).toBe(false);
  });

  test('withinDays applies to the event', () => {
    const c = contact({}, [mail('welcome', 'opened', daysAgo(10))]);
    expect(evaluateFilter(email('welcome', 'opened', 7), c, NOW)).toBe(false);
    expect(evaluateFilter(email('welcome', 'opened', 10), c, NOW)).toBe(true);
  });

  test('opened-not-clicked holds for an opened email that was never clicked', () => {
    const opened = contact({}, [mail('a', 'sent', daysAgo(3)), mail('a', 'opened', daysAgo(2))]);
    const clicked = contact({}, [mail('a', 'sent', daysAgo(3)), mail('a', 'opened', daysAgo(2)), mail('a', 'clicked', daysAgo(2))]);
    expect(evaluateFilter(email('a', 'opened-not-clicked'), opened, NOW)).toBe(true);
    expect(evaluateFilter(email('a', 'opened-not-clicked'), clicked, NOW)).toBe(false);
    expect(evaluateFilter(email('a', 'opened-not-clicked'), contact({}, [mail('a', 'sent', daysAgo(3))]), NOW)).toBe(false);
  });

  test('opened-not-clicked on any email looks at each email on its own', () => {
    const c = contact({}, [mail('a', 'opened', daysAgo(5)), mail('a', 'clicked', daysAgo(5)), mail('b', 'opened', daysAgo(1))]);
    expect(evaluateFilter(email(null, 'opened-not-clicked'), c, NOW)).toBe(true);
    expect(evaluateFilter(email(null, 'opened-not-clicked', 3), c, NOW)).toBe(true);
    const onlyClicked = contact({}, [mail('a', 'opened', daysAgo(5)), mail('a', 'clicked', daysAgo(5))]);
    expect(evaluateFilter(email(null, 'opened-not-clicked'), onlyClicked, NOW)).toBe(false);
  });

  test('received-not-opened: sent, not bounced, not opened', () => {
    const sent = contact({}, [mail('a', 'sent', daysAgo(3))]);
    const bounced = contact({}, [mail('a', 'sent', daysAgo(3)), mail('a', 'bounced', daysAgo(3))]);
    const opened = contact({}, [mail('a', 'sent', daysAgo(3)), mail('a', 'opened', daysAgo(1))]);
    const openedLater = contact({}, [mail('a', 'sent', daysAgo(3)), mail('a', 'opened', NOW + 1)]);
    expect(evaluateFilter(email('a', 'received-not-opened'), sent, NOW)).toBe(true);
    expect(evaluateFilter(email('a', 'received-not-opened'), bounced, NOW)).toBe(false);
    expect(evaluateFilter(email('a', 'received-not-opened'), opened, NOW)).toBe(false);
    expect(evaluateFilter(email('a', 'received-not-opened'), openedLater, NOW)).toBe(true);
    expect(evaluateFilter(email(null, 'received-not-opened', 2), sent, NOW)).toBe(false);
    expect(evaluateFilter(email(null, 'received-not-opened', 3), sent, NOW)).toBe(true);
  });
});

describe('page-view filters', () => {
  const c = contact({}, [viewed('https://example.com/Pricing/', daysAgo(20))]);

  test('equals ignores case and a trailing slash', () => {
    expect(evaluateFilter(page('https://example.com/pricing', 'equals'), c, NOW)).toBe(true);
    expect(evaluateFilter(page('https://example.com/pricing/plans', 'equals'), c, NOW)).toBe(false);
  });

  test('contains matches part of the URL, ignoring case', () => {
    expect(evaluateFilter(page('PRICING', 'contains'), c, NOW)).toBe(true);
    expect(evaluateFilter(page('blog', 'contains'), c, NOW)).toBe(false);
  });

  test('not-viewed is the negation, within the same window', () => {
    expect(evaluateFilter(page('pricing', 'contains', 'not-viewed'), c, NOW)).toBe(false);
    expect(evaluateFilter(page('pricing', 'contains', 'not-viewed', 7), c, NOW)).toBe(true);
    expect(evaluateFilter(page('pricing', 'contains', 'viewed', 20), c, NOW)).toBe(true);
  });

  test('views after now are ignored', () => {
    expect(evaluateFilter(page('blog', 'contains'), contact({}, [viewed('https://x/blog', NOW + 1)]), NOW)).toBe(false);
  });
});
