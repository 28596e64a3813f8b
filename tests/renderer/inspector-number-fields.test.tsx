import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createStep, insertStep } from '../../engine/edit/index.ts';
import { loadProject, saveProject } from '../../engine/io/index.ts';
import { asStepId, emptyWorkflow, ENROLLMENT, type Criteria, type Step, type StepKind, type Workflow } from '../../engine/model/index.ts';
import { CriteriaBuilder } from '../../renderer/inspector/criteria/CriteriaBuilder.tsx';
import { NumberInput, type NumberRules } from '../../renderer/inspector/numberFields.tsx';
import { Inspector } from '../../renderer/inspector/Inspector.tsx';
import { useDocument } from '../../renderer/stores/context.tsx';
import { activeWorkflow } from '../../renderer/stores/document.ts';
import { activeWorkflowOf, renderWithEditor, sampleProject } from './render.tsx';

/** Number fields say their own rule with its bounds, and refuse what a project file or the simulator refuses. */

function workflowWith(kind: StepKind): Workflow {
  const base = sampleProject();
  const step = createStep(kind, asStepId('s-1'), base, 'en');
  return insertStep(emptyWorkflow('wf-1', 'Test'), { from: ENROLLMENT, slot: { kind: 'next' } }, step);
}

function InspectorForActive() {
  const workflow = useDocument(activeWorkflow);
  return workflow ? <Inspector workflow={workflow} /> : null;
}

function openStep(kind: StepKind, lang: 'en' | 'fr' = 'en') {
  const rendered = renderWithEditor(<InspectorForActive />, { project: sampleProject(workflowWith(kind)), lang });
  act(() => rendered.stores.ui.getState().select(asStepId('s-1')));
  return { ...rendered, step: (): Step => activeWorkflowOf(rendered.stores).steps.find((s) => s.id === 's-1')! };
}

function numberInput(rules: NumberRules, lang: 'en' | 'fr' = 'en') {
  renderWithEditor(<NumberInput value={1} rules={rules} onChange={() => undefined} testId="n" />, { lang });
  return (text: string) => {
    fireEvent.change(screen.getByTestId('n'), { target: { value: text } });
    return screen.queryByRole('alert')?.textContent ?? null;
  };
}

describe('a number field’s message', () => {
  it('states the rule it breaks, with its bounds in the language’s numbers', () => {
    const days = numberInput({ min: 0, max: 3653, integer: true }, 'fr');
    // French groups thousands with a narrow no-break space.
    expect(days('5000')).toBe('Saisissez un nombre entier entre 0 et 3\u202f653.');
    expect(days('2,5')).toBe('Saisissez un nombre entier entre 0 et 3\u202f653.');
    expect(days('12')).toBeNull();
  });

  it('says "between" for a range', () => {
    expect(numberInput({ min: -1_000_000, max: 1_000_000 })('999999999999')).toBe('Enter a number between -1,000,000 and 1,000,000.');
  });

  it('says "at least" below a lone minimum', () => {
    expect(numberInput({ min: 1, integer: true })('0')).toBe('Enter a whole number of at least 1.');
  });

  it('says "at most" above a lone maximum', () => {
    expect(numberInput({ max: 10 })('11')).toBe('Enter a number of at most 10.');
  });

  it('speaks of a share for a percentage, and of a number for another 0 to 100 range', () => {
    expect(numberInput({ min: 0, max: 100, percent: true })('100.5')).toBe('Enter a share between 0 and 100.');
  });

  it('does not call a 0 to 100 range that is no percentage a share', () => {
    expect(numberInput({ min: 0, max: 100 })('100.5')).toBe('Enter a number between 0 and 100.');
  });
});

describe('a number a project cannot hold', () => {
  it('is refused by "Increment property", whose step keeps its last value, and the largest one it takes still loads', () => {
    const { step, stores } = openStep('increment-property');
    const by = screen.getByTestId('field-by');
    fireEvent.change(by, { target: { value: '1e20' } });
    expect(screen.getByText('Enter a number of at most 15 digits: a project holds no larger number.')).toBeTruthy();
    expect(step()).toMatchObject({ by: 1 });
    // One above the largest number a project holds (2^53 - 1) is refused too.
    fireEvent.change(by, { target: { value: '9007199254740992' } });
    expect(step()).toMatchObject({ by: 1 });
    fireEvent.change(by, { target: { value: '9007199254740991' } });
    expect(step()).toMatchObject({ by: 9007199254740991 });
    expect(loadProject(saveProject(stores.document.getState().project)).ok).toBe(true);
  });

  it('is refused by a field that has no rule of its own, in French', () => {
    expect(numberInput({}, 'fr')('-1e16')).toBe('Saisissez un nombre d’au plus 15 chiffres\u00a0: un projet ne contient pas de nombre plus grand.');
  });
});

describe('a span of time of 0', () => {
  // engine/schema/delays.ts: an amount is `nonNegative` and at most ten years, so a file holds 0.
  it('is taken by a delay, and the project saved with it loads', () => {
    const { step, stores } = openStep('delay');
    fireEvent.change(screen.getByTestId('delay-amount'), { target: { value: '0' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(step()).toMatchObject({ delay: { duration: { amount: 0, unit: 'days' } } });
    expect(loadProject(saveProject(stores.document.getState().project)).ok).toBe(true);
  });

  it('is taken as the longest wait for an event, in French', () => {
    const { step, stores } = openStep('delay-until-event', 'fr');
    fireEvent.change(screen.getByTestId('wait-amount'), { target: { value: '0' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(step()).toMatchObject({ maxWait: { amount: 0 } });
    expect(loadProject(saveProject(stores.document.getState().project)).ok).toBe(true);
  });

  it('is the bound said when a negative amount is refused', () => {
    const { step } = openStep('delay', 'fr');
    fireEvent.change(screen.getByTestId('delay-amount'), { target: { value: '-1' } });
    expect(screen.getByRole('alert').textContent).toBe('Saisissez un nombre entre 0 et 3\u202f653 jours (10 ans).');
    expect(step()).toMatchObject({ delay: { duration: { amount: 1 } } });
  });
});

describe('a span of time over ten years', () => {
  it('is refused by a delay in hours, saying the limit in hours', () => {
    const { step } = openStep('delay');
    fireEvent.change(screen.getByTestId('delay-unit'), { target: { value: 'hours' } });
    // Ten years (3,653 days) are 3,653 x 24 = 87,672 hours.
    fireEvent.change(screen.getByTestId('delay-amount'), { target: { value: '87673' } });
    expect(screen.getByText('Enter a number between 0 and 87,672 hours (10 years).')).toBeTruthy();
    expect(step()).toMatchObject({ delay: { duration: { amount: 1, unit: 'hours' } } });
    fireEvent.change(screen.getByTestId('delay-amount'), { target: { value: '87672' } });
    expect(step()).toMatchObject({ delay: { duration: { amount: 87672, unit: 'hours' } } });
  });

  it('is refused by a delay in weeks, in French', () => {
    const { step } = openStep('delay', 'fr');
    fireEvent.change(screen.getByTestId('delay-unit'), { target: { value: 'weeks' } });
    // 3,653 days are 521.857… weeks.
    fireEvent.change(screen.getByTestId('delay-amount'), { target: { value: '522' } });
    expect(screen.getByText('Saisissez un nombre entre 0 et 521,857 semaines (10 ans).')).toBeTruthy();
    expect(step()).toMatchObject({ delay: { duration: { amount: 1, unit: 'weeks' } } });
  });

  it('is refused when a unit would make the amount over ten years: the delay keeps its unit, and says why', () => {
    const { step } = openStep('delay');
    fireEvent.change(screen.getByTestId('delay-amount'), { target: { value: '1000' } });
    fireEvent.change(screen.getByTestId('delay-unit'), { target: { value: 'weeks' } });
    expect(step()).toMatchObject({ delay: { duration: { amount: 1000, unit: 'days' } } });
    expect(screen.getByText('A span of 1,000 weeks is over the 10-year limit: at most 521.857 weeks. Shorten the amount first.')).toBeTruthy();
  });

  it('is refused as the longest wait for an event', () => {
    const { step } = openStep('delay-until-event');
    const before = step();
    fireEvent.change(screen.getByTestId('wait-amount'), { target: { value: '5000000000' } });
    expect(step()).toEqual(before);
    expect(screen.getByRole('alert').textContent).toMatch(/^Enter a number between 0 and [\d,.]+ \w+ \(10 years\)\.$/);
  });

  it('is refused as days before a date property', () => {
    const { step } = openStep('delay');
    fireEvent.change(screen.getByTestId('delay-mode'), { target: { value: 'until-date-property' } });
    fireEvent.change(screen.getByLabelText('Days from the date (negative: before)'), { target: { value: '-3654' } });
    expect(screen.getByText('Enter a whole number between -3,653 and 3,653 days (10 years).')).toBeTruthy();
    expect(step()).toMatchObject({ delay: { mode: 'until-date-property', offsetDays: 0 } });
  });

  it('is refused as "within the last N days" of a filter', () => {
    let latest: Criteria = { groups: [{ filters: [{ kind: 'email', email: null, event: 'opened', withinDays: 30 }] }] };
    function Harness() {
      const [criteria, setCriteria] = useState(latest);
      return <CriteriaBuilder criteria={criteria} project={sampleProject()} onChange={(c) => setCriteria((latest = c))} />;
    }
    renderWithEditor(<Harness />);
    fireEvent.change(screen.getByTestId('filter-within'), { target: { value: '5000' } });
    expect(screen.getByText('Enter a whole number above zero and at most 3,653 days (10 years).')).toBeTruthy();
    expect(latest.groups[0]!.filters[0]).toMatchObject({ withinDays: 30 });
  });
});
