import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../engine/model/index.ts';
import { contactLabel, contactName } from '../../../renderer/simulator/contact-names.ts';
import { useSim } from '../../../renderer/simulator/context.tsx';
import { JourneyView } from '../../../renderer/simulator/JourneyView.tsx';
import { StepContacts } from '../../../renderer/simulator/StepContacts.tsx';
import { contacts, expected, project, ranStore, renderSim } from './harness.tsx';

function Focused() {
  const focus = useSim((s) => s.focus);
  if (focus?.kind === 'step') return <StepContacts focus={focus} project={project} />;
  if (focus?.kind === 'contact') return <JourneyView focus={focus} project={project} />;
  return null;
}

const person = (properties: Contact['properties']): Contact => ({ id: 'c-1' as Contact['id'], properties, lists: [], events: [], persona: null });
const byId = new Map(contacts.map((c) => [c.id as string, c]));
const nameOf = (id: string) => contactLabel(contactName(byId.get(id)), id);

describe('contacts are shown by name', () => {
  it('labels a contact by name and email, else the email, else its id', () => {
    expect(contactLabel(contactName(person({ firstname: 'Émilie', lastname: 'Chevalier', email: 'emilie@example.fr' })), 'c-1')).toBe('Émilie Chevalier · emilie@example.fr');
    expect(contactLabel(contactName(person({ firstname: ' ', email: 'emilie@example.fr' })), 'c-1')).toBe('emilie@example.fr');
    expect(contactLabel(contactName(person({ firstname: null })), 'c-1')).toBe('c-1');
    expect(contactLabel(contactName(undefined), 'c-9')).toBe('c-9');
  });

  it('lists the contacts at a step by name and titles the journey with it, keeping ids for the test hooks', async () => {
    const store = await ranStore();
    renderSim(<Focused />, store);
    const minute = expected().lastMinute;
    await act(() => store.getState().seek(minute));
    await act(() => store.getState().openStep(expected().steps.findIndex((s) => s.step === 'step-list-downloaded'), 'passed'));
    const row = (await screen.findAllByTestId('sim-contact'))[0]!;
    const id = row.getAttribute('data-contact')!;
    const label = nameOf(id);
    const firstname = byId.get(id)!.properties.firstname as string;
    expect(label).toContain(firstname);
    expect(label).toContain(' · ');
    expect(row.textContent).toContain(label);
    expect(row.textContent).not.toContain(id);
    await act(() => store.getState().openContact(id));
    await waitFor(() => expect(screen.getByTestId('sim-journey-title').textContent).toBe(`Journey of ${label}`));
    expect(screen.getByTestId('sim-journey').getAttribute('data-contact')).toBe(id);
  });
});
