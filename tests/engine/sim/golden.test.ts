import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { allTemplates, digest, unusualProject } from './golden-digest.ts';

/**
 * Pinned fingerprints of full runs, taken before the simulator's fast paths were written:
 * a faster simulator must give the very same log, counters, series, contacts and time travel.
 */
describe('simulator results stay exactly the same', () => {
  it('for every template together over a year, with arrivals', () => {
    const project = allTemplates();
    const result = simulate(project, generateContacts(project, 1500, 7));
    expect(digest(result)).toEqual(EXPECTED_TEMPLATES);
  });

  it('for history windows, goals, suppression, waits on criteria and windows', () => {
    const project = unusualProject();
    const result = simulate(project, generateContacts(project, 1500, 11), { seed: 3 });
    expect(digest(result)).toEqual(EXPECTED_UNUSUAL);
  });
});

const EXPECTED_TEMPLATES = {
  contacts: 1625650502,
  counters: 3133695924,
  enrollments: 3449118287,
  ids: 1021606883,
  log: 1214426446,
  logRows: 212648,
  series: 815549768,
  timeTravel: 744612673,
};
const EXPECTED_UNUSUAL = {
  contacts: 4249176375,
  counters: 2125799239,
  enrollments: 3463420854,
  ids: 339266790,
  log: 2734266191,
  logRows: 377682,
  series: 3201336210,
  timeTravel: 3623394968,
};
