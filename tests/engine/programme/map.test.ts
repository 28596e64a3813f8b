import { describe, expect, it } from 'vitest';
import { asAssetId, asBranchId, asEmailId, asListId, asWorkflowId, edgeLabel, programmeMap, type ProgrammeEdge } from '../../../engine/index.ts';
import { project, seedProgramme, sid, triggered, when, wf } from './fixtures.ts';

/** An edge as the tests write them by hand: from > to, kind, item, place. */
const brief = (e: ProgrammeEdge) => `${e.from}>${e.to} ${e.kind}:${e.item}${e.writeTag === 'remove' ? '(remove)' : ''} @${e.place}`;

describe('programme map of the seed article, three examples in one project', () => {
  // Reading the templates: Lifecycle 1 sets the stage to lead, which Lifecycle 2's trigger asks
  // for; Lifecycle 2 sets MQL, which Lifecycle 3's trigger asks for. The nurturing's second email
  // offers ebook 2: its download is a form submission, which Lifecycle 1's trigger ("any form")
  // reads. Nobody writes what the cleanup reads (last activity date, set by the contacts'
  // own activity), nor the score or contact type. Lifecycle 1's "stage is subscriber" is met by
  // no stage a workflow sets, and every other stage set reaches no other trigger.
  it.each(['fr', 'en'] as const)('links nurturing to lifecycle and the lifecycle workflows in a chain (%s)', (lang) => {
    const map = programmeMap(seedProgramme(lang));
    expect(map.nodes.map((n) => n.workflow)).toEqual(['wf-nurturing', 'wf-lifecycle-lead', 'wf-lifecycle-mql', 'wf-lifecycle-sql', 'wf-cleanup']);
    expect(map.edges.map(brief)).toEqual([
      'wf-nurturing>wf-lifecycle-lead email:email-ebook-2 @trigger',
      'wf-lifecycle-lead>wf-lifecycle-mql stage:lead @trigger',
      'wf-lifecycle-mql>wf-lifecycle-sql stage:marketingqualifiedlead @trigger',
    ]);
    expect(map.edges[0]!.fromSteps).toEqual(['step-send-ebook-2']);
    expect(map.edges[1]!.fromSteps).toEqual(['step-set-lead']);
  });

  it('labels the edges with the kind and the item’s name in both languages', () => {
    const fr = seedProgramme('fr');
    const en = seedProgramme('en');
    const [email, lead] = programmeMap(fr).edges;
    expect(edgeLabel(lead!, fr, 'fr')).toBe('Phase «\u00a0Lead\u00a0» (déclencheur)');
    expect(edgeLabel(lead!, en, 'en')).toBe('Stage “Lead” (trigger)');
    expect(edgeLabel(email!, en, 'en')).toBe('Email “Offer – ebook 2” (trigger)');
    expect(edgeLabel(email!, fr, 'fr')).toBe('E-mail «\u00a0Offre – ebook 2\u00a0» (déclencheur)');
  });
});

describe('programme map, each link kind by hand', () => {
  it('enroll: an enroll-in-workflow step links to its target, itself included', () => {
    const map = programmeMap(
      project([
        wf('a', [
          { id: sid('a1'), kind: 'enroll-in-workflow', workflow: asWorkflowId('b'), next: sid('a2') },
          { id: sid('a2'), kind: 'enroll-in-workflow', workflow: asWorkflowId('b'), next: sid('a3') },
          { id: sid('a3'), kind: 'enroll-in-workflow', workflow: asWorkflowId('a'), next: null },
        ]),
        wf('b'),
        wf('c', [{ id: sid('c1'), kind: 'enroll-in-workflow', workflow: asWorkflowId('gone'), next: null }]),
      ]),
    );
    expect(map.edges.map(brief)).toEqual(['a>a enroll:a @enroll', 'a>b enroll:b @enroll']);
    expect(map.edges[1]!.fromSteps).toEqual(['a1', 'a2']);
  });

  it('list: adding feeds "is in" triggers and suppression lists, removing feeds "is not in"', () => {
    const listA = asListId('list-a');
    const map = programmeMap(
      project([
        wf('adds', [{ id: sid('s1'), kind: 'add-to-list', list: listA, next: null }]),
        wf('removes', [{ id: sid('s2'), kind: 'remove-from-list', list: listA, next: null }]),
        triggered('in-a', when({ kind: 'list', list: listA, op: 'in' })),
        triggered('not-in-a', when({ kind: 'list', list: listA, op: 'not-in' })),
        triggered('in-b', when({ kind: 'list', list: asListId('list-b'), op: 'in' })),
        wf('suppressed', [], { suppressionLists: [listA] }),
      ]),
    );
    expect(map.edges.map(brief)).toEqual([
      'adds>in-a list:list-a @trigger',
      'adds>suppressed list:list-a @suppression',
      'removes>not-in-a list:list-a(remove) @trigger',
    ]);
  });

  it('property: a value reaches the triggers, goals and branches it can satisfy; an unknown value reaches all', () => {
    const pro = { kind: 'property', property: 'plan', type: 'string', operation: { op: 'eq', value: 'pro' } } as const;
    const free = { kind: 'property', property: 'plan', type: 'string', operation: { op: 'eq', value: 'free' } } as const;
    const map = programmeMap(
      project([
        wf('sets', [{ id: sid('s1'), kind: 'set-property', property: 'plan', value: 'pro', next: null }]),
        wf('counts', [{ id: sid('s2'), kind: 'increment-property', property: 'visits', by: 1, next: null }]),
        triggered('wants-pro', when(pro)),
        triggered('wants-free', when(free)),
        wf('goal-known', [], { goal: when({ kind: 'property', property: 'plan', type: 'string', operation: { op: 'is-known' } }) }),
        wf('branches', [
          { id: sid('b1'), kind: 'branch-if', branches: [{ id: asBranchId('x'), name: 'Pro', criteria: when(pro), next: null }], defaultName: 'No', defaultNext: null },
          { id: sid('b2'), kind: 'branch-value', property: 'plan', branches: [], defaultName: 'Other', defaultNext: null },
        ]),
        triggered('many-visits', when({ kind: 'property', property: 'visits', type: 'number', operation: { op: 'gt', value: 5 } })),
      ]),
    );
    expect(map.edges.map(brief)).toEqual([
      'sets>wants-pro property:plan @trigger',
      'sets>goal-known property:plan @goal',
      'sets>branches property:plan @branch',
      'counts>many-visits property:visits @trigger',
    ]);
    expect(map.edges[2]!.toSteps).toEqual(['b1', 'b2']);
  });

  it('stage: a stage set reaches the criteria that accept that stage, one edge per stage', () => {
    const stageIs = (values: string[], op: 'any-of' | 'none-of' = 'any-of') =>
      when({ kind: 'property', property: 'lifecyclestage', type: 'enumeration', operation: { op, values } });
    const map = programmeMap(
      project([
        wf('promotes', [
          { id: sid('s1'), kind: 'set-lifecycle-stage', stage: 'customer', next: sid('s2') },
          { id: sid('s2'), kind: 'set-property', property: 'lifecyclestage', value: 'lead', next: null },
        ]),
        triggered('customers', stageIs(['customer'])),
        triggered('not-customers', stageIs(['customer'], 'none-of')),
        triggered('opportunities', stageIs(['opportunity'])),
      ]),
    );
    expect(map.edges.map(brief)).toEqual(['promotes>customers stage:customer @trigger', 'promotes>not-customers stage:lead @trigger']);
  });

  it('email: an email event, or the form of the asset the email offers, links the sender to the reader', () => {
    const x = asEmailId('email-x');
    const map = programmeMap(
      project([
        wf('sends', [
          { id: sid('s1'), kind: 'send-email', email: x, next: sid('s2') },
          { id: sid('s2'), kind: 'send-email', email: asEmailId('email-z'), next: null },
        ]),
        triggered('opened-x', when({ kind: 'email', email: x, event: 'opened' })),
        triggered('downloaded-y', when({ kind: 'form', asset: asAssetId('asset-y'), op: 'submitted' })),
        triggered('downloaded-w', when({ kind: 'form', asset: asAssetId('asset-w'), op: 'submitted' })),
        triggered('not-downloaded', when({ kind: 'form', asset: null, op: 'not-submitted' })),
        wf('waits', [{ id: sid('w1'), kind: 'delay-until-event', event: { kind: 'email-clicked', email: null }, maxWait: { amount: 1, unit: 'days' }, met: null, notMet: null }]),
      ]),
    );
    expect(map.edges.map(brief)).toEqual([
      'sends>opened-x email:email-x @trigger',
      'sends>downloaded-y email:email-x @trigger',
      'sends>waits email:email-x @wait',
      'sends>waits email:email-z @wait',
    ]);
  });

  it('a workflow reading what it writes itself is no link', () => {
    const map = programmeMap(
      project([
        triggered('self', when({ kind: 'list', list: asListId('list-a'), op: 'in' }), [{ id: sid('s1'), kind: 'add-to-list', list: asListId('list-a'), next: null }]),
      ]),
    );
    expect(map.edges).toEqual([]);
  });
});
