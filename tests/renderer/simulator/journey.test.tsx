import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSim } from '../../../renderer/simulator/context.tsx';
import { JourneyView } from '../../../renderer/simulator/JourneyView.tsx';
import { StepContacts } from '../../../renderer/simulator/StepContacts.tsx';
import { expected, project, ranStore, renderSim } from './harness.tsx';

function Focused() {
  const focus = useSim((s) => s.focus);
  if (focus?.kind === 'step') return <StepContacts focus={focus} project={project} />;
  if (focus?.kind === 'contact') return <JourneyView focus={focus} project={project} />;
  return <p data-testid="nothing" />;
}

const stepIndex = (id: string) => expected().steps.findIndex((s) => s.step === id);

describe('step contacts and a contact journey', () => {
  it('lists the contacts waiting at a step at the instant, as many as the badge says', async () => {
    const store = await ranStore();
    renderSim(<Focused />, store);
    const minute = 3 * 1440;
    await act(() => store.getState().seek(minute));
    const s = stepIndex('step-wait-followup');
    await act(() => store.getState().openStep(s));
    await waitFor(() => expect(screen.getByTestId('sim-step-total').getAttribute('data-total')).toBe(String(expected().stateAt(minute).waiting[s])));
    // Windowed: a long list draws only the rows in view.
    expect(screen.getAllByTestId('sim-contact').length).toBeLessThan(30);
  });

  it('opens a contact who reached the "downloaded" list: its path, times, the branch reasons and its emails', async () => {
    const store = await ranStore();
    renderSim(<Focused />, store);
    const minute = expected().lastMinute;
    await act(() => store.getState().seek(minute));
    await act(() => store.getState().openStep(stepIndex('step-list-downloaded'), 'passed'));
    const first = (await screen.findAllByTestId('sim-contact'))[0]!;
    const id = first.getAttribute('data-contact')!;
    fireEvent.click(first);
    await screen.findByTestId('sim-journey');
    await waitFor(() => expect(screen.getAllByTestId('sim-path-step').length).toBeGreaterThan(0));
    const truth = expected().contactAt(id, minute)!.enrollments[0]!;
    expect(screen.getAllByTestId('sim-path-step').map((li) => li.getAttribute('data-step'))).toEqual(truth.path.map((p) => p.step));
    expect(screen.getByTestId('sim-path-end').getAttribute('data-state')).toBe('completed');
    const decision = screen.getByTestId('sim-decision').textContent!;
    expect(decision).toContain('Downloaded ebook 2');
    expect(decision).toContain(': met');
    expect(screen.getByTestId('sim-activity').textContent).toContain('Email sent');
    // Back to the list it came from.
    fireEvent.click(screen.getByTestId('sim-journey-back'));
    await screen.findByTestId('sim-step-contacts');
  });

  it('tells the journey as it stood at an earlier instant when scrubbing back', async () => {
    const store = await ranStore();
    renderSim(<Focused />, store);
    const id = expected().contactIds[expected().enrollments.contact[0]!]!;
    await act(() => store.getState().seek(expected().lastMinute));
    await act(() => store.getState().openContact(id));
    await waitFor(() => expect(screen.getAllByTestId('sim-path-step').length).toBe(expected().contactAt(id, expected().lastMinute)!.enrollments[0]!.path.length));
    await act(() => store.getState().seek(6 * 1440));
    await waitFor(() => expect(screen.getAllByTestId('sim-path-step').length).toBe(expected().contactAt(id, 6 * 1440)!.enrollments[0]!.path.length));
    expect(screen.queryByTestId('sim-path-end')).toBeNull();
    expect(screen.getByText('Now at this step')).toBeTruthy();
  });
});
