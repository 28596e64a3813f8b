import { LINT_RULE_IDS, lintProject } from '../../../engine/lint/index.ts';
import { asBranchId, asEmailId, asListId, asStepId, NO_CRITERIA, type Step } from '../../../engine/model/index.ts';
import {
  addToList,
  ASSET_EBOOK1,
  clearProperty,
  contact,
  criteria,
  delaySpec,
  enrollIn,
  goTo,
  ifThen,
  inList,
  project,
  randomSplit,
  seedNurturing,
  sendEmail,
  setProperty,
  setStage,
  stageAnyOf,
  workflow,
} from './fixtures.ts';
import { expectBilingual } from './helpers.ts';

/** One project that breaks every rule at least once. */
function everythingWrong() {
  const broken = workflow(
    'broken',
    [
      sendEmail('a', 'follow-up', 'b'),
      sendEmail('b', 'ghost', 'c'),
      setStage('c', 'lead', 'd'),
      delaySpec('d', { mode: 'until-date', date: '2025-06-01', time: '09:00' }, 'e'),
      randomSplit('e', [[70, 'f'], [20, null]]),
      ifThen('f', 'Q ?', 'g', null),
      goTo('g', 'f'),
      sendEmail('orphan', 'follow-up', null),
      enrollIn('h', 'cycle'),
    ],
    {
      enrollment: { triggers: criteria(stageAnyOf('customer')), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false },
      goal: criteria(inList('customers')),
      suppressionLists: [asListId('nurtured')],
    },
  );
  const cycle = workflow('cycle', [enrollIn('k', 'broken')]);
  const manual = workflow('manual', [], { enrollment: { triggers: NO_CRITERIA, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } });
  const anchored = workflow('anchored', [], { timing: { type: 'date-property', anchorProperty: 'company', recurAnnually: false } });
  const tooSoon = workflow('too-soon', [
    sendEmail('s', 'follow-up', 't'),
    {
      id: asStepId('t'),
      kind: 'branch-if',
      branches: [{ id: asBranchId('t1'), name: 'Opened', criteria: { groups: [{ filters: [{ kind: 'email', email: asEmailId('follow-up'), event: 'opened' }] }] }, next: null }],
      defaultName: 'No',
      defaultNext: null,
    },
  ]);
  const props = workflow('props', [], {
    enrollment: {
      triggers: {
        groups: [
          {
            filters: [
              { kind: 'property', property: 'nosuch', type: 'string', operation: { op: 'is-known' } },
              { kind: 'property', property: 'company', type: 'number', operation: { op: 'gt', value: 3 } },
            ],
          },
        ],
      },
      enrollExisting: true,
      reenroll: false,
      unenrollWhenNotMatching: false,
    },
  });
  // A page-view branch right at enrollment (analytics need 80 minutes), then an if/then of 21 branches (HubSpot: 20).
  const pricing = { kind: 'page-view' as const, url: '/pricing', match: 'contains' as const, op: 'viewed' as const };
  const hubspot = workflow('hubspot', [
    ifThen('p', 'Tarifs vus ?', 'q', null, criteria(pricing)),
    { ...ifThen('q', 'Trop de branches', null, null), branches: Array.from({ length: 21 }, (_, i) => ({ id: asBranchId(`q${i}`), name: `B${i}`, criteria: criteria(pricing), next: null })) } as Step,
  ]);
  // Programme rules: pong sets the job title that ping's trigger (re-enrolling) reads, ping enrolls
  // in pong; clearer clears what pong sets; listener reads a list no workflow fills.
  const titled = criteria({ kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'eq', value: 'Loop' } });
  const ping = workflow('ping', [enrollIn('p1', 'pong')], { enrollment: { triggers: titled, enrollExisting: true, reenroll: true, unenrollWhenNotMatching: false } });
  const pong = workflow('pong', [setProperty('p2', 'jobtitle', 'Loop', null)], { enrollment: { triggers: NO_CRITERIA, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } });
  const clearer = workflow('clearer', [clearProperty('p3', 'jobtitle', null)]);
  const listener = workflow('listener', [], { enrollment: { triggers: criteria(inList('customers')), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } });
  return project([seedNurturing(), broken, cycle, manual, anchored, props, tooSoon, hubspot, ping, pong, clearer, listener]);
}

describe('the rule set as a whole', () => {
  it('fires every rule on a project that breaks them all, each message in French and English', () => {
    const found = lintProject(everythingWrong(), { contacts: [contact('c1', { lifecyclestage: 'lead' })] });
    expect(new Set(found.map((f) => f.rule))).toEqual(new Set(LINT_RULE_IDS));
    found.forEach(expectBilingual);
  });

  it('finds nothing in a sound workflow', () => {
    const sound = workflow('sound', [
      sendEmail('a', 'follow-up', 'b'),
      delaySpec('b', { mode: 'duration', duration: { amount: 5, unit: 'days' } }, 'c'),
      ifThen('c', 'A téléchargé l’ebook 2 ?', 'd', 'e'),
      setStage('d', 'marketingqualifiedlead', 'f'),
      delaySpec('e', { mode: 'duration', duration: { amount: 3, unit: 'days' } }, 'g'),
      sendEmail('g', 'blog-digest', 'f'),
      addToList('f', 'nurtured'),
    ]);
    const reader = { ...contact('c1'), events: [{ kind: 'form-submitted' as const, asset: ASSET_EBOOK1, at: Date.parse('2026-01-02T10:00:00Z') }] };
    expect(lintProject(project([sound]), { contacts: [reader] })).toEqual([]);
  });
});
