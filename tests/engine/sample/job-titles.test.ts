import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { FRENCH_FIRST, FRENCH_GENDER, FRENCH_STUDENT, FRENCH_TITLES } from '../../../engine/sample/names.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

/**
 * A generated French lead's job title agrees with the gender of their first name: the review found
 * "Hugo Chevalier — Chargée de communication" and "Pierre Garcia — Gérante". The draw is the same
 * as when each title had one form (the entry is drawn, the first name picks its form), so a seed
 * gives the same people, companies, dates and scores as before, only the title's ending changes.
 */

const project = buildTemplate('lifecycle', 'fr');
const contacts = generateContacts(project, 5000, 7);
const FEMININE = new Set([...FRENCH_TITLES, FRENCH_STUDENT].map((t) => t.feminine));
const MASCULINE = new Set([...FRENCH_TITLES, FRENCH_STUDENT].map((t) => t.masculine));
const isFrenchFirst = (name: unknown): name is (typeof FRENCH_FIRST)[number] => (FRENCH_FIRST as readonly unknown[]).includes(name);

describe('a sample lead’s French job title', () => {
  it('agrees with the first name’s gender, for every French lead of a large sample', () => {
    const french = contacts.filter((c) => isFrenchFirst(c.properties.firstname));
    expect(french.length).toBeGreaterThan(2500);
    const wrong = french.filter((c) => {
      const title = String(c.properties.jobtitle);
      return FRENCH_GENDER[c.properties.firstname as (typeof FRENCH_FIRST)[number]] === 'feminine' ? !FEMININE.has(title) : !MASCULINE.has(title);
    });
    expect(wrong.map((c) => `${String(c.properties.firstname)} — ${String(c.properties.jobtitle)}`)).toEqual([]);
  });

  it('is drawn as before, only its form agreeing: the first leads of seed 7', () => {
    // Before: c-2 "Antoine Roussel — Assistante de direction", c-7 "Julien Blanc — Gérante",
    // c-22 "Élodie Lefèvre — Chargé d’affaires", c-28 "Guillaume Henry — Directrice commerciale",
    // c-11 "Céline Michel — Étudiant en école de commerce" (a student).
    const who = (id: string) => {
      const c = contacts.find((x) => x.id === id)!;
      return `${String(c.properties.firstname)} ${String(c.properties.lastname)} — ${String(c.properties.jobtitle)}`;
    };
    expect(['c-2', 'c-7', 'c-11', 'c-22', 'c-28'].map(who)).toEqual([
      'Antoine Roussel — Assistant de direction',
      'Julien Blanc — Gérant',
      'Céline Michel — Étudiante en école de commerce',
      'Élodie Lefèvre — Chargée d’affaires',
      'Guillaume Henry — Directeur commercial',
    ]);
  });

  it('keeps a director’s title a director’s, in either form, for the lifecycle score rule', () => {
    for (const title of FRENCH_TITLES.slice(0, 3)) {
      expect(title.masculine).toMatch(/^Directeur /);
      expect(title.feminine).toMatch(/^Directrice /);
    }
  });

  it('is the same for the same seed', () => {
    expect(generateContacts(project, 200, 7)).toEqual(contacts.slice(0, 200));
  });
});
