import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WhatIfSection } from '../../../renderer/expect/WhatIfSection.tsx';
import { project, ranStore, renderSim } from '../simulator/harness.tsx';

/** "Run from here" waits while a what-if field shows a value it refused (the run would use the old one). */

describe('the what-if fields', () => {
  it('disable Run while the open rate or a delay’s length is refused, with the reason', async () => {
    const sim = await ranStore();
    renderSim(<WhatIfSection />, sim);
    fireEvent.click(screen.getByTestId('whatif-open'));
    const run = screen.getByTestId('whatif-run') as HTMLButtonElement;
    expect(run.disabled).toBe(false);
    fireEvent.change(screen.getByTestId('whatif-open-rate'), { target: { value: '1e9' } });
    expect(screen.getByText('Enter a share between 0 and 100.')).toBeTruthy();
    expect(run.disabled).toBe(true);
    expect(screen.getByTestId('whatif-run-reason').textContent).toBe('Fix the fields marked in red to run.');
    fireEvent.change(screen.getByTestId('whatif-open-rate'), { target: { value: '30' } });
    expect(run.disabled).toBe(false);
    // A delay of the nurturing template, made 5,000 days long: over the ten years.
    const delay = project.workflows[0]!.steps.find((s) => s.kind === 'delay' && s.delay.mode === 'duration')!;
    fireEvent.change(screen.getByTestId('whatif-delay'), { target: { value: delay.id } });
    fireEvent.change(screen.getByTestId('whatif-delay-days'), { target: { value: '5000' } });
    expect(screen.getByText('Enter a number between 0 and 3,653 days (10 years).')).toBeTruthy();
    expect(run.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('whatif-delay-days'), { target: { value: '5' } });
    expect(run.disabled).toBe(false);
  });
});
