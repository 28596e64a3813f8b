import { describe, expect, it } from 'vitest';
import { matches } from '../../../engine/criteria/index.ts';
import { asAssetId, asContactId, asEmailId, type Contact, type ContactEvent, type PropertyValue } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { LEGACY_SCORE_RULES } from '../../../engine/templates/lifecycle.ts';
import { scoreContact } from '../../../engine/scoring/score-contact.ts';

const DAY = 86_400_000;
const project = buildTemplate('lifecycle', 'en');
const now = Date.parse(`${project.simulation.startDate}T12:00:00Z`);

function contact(properties: Record<string, PropertyValue>, events: readonly ContactEvent[]): Contact {
  return { id: asContactId('c'), properties, lists: [], events, persona: null };
}

const form = (daysAgo: number): ContactEvent => ({ kind: 'form-submitted', asset: asAssetId('any-form'), at: now - daysAgo * DAY });
const email = (event: 'opened' | 'clicked', daysAgo: number): ContactEvent => ({ kind: 'email', event, email: asEmailId('newsletter'), at: now - daysAgo * DAY });
const pricing = (daysAgo: number): ContactEvent => ({ kind: 'page-viewed', url: 'https://example.com/pricing', at: now - daysAgo * DAY });

/** The combined score of the template's 2025 score model (engine/scoring: straight from the model's definition). */
function score(c: Contact): number {
  return scoreContact(project.scoreModel!, c, now).combined;
}

const triggers = (id: string) => project.workflows.find((w) => w.id === id)!.enrollment.triggers;

describe('lifecycle template scoring', () => {
  const active = [form(10), email('opened', 5), email('clicked', 5)];

  it('takes an engaged director above 90', () => {
    // 25 (director) + 30 (form) + 15 (open) + 25 (click) = 95, the emails-and-forms group at its 70 cap.
    expect(score(contact({ jobtitle: 'Directeur marketing' }, active))).toBeGreaterThan(90);
    expect(score(contact({ jobtitle: 'Marketing Director' }, active))).toBeGreaterThan(90);
    // A woman director too: "Directrice" does not contain "Directeur" (it scored 70, not 95).
    expect(score(contact({ jobtitle: 'Directrice commerciale' }, active))).toBeGreaterThan(90);
    // And in the legacy rules the migration tests and the goldens read.
    expect(matches(LEGACY_SCORE_RULES('fr').find((r) => r.id === 'score-director')!.criteria, contact({ jobtitle: 'Directrice générale' }, []), now)).toBe(true);
  });

  it('keeps an engaged contact without a director title, a student and a dormant contact at or below 90', () => {
    expect(score(contact({ jobtitle: 'Chargée de communication' }, [...active, pricing(3)]))).toBeLessThanOrEqual(90);
    expect(score(contact({ jobtitle: 'Directeur', contacttype: 'student' }, [...active, pricing(3)]))).toBeLessThanOrEqual(90);
    // Dormant director: 25 for the title; the form, 60 days old, has lost half its 30 points twice (7.5), the
    // open and the click, 45 days old, once (7.5 and 12.5): 25 + 27.5 = 52.5. (The legacy rules gave 25: their
    // 30-day windows dropped everything at once; the 2025 model lets points decay.)
    expect(score(contact({ jobtitle: 'Directeur' }, [form(60), email('opened', 45), email('clicked', 45)]))).toBe(52.5);
  });

  it('makes a subscriber or a stage-less visitor a lead on any form, but not an MQL', () => {
    expect(matches(triggers('wf-lifecycle-lead'), contact({ lifecyclestage: 'subscriber' }, [form(0)]), now)).toBe(true);
    expect(matches(triggers('wf-lifecycle-lead'), contact({}, [form(0)]), now)).toBe(true);
    expect(matches(triggers('wf-lifecycle-lead'), contact({ lifecyclestage: 'marketingqualifiedlead' }, [form(0)]), now)).toBe(false);
    expect(matches(triggers('wf-lifecycle-lead'), contact({ lifecyclestage: 'subscriber' }, []), now)).toBe(false);
  });

  it('qualifies a lead of unknown type as MQL but never a student, competitor or partner', () => {
    expect(matches(triggers('wf-lifecycle-mql'), contact({ lifecyclestage: 'lead' }, []), now)).toBe(true);
    expect(matches(triggers('wf-lifecycle-mql'), contact({ lifecyclestage: 'lead', contacttype: 'prospect' }, []), now)).toBe(true);
    for (const type of ['student', 'competitor', 'partner']) {
      expect(matches(triggers('wf-lifecycle-mql'), contact({ lifecyclestage: 'lead', contacttype: type }, []), now)).toBe(false);
    }
  });

  it('requires activity within 6 weeks for SQL', () => {
    const mql = (lastActivityDaysAgo: number) =>
      contact({ lifecyclestage: 'marketingqualifiedlead', hubspotscore: 95, lastactivitydate: now - lastActivityDaysAgo * DAY }, []);
    expect(matches(triggers('wf-lifecycle-sql'), mql(10), now)).toBe(true);
    expect(matches(triggers('wf-lifecycle-sql'), mql(50), now)).toBe(false);
  });
});
