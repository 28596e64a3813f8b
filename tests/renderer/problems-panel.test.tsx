import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTemplate } from '../../engine/templates/index.ts';
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

  describe('in a window narrower than 1,600 px', () => {
    afterEach(() => vi.unstubAllGlobals());
    /** A window whose width matches the panel's narrow query (jsdom has no matchMedia: wide). */
    const narrow = () =>
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(max-width: 1599px)', media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));

    it('gives the expectations a tab of their own, with their counts, instead of a strip beside the checks', () => {
      narrow();
      renderWithEditor(<ProblemsPanel />, { project: buildTemplate('lifecycle', 'en') });
      expect(screen.queryByTestId('expectations')).toBeNull();
      const tab = screen.getByTestId('problems-tab-expect');
      expect(tab.textContent).toMatch(/^Expectations/);
      fireEvent.click(tab);
      expect(screen.getByTestId('expectations')).toBeTruthy();
      expect(tab.getAttribute('aria-selected')).toBe('true');
      // The checks' list and counts give way to the expectations.
      expect(screen.queryByText(/errors?, \d+ warnings?/)).toBeNull();
      fireEvent.click(screen.getByTestId('problems-tab-lint'));
      expect(screen.queryByTestId('expectations')).toBeNull();
    });

    it('keeps them beside the checks in a wide window, with no such tab', () => {
      renderWithEditor(<ProblemsPanel />, { project: buildTemplate('lifecycle', 'en') });
      expect(screen.getByTestId('expectations')).toBeTruthy();
      expect(screen.queryByTestId('problems-tab-expect')).toBeNull();
    });
  });
});
