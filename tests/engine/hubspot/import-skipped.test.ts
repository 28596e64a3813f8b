import { describe, expect, it } from 'vitest';
import { fromHubSpotFlow, skippedMessages } from '../../../engine/index.ts';

/**
 * A page of GET /automation/v4/flows lists every workflow of a portal, deal and ticket ones among
 * the contact ones (objectTypeId "0-3", "0-5"; contacts are "0-1", hubspot-today.md §1.2).
 */
const contact = (id: string, name: string) => ({
  id,
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  name,
  startActionId: '1',
  enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
  actions: [{ type: 'SINGLE_CONNECTION', actionId: '1', actionTypeId: '0-4', actionTypeVersion: 0, fields: { content_id: '1001' } }],
});
// A deal workflow's actions need not match what Flowbench reads of a contact one (here a 0-1 without fields): it is not read at all.
const other = (id: string, name: string, objectTypeId: string) => ({ id, type: 'PLATFORM_FLOW', objectTypeId, name, actions: [{ type: 'SINGLE_CONNECTION', actionId: '1', actionTypeId: '0-1', actionTypeVersion: 0, fields: {} }] });

describe('a file mixing contact workflows with workflows on other objects', () => {
  it('imports the contact workflows and lists the others, by kind and name', () => {
    const r = fromHubSpotFlow({ results: [contact('1', 'Nurture'), other('2', 'Deal flow', '0-3')], paging: {} });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.workflows.map((w) => w.name)).toEqual(['Nurture']);
    expect(r.skipped).toEqual([{ path: 'results[1]', name: 'Deal flow', objectTypeId: '0-3' }]);
    expect(skippedMessages(r.skipped)).toEqual([
      { fr: '1 workflow de transactions laissé de côté («\u00a0Deal flow\u00a0»)\u00a0: Flowbench ne lit que les workflows de contacts.', en: '1 deal workflow skipped (“Deal flow”): Flowbench reads contact workflows only.' },
    ]);
    // Only the contact workflow's HubSpot id is mapped.
    expect(r.mapping.workflows).toEqual({ 'wf-hubspot-1': '1' });
  });

  it('one sentence per kind, counted, an unknown object named by its id', () => {
    const r = fromHubSpotFlow([other('2', 'Deal A', '0-3'), contact('1', 'Nurture'), other('3', 'Deal B', '0-3'), other('4', 'Support', '0-5'), other('5', 'Custom', '2-123')]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.workflows.map((w) => w.name)).toEqual(['Nurture']);
    expect(skippedMessages(r.skipped).map((m) => m.en)).toEqual([
      '2 deal workflows skipped (“Deal A”, “Deal B”): Flowbench reads contact workflows only.',
      '1 ticket workflow skipped (“Support”): Flowbench reads contact workflows only.',
      '1 workflow on another object skipped (“Custom” (2-123)): Flowbench reads contact workflows only.',
    ]);
    expect(skippedMessages(r.skipped)[0]!.fr).toBe('2 workflows de transactions laissés de côté («\u00a0Deal A\u00a0», «\u00a0Deal B\u00a0»)\u00a0: Flowbench ne lit que les workflows de contacts.');
  });

  it('nothing to import when no workflow is a contact one: refused, as before', () => {
    const r = fromHubSpotFlow({ results: [other('2', 'Deal flow', '0-3')] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        path: 'results[0].type',
        message: {
          fr: 'Workflow «\u00a0Deal flow\u00a0»\u00a0: Flowbench ne lit que les workflows de contacts (CONTACT_FLOW, objectTypeId "0-1").',
          en: 'Workflow “Deal flow”: Flowbench only reads contact workflows (CONTACT_FLOW, objectTypeId "0-1").',
        },
      },
    ]);
  });

  it('a contact workflow file skips nothing', () => {
    const r = fromHubSpotFlow(contact('1', 'Nurture'));
    expect(r.ok && r.skipped).toEqual([]);
  });
});
