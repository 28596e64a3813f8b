import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStep, insertStep } from '../../../engine/edit/index.ts';
import { asStepId, emptyWorkflow, ENROLLMENT, type Step, type StepKind, type Workflow } from '../../../engine/model/index.ts';
import { DialogHost } from '../../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../../renderer/app/dialogs.tsx';
import { Inspector } from '../../../renderer/inspector/Inspector.tsx';
import { propertyNameFor } from '../../../renderer/inspector/useInlineCreate.ts';
import { useDocument } from '../../../renderer/stores/context.tsx';
import { activeWorkflow } from '../../../renderer/stores/document.ts';
import { activeWorkflowOf, renderWithEditor, sampleProject } from '../render.tsx';

function workflowWith(kind: StepKind): Workflow {
  const step = createStep(kind, asStepId('s-1'), sampleProject(), 'en');
  return insertStep(emptyWorkflow('wf-1', 'Test'), { from: ENROLLMENT, slot: { kind: 'next' } }, step);
}

function InspectorForActive() {
  const workflow = useDocument(activeWorkflow);
  return workflow ? <Inspector workflow={workflow} /> : null;
}

function openStep(kind: StepKind, lang: 'en' | 'fr' = 'en') {
  const rendered = renderWithEditor(
    <DialogsProvider>
      <InspectorForActive />
      <DialogHost />
    </DialogsProvider>,
    { project: sampleProject(workflowWith(kind)), lang },
  );
  act(() => rendered.stores.ui.getState().select(asStepId('s-1')));
  return rendered;
}

const stepOf = (stores: ReturnType<typeof openStep>['stores']): Step => activeWorkflowOf(stores).steps.find((s) => s.id === 's-1')!;

async function answerPrompt(name: string) {
  const dialog = await screen.findByTestId('prompt-dialog');
  fireEvent.change(within(dialog).getByTestId('prompt-input'), { target: { value: name } });
  fireEvent.click(within(dialog).getByTestId('prompt-ok'));
  await waitFor(() => expect(screen.queryByTestId('prompt-dialog')).toBeNull());
}

describe('creating a resource from the field that needs it', () => {
  it('creates an email from the send-email step, picks it, and undo takes both back', async () => {
    const { stores } = openStep('send-email');
    const before = stores.document.getState().project;
    fireEvent.change(screen.getByTestId('field-email'), { target: { value: '__new__:email' } });
    expect(screen.getByTestId('prompt-dialog').textContent).toContain('New email');
    await answerPrompt('Webinar replay');
    const project = stores.document.getState().project;
    // Two emails in the sample project: the new one is the third, with the next free id.
    expect(project.emails.map((e) => e.name)).toEqual(['Follow-up ebook 1', 'Offer ebook 2', 'Webinar replay']);
    expect(project.emails[2]).toMatchObject({ id: 'email-3', subject: '', asset: null });
    expect(stepOf(stores)).toMatchObject({ email: 'email-3' });
    expect((screen.getByTestId('field-email') as HTMLSelectElement).value).toBe('email-3');

    act(() => stores.document.getState().undo());
    expect(stepOf(stores)).toMatchObject({ email: before.emails[0]!.id });
    act(() => stores.document.getState().undo());
    expect(stores.document.getState().project.emails).toEqual(before.emails);
  });

  it('changes nothing when the name dialog is cancelled', async () => {
    const { stores } = openStep('add-to-list');
    const before = stores.document.getState().project;
    fireEvent.change(screen.getByTestId('field-list'), { target: { value: '__new__:list' } });
    fireEvent.click(await screen.findByTestId('prompt-cancel'));
    await waitFor(() => expect(screen.queryByTestId('prompt-dialog')).toBeNull());
    expect(stores.document.getState().project).toBe(before);
    expect(stores.document.getState().past).toHaveLength(0);
  });

  it('creates a static list from the list step, in French', async () => {
    const { stores } = openStep('add-to-list', 'fr');
    const options = within(screen.getByTestId('field-list') as HTMLElement).getAllByRole('option').map((o) => o.textContent);
    expect(options.at(-1)).toBe('Nouveau segment statique…');
    fireEvent.change(screen.getByTestId('field-list'), { target: { value: '__new__:list' } });
    expect(screen.getByTestId('prompt-dialog').textContent).toContain('Nom du segment');
    await answerPrompt('Inscrits webinar');
    expect(stores.document.getState().project.lists.at(-1)).toEqual({ id: 'list-3', name: 'Inscrits webinar' });
    expect(stepOf(stores)).toMatchObject({ list: 'list-3' });
  });

  it('creates a form from a "form submitted" wait, as a form', async () => {
    const { stores } = openStep('delay-until-event');
    fireEvent.change(screen.getByTestId('wait-event'), { target: { value: 'form-submitted' } });
    fireEvent.change(screen.getByTestId('wait-asset'), { target: { value: '__new__:asset' } });
    await answerPrompt('Demo request');
    expect(stores.document.getState().project.assets.at(-1)).toEqual({ id: 'asset-3', name: 'Demo request', kind: 'form', conversionScale: 1 });
    expect(stepOf(stores)).toMatchObject({ event: { kind: 'form-submitted', asset: 'asset-3' } });
  });

  it('creates a property with its type from a set-property step', async () => {
    const { stores } = openStep('set-property');
    fireEvent.change(screen.getByTestId('field-property'), { target: { value: '__new__:property' } });
    const dialog = await screen.findByTestId('prompt-dialog');
    fireEvent.change(within(dialog).getByTestId('prompt-choice'), { target: { value: 'number' } });
    await answerPrompt('Nombre d’événements');
    const created = stores.document.getState().project.properties.at(-1);
    // Accents dropped, apostrophe and spaces become underscores: what HubSpot allows in an internal name.
    expect(created).toEqual({ name: 'nombre_d_evenements', type: 'number', label: { fr: 'Nombre d’événements', en: 'Nombre d’événements' } });
    expect(stepOf(stores)).toMatchObject({ property: 'nombre_d_evenements' });
  });

  it('gives a property a name no other property has', () => {
    const project = sampleProject();
    // "email" is a standard property: the next free name.
    expect(propertyNameFor('Email', project)).toBe('email_1');
    expect(propertyNameFor('  Score   client ', project)).toBe('score_client');
    expect(propertyNameFor('???', project)).toBe('property');
  });
});
