import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_HUBSPOT_MAPPING } from '../../../engine/model/index.ts';
import { MappingDialog } from '../../../renderer/hubspot/MappingDialog.tsx';
import { idProblem } from '../../../renderer/hubspot/mapping-rows.ts';
import { createHubSpotViewStore } from '../../../renderer/hubspot/view.tsx';
import { nurturing, renderHubSpot } from './helpers.tsx';

const input = (testKey: string) => screen.getByTestId(`mapping-id-${testKey}`) as HTMLInputElement;
const type = (testKey: string, text: string) => fireEvent.change(input(testKey), { target: { value: text } });

describe('the HubSpot id mapping editor', () => {
  it('shows a table per kind with each item, its id and its status', () => {
    renderHubSpot(<MappingDialog />, { project: nurturing('en') });
    // Three emails, two segments, two forms, all used by the workflow and none mapped.
    expect(screen.getByTestId('mapping-summary').getAttribute('data-missing')).toBe('7');
    expect(screen.getByTestId('mapping-summary').textContent).toBe('7 ids missing');
    const emails = within(screen.getByTestId('mapping-table-emails')).getAllByRole('row').slice(1);
    expect(emails.map((r) => r.querySelector('th')!.textContent)).toEqual(['Follow-up – ebook 1', 'Offer – ebook 2', 'Selection of blog articles on topic Y']);
    expect(emails.every((r) => r.getAttribute('data-status') === 'missing')).toBe(true);
    expect(within(screen.getByTestId('mapping-table-lists')).getByText('Segments (lists)')).toBeTruthy();
    expect(within(screen.getByTestId('mapping-table-pages')).getByText('Nothing of this kind in the project.')).toBeTruthy();
    // The workflow itself is listed (enroll in / unenroll from need it) but nothing asks for it yet.
    expect(screen.getByTestId('mapping-row-workflows-wf-nurturing').getAttribute('data-status')).toBe('unused');
  });

  it('saves a valid id as one undoable edit and takes it back on Undo', () => {
    const { stores } = renderHubSpot(<MappingDialog />, { project: nurturing('en') });
    type('emails-email-followup', '1');
    type('emails-email-followup', '12');
    type('emails-email-followup', '123');
    expect(stores.document.getState().project.hubspot?.emails).toEqual({ 'email-followup': '123' });
    expect(screen.getByTestId('mapping-row-emails-email-followup').getAttribute('data-status')).toBe('mapped');
    expect(screen.getByTestId('mapping-summary').getAttribute('data-missing')).toBe('6');
    // Typing in one field is one undo step.
    stores.document.getState().undo();
    expect(stores.document.getState().project.hubspot).toBeUndefined();
    return expect.poll(() => input('emails-email-followup').value).toBe('');
  });

  it('refuses letters where HubSpot gives a number, with the reason in English, and saves nothing', () => {
    const { stores } = renderHubSpot(<MappingDialog />, { project: nurturing('en') });
    type('lists-list-articles', '12a');
    expect(input('lists-list-articles').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('HubSpot gives this a number: up to 18 digits (for example 123456789), or paste its address in HubSpot.');
    expect(stores.document.getState().project.hubspot).toBeUndefined();
    expect(stores.document.getState().past).toHaveLength(0);
    type('lists-list-articles', '12');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(stores.document.getState().project.hubspot?.lists).toEqual({ 'list-articles': '12' });
  });

  it('says it in French too, and wants a GUID for a form', () => {
    const { stores } = renderHubSpot(<MappingDialog />, { project: nurturing('fr'), lang: 'fr' });
    type('forms-asset-ebook-1', '12345');
    expect(screen.getByRole('alert').textContent).toBe('L’identifiant d’un formulaire HubSpot est un GUID, comme 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d.');
    type('forms-asset-ebook-1', ' 0B7E2F2A-1111-4C3D-9E8F-000000000001 ');
    expect(stores.document.getState().project.hubspot?.forms).toEqual({ 'asset-ebook-1': '0B7E2F2A-1111-4C3D-9E8F-000000000001' });
  });

  it('removes an entry when its field is emptied', () => {
    const { stores } = renderHubSpot(<MappingDialog />, { project: nurturing('en', { ...EMPTY_HUBSPOT_MAPPING, emails: { 'email-followup': '99' } }) });
    expect(input('emails-email-followup').value).toBe('99');
    type('emails-email-followup', '');
    expect(stores.document.getState().project.hubspot?.emails).toEqual({});
  });

  it('puts the focus on the entry a pre-flight problem asked for', () => {
    const view = createHubSpotViewStore();
    view.getState().openMapping({ table: 'lists', key: 'list-downloaded' });
    renderHubSpot(<MappingDialog />, { project: nurturing('en'), view });
    expect(document.activeElement).toBe(input('lists-list-downloaded'));
    expect(screen.getByTestId('mapping-row-lists-list-downloaded').className).toContain('is-focused');
  });

  it('takes the id out of an address pasted from HubSpot, and a number written with spaces', () => {
    const { stores } = renderHubSpot(<MappingDialog />, { project: nurturing('fr'), lang: 'fr' });
    // As a review pasted it: list 45 of portal 123. The portal is the address's first number, the list its last.
    type('lists-list-articles', 'https://app.hubspot.com/contacts/123/objectLists/45/filters');
    expect(stores.document.getState().project.hubspot?.lists).toEqual({ 'list-articles': '45' });
    expect(input('lists-list-articles').value).toBe('45');
    fireEvent.change(screen.getByTestId('mapping-portal'), { target: { value: 'https://app.hubspot.com/contacts/123/objectLists/45' } });
    expect(stores.document.getState().project.hubspot?.portalId).toBe('123');
    fireEvent.change(screen.getByTestId('mapping-portal'), { target: { value: '12 345' } });
    expect(stores.document.getState().project.hubspot?.portalId).toBe('12345');
    // 19 digits are more than HubSpot's ids hold: refused, and the message says the limit.
    type('lists-list-articles', '1234567890123456789');
    expect(screen.getByRole('alert').textContent).toBe('HubSpot lui donne un nombre\u00a0: 18 chiffres au plus (par exemple 123456789), ou collez son adresse dans HubSpot.');
  });

  it('keeps the portal id, digits only', () => {
    const { stores } = renderHubSpot(<MappingDialog />, { project: nurturing('en') });
    fireEvent.change(screen.getByTestId('mapping-portal'), { target: { value: '4242' } });
    expect(stores.document.getState().project.hubspot?.portalId).toBe('4242');
    fireEvent.change(screen.getByTestId('mapping-portal'), { target: { value: '' } });
    expect(stores.document.getState().project.hubspot && 'portalId' in stores.document.getState().project.hubspot!).toBe(false);
  });
});

describe('the shape of each kind of HubSpot id', () => {
  it('accepts what HubSpot gives and names what it refuses', () => {
    expect(idProblem('digits', '123456789')).toBeNull();
    expect(idProblem('digits', '12.5')).toBe('digits');
    expect(idProblem('digits', '-3')).toBe('digits');
    expect(idProblem('guid', '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d')).toBeNull();
    expect(idProblem('guid', '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6')).toBe('guid');
    expect(idProblem('url', 'https://www.example.com/pricing')).toBeNull();
    expect(idProblem('url', '/pricing')).toBe('url');
    expect(idProblem('property', 'lead_source')).toBeNull();
    expect(idProblem('property', 'Lead Source')).toBe('property');
    expect(idProblem('stage', '1234567')).toBeNull();
    // Empty removes the entry: never an error.
    expect(idProblem('digits', '  ')).toBeNull();
  });
});
