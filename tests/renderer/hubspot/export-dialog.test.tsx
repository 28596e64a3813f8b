import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exportFlowSchema } from '../../../engine/hubspot/index.ts';
import { ExportDialog } from '../../../renderer/export/ExportDialog.tsx';
import { nurturing, nurturingMapping, renderHubSpot } from './helpers.tsx';

describe('the Export menu, HubSpot entries', () => {
  it('refuses a HubSpot export with unmapped ids: no file, the pre-flight opens in Problems, the reason in French', async () => {
    const { stores, view, saved } = renderHubSpot(<ExportDialog />, { project: nurturing('fr'), lang: 'fr' });
    stores.ui.getState().openDialog('export');
    fireEvent.click(screen.getByTestId('export-format-hubspot'));
    fireEvent.click(screen.getByTestId('export-download'));
    // The nurturing template names seven portal ids and none is mapped: seven blocking problems.
    await waitFor(() => expect(stores.ui.getState().toasts.at(-1)?.tone).toBe('error'));
    expect(saved).toEqual([]);
    expect(stores.ui.getState().toasts.at(-1)!.message).toEqual({
      fr: 'Non exporté\u00a0: 7 problèmes sont à corriger d’abord. Le contrôle HubSpot dans Problèmes les liste.',
      en: 'Not exported: 7 problems must be fixed first. The HubSpot pre-flight in Problems lists them.',
    });
    expect(stores.ui.getState().sidePanel).toBe('problems');
    expect(view.getState().problemsTab).toBe('preflight');
    expect(stores.ui.getState().dialog).toBeNull();
  });

  it('downloads the v4 body of the active workflow once every id is mapped, valid for the strict schema', async () => {
    const { stores, saved } = renderHubSpot(<ExportDialog />, { project: nurturing('en', nurturingMapping()) });
    fireEvent.click(screen.getByTestId('export-format-hubspot'));
    fireEvent.click(screen.getByTestId('export-download'));
    await waitFor(() => expect(saved).toHaveLength(1));
    const file = saved[0]!;
    expect(file.name).toBe(`${stores.document.getState().project.workflows[0]!.name}.hubspot.json`);
    expect(file.type).toBe('application/json');
    const body = exportFlowSchema.parse(JSON.parse(file.text));
    expect(body.isEnabled).toBe(false);
    // The mapped ids are in the body, as strings where v4 wants strings.
    const sends = body.actions.filter((a) => a.type === 'SINGLE_CONNECTION' && a.actionTypeId === '0-4');
    expect(sends.map((a) => (a as unknown as { fields: { content_id: string } }).fields.content_id).sort()).toEqual(['1001', '1002', '1003']);
  });

  it('offers the id mapping from the HubSpot entry', () => {
    const { stores, view } = renderHubSpot(<ExportDialog />, { project: nurturing('en') });
    stores.ui.getState().openDialog('export');
    expect(screen.queryByTestId('export-hubspot-ids')).toBeNull();
    fireEvent.click(screen.getByTestId('export-format-hubspot'));
    fireEvent.click(screen.getByTestId('export-hubspot-ids'));
    expect(view.getState().mapping).toEqual({});
    expect(stores.ui.getState().dialog).toBeNull();
  });

  it('writes the build sheet as a printable HTML page or as Markdown, in the user language', async () => {
    const { saved } = renderHubSpot(<ExportDialog />, { project: nurturing('fr'), lang: 'fr' });
    fireEvent.click(screen.getByTestId('export-format-sheet'));
    fireEvent.click(screen.getByTestId('export-download'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/\(fiche\)\.html$/);
    expect(saved[0]!.text).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(saved[0]!.text).toContain('<input type="checkbox">');
    fireEvent.click(screen.getByTestId('export-format-sheet'));
    fireEvent.click(screen.getByTestId('export-sheet-md'));
    fireEvent.click(screen.getByTestId('export-download'));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.name).toMatch(/\(fiche\)\.md$/);
    // Markdown checklist: a title, then numbered unchecked items.
    expect(saved[1]!.text).toMatch(/^# .+\n\n.+\n\n1\. \[ \] /);
  });

  it('disables both HubSpot entries when no workflow is open', () => {
    const project = { ...nurturing('en'), workflows: [] };
    renderHubSpot(<ExportDialog />, { project });
    expect((screen.getByTestId('export-format-hubspot') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('export-format-sheet') as HTMLInputElement).disabled).toBe(true);
  });
});
