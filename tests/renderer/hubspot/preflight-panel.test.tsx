import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemsPanel } from '../../../renderer/panels/ProblemsPanel.tsx';
import { nurturing, nurturingMapping, renderHubSpot } from './helpers.tsx';

const SEVERITY_RANK = { blocking: 0, warning: 1, info: 2 } as const;

describe('the HubSpot pre-flight in the Problems panel', () => {
  it('lists the pre-flight of the active workflow in French, blocking problems first', () => {
    const { view } = renderHubSpot(<ProblemsPanel />, { project: nurturing('fr'), lang: 'fr' });
    expect(screen.queryByTestId('preflight')).toBeNull();
    fireEvent.click(screen.getByTestId('problems-tab-preflight'));
    expect(view.getState().problemsTab).toBe('preflight');
    const list = screen.getByTestId('preflight');
    // The template names three emails, two forms and two segments, none mapped: seven blocking ids.
    expect(list.getAttribute('data-blocking')).toBe('7');
    expect(list.getAttribute('data-ok')).toBe('false');
    const items = within(list).getAllByTestId('preflight-problem');
    const ranks = items.map((i) => SEVERITY_RANK[i.getAttribute('data-severity') as keyof typeof SEVERITY_RANK]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(items.slice(0, 7).every((i) => i.getAttribute('data-kind') === 'unmapped')).toBe(true);
    expect(items[0]!.textContent).toContain('n’a pas encore d’identifiant HubSpot');
    expect(items[0]!.textContent).toContain('Saisir l’identifiant');
    // The tab shows the blocking count.
    expect(screen.getByTestId('problems-tab-preflight').textContent).toContain('7');
  });

  it('opens the id mapping on the entry of a clicked unmapped id, and selects its step', () => {
    const { view, stores } = renderHubSpot(<ProblemsPanel />, { project: nurturing('en') });
    fireEvent.click(screen.getByTestId('problems-tab-preflight'));
    const email = screen.getAllByTestId('preflight-problem').find((i) => i.getAttribute('data-table') === 'emails')!;
    fireEvent.click(email);
    expect(view.getState().mapping).toEqual({ focus: { table: 'emails', key: email.getAttribute('data-key') } });
    const wf = stores.document.getState().project.workflows[0]!;
    const sender = wf.steps.find((s) => s.kind === 'send-email' && s.email === email.getAttribute('data-key'));
    expect(stores.ui.getState().selected).toBe(sender?.id);
  });

  it('selects the step of a problem that is not about ids, without opening the mapping', () => {
    const { view, stores } = renderHubSpot(<ProblemsPanel />, { project: nurturing('en', nurturingMapping()) });
    fireEvent.click(screen.getByTestId('problems-tab-preflight'));
    const list = screen.getByTestId('preflight');
    expect(list.getAttribute('data-ok')).toBe('true');
    expect(within(list).getByText('Nothing blocks the export of this workflow to HubSpot.')).toBeTruthy();
    const warning = within(list).getAllByTestId('preflight-problem').find((i) => i.getAttribute('data-severity') === 'warning')!;
    fireEvent.click(warning);
    expect(view.getState().mapping).toBeNull();
    expect(stores.ui.getState().selected).not.toBeNull();
  });

  it('follows the document: mapping the ids empties the blocking list', () => {
    const { stores } = renderHubSpot(<ProblemsPanel />, { project: nurturing('en') });
    fireEvent.click(screen.getByTestId('problems-tab-preflight'));
    expect(screen.getByTestId('preflight').getAttribute('data-blocking')).toBe('7');
    stores.document.getState().apply((p) => ({ ...p, hubspot: nurturingMapping() }));
    return expect.poll(() => screen.getByTestId('preflight').getAttribute('data-blocking')).toBe('0');
  });

  it('opens the whole id mapping from the pre-flight head', () => {
    const { view } = renderHubSpot(<ProblemsPanel />, { project: nurturing('en') });
    fireEvent.click(screen.getByTestId('problems-tab-preflight'));
    fireEvent.click(screen.getByTestId('preflight-open-mapping'));
    expect(view.getState().mapping).toEqual({});
  });

  it('goes back to the lint list', () => {
    renderHubSpot(<ProblemsPanel />, { project: nurturing('en') });
    fireEvent.click(screen.getByTestId('problems-tab-preflight'));
    fireEvent.click(screen.getByTestId('problems-tab-lint'));
    expect(screen.queryByTestId('preflight')).toBeNull();
  });
});
