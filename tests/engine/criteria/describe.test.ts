import { describe, expect, test } from 'vitest';
import { describeCriteria, describeFilter, ID_NAMES, nameLookupFromProject } from '../../../engine/criteria/index.ts';
import { asAssetId, asEmailId, asListId, asProjectId, emptyProject, type Project } from '../../../engine/model/index.ts';
import { email, form, list, NBSP, page, prop } from './fixtures.ts';

const project: Project = {
  ...emptyProject(asProjectId('p'), 'Nurturing'),
  assets: [{ id: asAssetId('ebook-2'), name: 'Comment construire votre propre sujet Y ?', kind: 'ebook', conversionScale: 1 }],
  emails: [{ id: asEmailId('welcome'), name: 'Bienvenue', subject: 'Bonjour', asset: null, openScale: 1, clickScale: 1 }],
  lists: [{ id: asListId('trash'), name: 'Poubelle' }],
};
const fr = nameLookupFromProject(project, 'fr');
const en = nameLookupFromProject(project, 'en');
const fq = (s: string) => `«${NBSP}${s}${NBSP}»`;

describe('describeFilter', () => {
  test('an ebook download, named from the project', () => {
    expect(describeFilter(form('ebook-2'), fr, 'fr')).toBe(`A téléchargé l’ebook ${fq('Comment construire votre propre sujet Y ?')}`);
    expect(describeFilter(form('ebook-2', 'not-submitted'), en, 'en')).toBe('Has not downloaded the ebook “Comment construire votre propre sujet Y ?”');
  });

  test('a score threshold uses the property label', () => {
    const filter = prop('number', 'hubspotscore', { op: 'gt', value: 90 });
    expect(describeFilter(filter, fr, 'fr')).toBe('Score HubSpot supérieur à 90');
    expect(describeFilter(filter, en, 'en')).toBe('HubSpot score greater than 90');
  });

  test('inactivity over two years', () => {
    const filter = prop('date', 'lastactivitydate', { op: 'more-than-days-ago', days: 730 });
    expect(describeFilter(filter, fr, 'fr')).toBe(`Date de dernière activité il y a plus de 730${NBSP}jours`);
    expect(describeFilter(filter, en, 'en')).toBe(`Last activity date more than 730${NBSP}days ago`);
  });

  test('enumerations show option labels', () => {
    const filter = prop('enumeration', 'lifecyclestage', { op: 'any-of', values: ['lead', 'customer'] });
    expect(describeFilter(filter, fr, 'fr')).toBe('Phase du cycle de vie est Lead ou Client');
    expect(describeFilter(filter, en, 'en')).toBe('Lifecycle stage is Lead or Customer');
  });

  test('emails, lists, page views and windows', () => {
    expect(describeFilter(email('welcome', 'opened', 7), fr, 'fr')).toBe(`A ouvert l’e-mail ${fq('Bienvenue')} au cours des 7${NBSP}derniers jours`);
    expect(describeFilter(email(null, 'bounced'), en, 'en')).toBe('An email bounced');
    expect(describeFilter(list('trash'), fr, 'fr')).toBe(`Est dans le segment ${fq('Poubelle')}`);
    expect(describeFilter(page('/tarifs', 'contains', 'not-viewed'), en, 'en')).toBe('Has not viewed any page whose URL contains “/tarifs”');
  });

  test('unknown ids and properties fall back to the id', () => {
    expect(describeFilter(list('nope'), fr, 'fr')).toBe(`Est dans le segment ${fq('nope')}`);
    expect(describeFilter(prop('string', 'favcolor', { op: 'is-known' }), ID_NAMES, 'en')).toBe('favcolor is known');
    expect(describeFilter(form('other'), en, 'en')).toBe('Filled out the form “other”');
  });

  test('"is known" reads right in French whatever the gender of the property’s label', () => {
    // "Date d’anniversaire est connu" (a review, on the birthday template): French agrees with the label, which varies.
    expect(describeFilter(prop('date', 'date_of_birth', { op: 'is-known' }), ID_NAMES, 'fr')).toBe('date_of_birth a une valeur');
    expect(describeFilter(prop('string', 'jobtitle', { op: 'is-unknown' }), ID_NAMES, 'fr')).toBe('jobtitle n’a pas de valeur');
    expect(describeFilter(prop('string', 'jobtitle', { op: 'is-unknown' }), ID_NAMES, 'en')).toBe('jobtitle is unknown');
  });

  test('includeUnknown is spelled out', () => {
    expect(describeFilter(prop('number', 'hubspotscore', { op: 'lt', value: 10 }, true), fr, 'fr')).toBe('Score HubSpot inférieur à 10 (ou sans valeur)');
  });
});

describe('describeCriteria', () => {
  const criteria = {
    groups: [
      { filters: [form('ebook-2'), prop('number', 'hubspotscore', { op: 'gt', value: 90 })] },
      { filters: [list('trash')] },
    ],
  };

  test('groups joined with OU / OR and filters with ET / AND', () => {
    expect(describeCriteria(criteria, fr, 'fr')).toBe(
      `(A téléchargé l’ebook ${fq('Comment construire votre propre sujet Y ?')} ET Score HubSpot supérieur à 90) OU Est dans le segment ${fq('Poubelle')}`,
    );
    expect(describeCriteria(criteria, en, 'en')).toBe(
      '(Downloaded the ebook “Comment construire votre propre sujet Y ?” AND HubSpot score greater than 90) OR Is in segment “Poubelle”',
    );
  });

  test('a single group needs no parentheses; no groups says so', () => {
    expect(describeCriteria({ groups: [criteria.groups[0]!] }, en, 'en')).not.toContain('(');
    expect(describeCriteria({ groups: [] }, fr, 'fr')).toBe('Aucun critère');
  });
});
