import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../engine/lint/index.ts';
import { asStepId, asWorkflowId, ENROLLMENT, emptyWorkflow } from '../../engine/model/index.ts';
import { ProblemsList, ProblemsPanel } from '../../renderer/panels/ProblemsPanel.tsx';
import { renderWithEditor, sampleProject } from './render.tsx';

const findings: Finding[] = [
  { rule: 'lost-contacts', severity: 'error', workflow: asWorkflowId('wf-1'), steps: [asStepId('s-2')], message: { fr: 'Contacts perdus.', en: 'Lost contacts.' } },
  { rule: 'email-after-email', severity: 'warning', workflow: asWorkflowId('wf-1'), steps: [asStepId('s-1')], message: { fr: 'Deux e-mails.', en: 'Two emails.' } },
];

describe('the problems panel', () => {
  it('lists findings in the user language with their counts', () => {
    renderWithEditor(<ProblemsList findings={findings} onPick={() => {}} />, { lang: 'fr' });
    expect(screen.getByText('Contacts perdus.')).toBeTruthy();
    expect(screen.getByText('Deux e-mails.')).toBeTruthy();
    expect(screen.getByText('1 erreur, 1 avertissement')).toBeTruthy();
  });

  it('hands the clicked finding over', () => {
    const onPick = vi.fn();
    renderWithEditor(<ProblemsList findings={findings} onPick={onPick} />);
    fireEvent.click(screen.getByText('Two emails.'));
    expect(onPick).toHaveBeenCalledWith(findings[1]);
  });

  it('says so when there is nothing to fix', () => {
    renderWithEditor(<ProblemsList findings={[]} onPick={() => {}} />);
    expect(screen.getByText('No problem found. Nice work.')).toBeTruthy();
  });

  it('lints the open project live and selects the step of a clicked finding', () => {
    // A workflow with no trigger and no step: the linter has things to say about it.
    const { stores } = renderWithEditor(<ProblemsPanel />, { project: sampleProject(emptyWorkflow('wf-1', 'Empty')) });
    const items = screen.getAllByTestId('problem');
    expect(items.length).toBeGreaterThan(0);
    fireEvent.click(items[0]!);
    const steps = items[0]!.getAttribute('data-steps');
    expect(stores.ui.getState().selected).toBe(steps ? steps.split(' ')[0] : ENROLLMENT);
  });
});
