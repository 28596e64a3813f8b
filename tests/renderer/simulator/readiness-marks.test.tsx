import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SimulatePanel } from '../../../renderer/simulator/SimulatePanel.tsx';
import { Timeline } from '../../../renderer/simulator/Timeline.tsx';
import { expected, project, ranStore, renderSim } from './harness.tsx';

// The end-to-end tests wait on these marks before reading a view; they are only worth waiting on
// if each names the minute whose numbers the view shows at that moment, lag included.
const minuteOf = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-minute'));
const enrolledShown = () => Number(screen.getByTestId('sim-state-enrolled').getAttribute('data-count'));

afterEach(() => {
  vi.useRealTimers();
});

describe('the minute marks of the Simulate views', () => {
  it('the side panel names the minute whose counts it shows, while it lags a scrub and once it catches up', async () => {
    const store = await ranStore();
    const { midnights } = store.getState().meta!;
    const [day5, day12] = [midnights[5]!, midnights[12]!];
    const truth = (minute: number) => expected().stateAt(minute).workflows[0]!.enrolled;
    // Two instants the panel tells apart (else the checks below could not fail).
    expect(truth(day5)).not.toBe(truth(day12));
    // The panel's clock (at most one update per 125 ms) is moved by hand.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    renderSim(
      <>
        <SimulatePanel workflow={project.workflows[0]} />
        <Timeline />
      </>,
      store,
    );
    // A second after its last update, the panel follows a seek at once...
    act(() => vi.advanceTimersByTime(1000));
    await act(() => store.getState().seek(day5));
    expect(minuteOf('sim-results')).toBe(day5);
    expect(enrolledShown()).toBe(truth(day5));

    // ...but not the next one, 0 ms later: the timeline is at day 12, the panel still shows day 5,
    // and says so.
    await act(() => store.getState().seek(day12));
    expect(minuteOf('sim-timeline')).toBe(day12);
    expect(minuteOf('sim-results')).toBe(day5);
    expect(enrolledShown()).toBe(truth(day5));
    act(() => vi.advanceTimersByTime(125));
    expect(minuteOf('sim-results')).toBe(day12);
    expect(enrolledShown()).toBe(truth(day12));
  });
});
