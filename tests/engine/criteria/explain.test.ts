import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../engine/criteria/index.ts';
import type { Criteria, Filter } from '../../../engine/model/index.ts';
import { changed, contact, daysAgo, email, form, list, mail, NBSP, NOW, page, prop, submitted, viewed } from './fixtures.ts';

const reasonOf = (filter: Filter, c = contact()) => evaluate({ groups: [{ filters: [filter] }] }, c, NOW).groups[0]!.filters[0]!;

describe('combining groups', () => {
  const score = prop('number', 'hubspotscore', { op: 'gt', value: 90 });
  const lead = prop('enumeration', 'lifecyclestage', { op: 'any-of', values: ['lead'] });
  const inList = list('vip');

  test('filters of a group are ANDed, groups are ORed', () => {
    const criteria: Criteria = { groups: [{ filters: [score, lead] }, { filters: [inList] }] };
    const result = evaluate(criteria, contact({ hubspotscore: 95, lifecyclestage: 'customer' }), NOW);
    expect(result.groups.map((g) => g.matched)).toEqual([false, false]);
    expect(result.matched).toBe(false);
    expect(evaluate(criteria, contact({ hubspotscore: 95, lifecyclestage: 'lead' }), NOW).matched).toBe(true);
    expect(evaluate(criteria, contact({}, [], ['vip']), NOW).matched).toBe(true);
  });

  test('every filter is evaluated, even after one fails', () => {
    const result = evaluate({ groups: [{ filters: [score, lead, inList] }] }, contact({ lifecyclestage: 'lead' }), NOW);
    expect(result.groups[0]!.filters.map((f) => f.matched)).toEqual([false, true, false]);
  });

  test('a criteria with no groups, or only an empty group, never matches', () => {
    expect(evaluate({ groups: [] }, contact(), NOW)).toEqual({ matched: false, groups: [] });
    expect(evaluate({ groups: [{ filters: [] }] }, contact(), NOW).matched).toBe(false);
  });
});

describe('explanations state the value and the condition, in French and English', () => {
  test('a number that holds', () => {
    const r = reasonOf(prop('number', 'hubspotscore', { op: 'gt', value: 90 }), contact({ hubspotscore: 95 }));
    expect(r.reason).toEqual({ fr: 'hubspotscore = 95, supérieur à 90', en: 'hubspotscore = 95, greater than 90' });
  });

  test('a number that does not hold', () => {
    const r = reasonOf(prop('number', 'hubspotscore', { op: 'gt', value: 90 }), contact({ hubspotscore: 80 }));
    expect(r.reason).toEqual({ fr: 'hubspotscore = 80, pas supérieur à 90', en: 'hubspotscore = 80, not greater than 90' });
  });

  test('a string with its quotes', () => {
    const r = reasonOf(prop('string', 'firstname', { op: 'eq', value: 'marie' }), contact({ firstname: 'Jean' }));
    expect(r.reason.fr).toBe(`firstname = «${NBSP}Jean${NBSP}», différent de «${NBSP}marie${NBSP}»`);
    expect(r.reason.en).toBe('firstname = “Jean”, not equal to “marie”');
  });

  test('a missing value, with and without includeUnknown', () => {
    expect(reasonOf(prop('number', 'hubspotscore', { op: 'gt', value: 90 })).reason).toEqual({
      fr: "hubspotscore n’a pas de valeur",
      en: 'hubspotscore has no value',
    });
    expect(reasonOf(prop('number', 'hubspotscore', { op: 'gt', value: 90 }, true)).reason.fr).toContain('contacts sans valeur inclus');
  });

  test('a rolling date gives the age of the value', () => {
    const r = reasonOf(prop('date', 'lastactivitydate', { op: 'more-than-days-ago', days: 730 }), contact({ lastactivitydate: Date.UTC(2023, 10, 7) }));
    expect(r.matched).toBe(true);
    expect(r.reason.fr).toBe(`lastactivitydate = 7${NBSP}nov.${NBSP}2023 (il y a 800${NBSP}jours), il y a plus de 730${NBSP}jours`);
    expect(r.reason.en).toBe(`lastactivitydate = Nov${NBSP}7, 2023 (800${NBSP}days ago), more than 730${NBSP}days ago`);
  });

  test('updated-in-last-days names the last change', () => {
    const r = reasonOf(prop('date', 'lifecyclestage', { op: 'updated-in-last-days', days: 7 }), contact({}, [changed('lifecyclestage', Date.UTC(2026, 0, 12))]));
    expect(r.reason.fr).toBe(`dernière modification de lifecyclestage le 12${NBSP}janv.${NBSP}2026, mis à jour au cours des 7${NBSP}derniers jours`);
    expect(r.reason.en).toBe(`lifecyclestage last changed on Jan${NBSP}12, 2026, updated in the last 7${NBSP}days`);
  });

  test('updated-in-last-days elides before a property starting with a vowel: d’echeance', () => {
    const updated = prop('date', 'echeance', { op: 'updated-in-last-days', days: 7 });
    expect(reasonOf(updated, contact({}, [changed('echeance', Date.UTC(2026, 0, 12))])).reason.fr).toMatch(/^dernière modification d’echeance le 12/);
    expect(reasonOf(updated, contact()).reason.fr).toMatch(/^aucune modification d’echeance enregistrée, /);
  });

  test('a form not submitted names the form by id', () => {
    const r = reasonOf(form('ebook-2', 'not-submitted'), contact({}, [submitted('ebook-1', daysAgo(2))]));
    expect(r.matched).toBe(true);
    expect(r.reason).toEqual({ fr: "n’a pas soumis le formulaire ebook-2", en: 'has not submitted form ebook-2' });
  });

  test('a submission outside the window is mentioned', () => {
    const r = reasonOf(form('ebook-1', 'submitted', 30), contact({}, [submitted('ebook-1', Date.UTC(2025, 11, 6))]));
    expect(r.matched).toBe(false);
    expect(r.reason.fr).toBe(`n’a pas soumis le formulaire ebook-1 au cours des 30${NBSP}derniers jours (dernière soumission le 6${NBSP}déc.${NBSP}2025)`);
    expect(r.reason.en).toBe(`has not submitted form ebook-1 in the last 30${NBSP}days (last submission on Dec${NBSP}6, 2025)`);
  });

  test('any-form and any-email reasons name the one that counted', () => {
    const c = contact({}, [submitted('ebook-1', Date.UTC(2026, 0, 3)), mail('welcome', 'opened', Date.UTC(2026, 0, 10, 9, 30))]);
    expect(reasonOf(form(null), c).reason.en).toBe(`submitted form ebook-1 on Jan${NBSP}3, 2026`);
    expect(reasonOf(email(null, 'opened-not-clicked'), c).reason).toEqual({
      fr: `a ouvert l’e-mail welcome le 10${NBSP}janv.${NBSP}2026 à 09:30${NBSP}UTC sans cliquer`,
      en: `opened email welcome on Jan${NBSP}10, 2026, 09:30${NBSP}UTC without clicking`,
    });
  });

  test('a composite email filter names the event that spoiled it', () => {
    const opened = contact({}, [mail('welcome', 'sent', Date.UTC(2026, 0, 5)), mail('welcome', 'opened', Date.UTC(2026, 0, 6))]);
    const r = reasonOf(email('welcome', 'received-not-opened'), opened);
    expect(r.matched).toBe(false);
    expect(r.reason).toEqual({ fr: `a ouvert l’e-mail welcome le 6${NBSP}janv.${NBSP}2026`, en: `opened email welcome on Jan${NBSP}6, 2026` });
    const clicked = contact({}, [mail('welcome', 'opened', Date.UTC(2026, 0, 6)), mail('welcome', 'clicked', Date.UTC(2026, 0, 7))]);
    expect(reasonOf(email('welcome', 'opened-not-clicked'), clicked).reason.en).toBe(`clicked in email welcome on Jan${NBSP}7, 2026`);
    expect(reasonOf(email('welcome', 'opened-not-clicked'), contact()).reason.fr).toBe("n’a pas ouvert l’e-mail welcome sans cliquer");
  });

  test('page views and lists', () => {
    const c = contact({}, [viewed('https://x.fr/prix', Date.UTC(2026, 0, 14))], ['vip']);
    expect(reasonOf(page('prix', 'contains'), c).reason.fr).toBe(`a vu la page https://x.fr/prix le 14${NBSP}janv.${NBSP}2026`);
    expect(reasonOf(page('blog', 'contains', 'not-viewed'), c).reason.en).toBe('has not viewed any page containing blog');
    expect(reasonOf(list('vip', 'not-in'), c).reason).toEqual({ fr: 'est dans le segment vip', en: 'is in segment vip' });
  });
});
