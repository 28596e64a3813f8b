import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SimulateTimeline } from '../../../renderer/simulator/SimulateLayer.tsx';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import { expected, manualClock, ranStore, renderSim, studyOfRun } from './harness.tsx';

describe('the simulation timeline', () => {
  it('shows the simulated date and day, and moves a day at a time to local midnights', async () => {
    const store = await ranStore();
    renderSim(<SimulateTimeline />, store);
    // Re-pinned (day numbering, engine/study/days.ts): the run's first day is day 1, as the CLI and the CSV number it; it said 'Day 0'.
    expect(screen.getByTestId('sim-day').textContent).toBe('Day 1');
    expect(screen.getByTestId('sim-date').textContent).toMatch(/5 Jan 2026/);
    fireEvent.click(screen.getByTestId('sim-next-day'));
    fireEvent.click(screen.getByTestId('sim-next-day'));
    // Two midnights on: the third day (it said 'Day 2' when days were counted from 0).
    await waitFor(() => expect(screen.getByTestId('sim-day').textContent).toBe('Day 3'));
    expect(store.getState().minute).toBe(store.getState().meta!.midnights[2]);
    fireEvent.click(screen.getByTestId('sim-prev-day'));
    await waitFor(() => expect(store.getState().minute).toBe(store.getState().meta!.midnights[1]));
  });

  it('after a study of the run, says the figures are those at the end of the day (a study keeps one value a day)', async () => {
    const store = await ranStore();
    await act(() => store.getState().seek(3 * 1440 + 600));
    // The single run: the minute, 10:00 on day 3 (Monday 5 January + 3).
    const single = renderSim(<SimulateTimeline />, store);
    expect(screen.getByTestId('sim-date').textContent).toBe('Thu, 8 Jan 2026, 10:00');
    single.unmount();
    const studies = await studyOfRun(store.getState().meta!);
    renderSim(
      <StudyProvider store={studies}>
        <SimulateTimeline />
      </StudyProvider>,
      store,
    );
    expect(screen.getByTestId('sim-date').textContent).toBe('Thu, 8 Jan 2026, end of day');
    expect(screen.getByTestId('sim-scrubber').getAttribute('aria-valuetext')).toBe('Thu, 8 Jan 2026, end of day');
    // Thursday 8 January is the fourth day of a run from Monday 5 January (it said 'Day 3' when days were counted from 0).
    expect(screen.getByTestId('sim-day').textContent).toBe('Day 4');
  });

  it('scrubs to any minute and the frame is the engine state at that minute', async () => {
    const store = await ranStore();
    renderSim(<SimulateTimeline />, store);
    const minute = 12 * 1440 + 300;
    fireEvent.change(screen.getByTestId('sim-scrubber'), { target: { value: String(minute) } });
    await waitFor(() => expect(store.getState().frame?.minute).toBe(minute));
    const state = expected().stateAt(minute);
    expect(Array.from(store.getState().frame!.waiting)).toEqual(Array.from(state.waiting));
    expect(Array.from(store.getState().frame!.edges)).toEqual(Array.from(state.edges));
    // 12 whole days and 5 hours in: the 13th day (it said 'Day 12' when days were counted from 0).
    expect(screen.getByTestId('sim-day').textContent).toBe('Day 13');
  });

  it('plays at the chosen speed and pauses', async () => {
    const clock = manualClock();
    const store = await ranStore(clock);
    renderSim(<SimulateTimeline />, store);
    fireEvent.change(screen.getByTestId('sim-speed'), { target: { value: String(7 * 1440) } });
    fireEvent.click(screen.getByTestId('sim-play'));
    expect(screen.getByTestId('sim-play').getAttribute('data-playing')).toBe('true');
    // Half a second at one week a second: three and a half days.
    await act(async () => {
      for (let i = 0; i < 5; i++) clock.tick(100);
    });
    expect(store.getState().minute).toBe(Math.round(3.5 * 1440));
    fireEvent.click(screen.getByTestId('sim-play'));
    expect(store.getState().playing).toBe(false);
    await act(async () => clock.tick(1000));
    expect(store.getState().minute).toBe(Math.round(3.5 * 1440));
  });

  it('answers Space and the arrows, but leaves them to text fields', async () => {
    const store = await ranStore();
    renderSim(
      <>
        <input data-testid="field" />
        <SimulateTimeline />
      </>,
      store,
    );
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    await waitFor(() => expect(store.getState().minute).toBe(store.getState().meta!.midnights[1]));
    fireEvent.keyDown(screen.getByTestId('field'), { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(store.getState().playing).toBe(true);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(store.getState().playing).toBe(false);
    expect(store.getState().minute).toBe(store.getState().meta!.midnights[1]);
    fireEvent.keyDown(document.body, { key: 'ArrowRight', shiftKey: true });
    await waitFor(() => expect(store.getState().minute).toBeGreaterThan(store.getState().meta!.midnights[1]!));
  });

  it('steps to the next movement of a contact', async () => {
    const store = await ranStore();
    renderSim(<SimulateTimeline />, store);
    await act(() => store.getState().seek(1));
    fireEvent.click(screen.getByTestId('sim-next-event'));
    await waitFor(() => expect(store.getState().minute).toBeGreaterThan(1));
    const moved = store.getState().minute;
    const before = expected().stateAt(moved - 1);
    const after = expected().stateAt(moved);
    expect(Array.from(after.entered)).not.toEqual(Array.from(before.entered));
  });
});
