import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight, Pause, Play } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayNumber } from '../../engine/study/index.ts';
import { useSim, useSimulationStore } from './context.tsx';
import { useSimTexts } from './i18n.ts';
import { SPEEDS } from './store.ts';
import { useSimClock } from './useSimClock.ts';

/** How many day ticks get a label, so the labels never crowd. */
function labelEvery(days: number): number {
  return [1, 2, 5, 7, 10, 14, 30, 60, 90].find((n) => days / n <= 12) ?? 120;
}

/** Play, pause, speed, step by day or by movement, the scrubber and the simulated date. */
export function Timeline() {
  useSimTexts();
  const { t } = useTranslation();
  const store = useSimulationStore();
  const meta = useSim((s) => s.meta);
  const minute = useSim((s) => s.minute);
  const playing = useSim((s) => s.playing);
  const speed = useSim((s) => s.speed);
  // "end of day" when a study or a comparison of this run is shown: its figures are one value a day.
  const words = useSimClock(minute);
  if (!meta || !words) return null;
  const { clock, day, daily } = words;
  const sim = store.getState();
  const last = Math.max(1, meta.lastMinute);
  const every = labelEvery(meta.horizonDays);
  return (
    <div className="fb-sim-timeline" data-testid="sim-timeline" role="toolbar" aria-label={t('sim.scrubber')} data-minute={minute}>
      <div className="fb-sim-scrub">
        <input
          type="range"
          className="fb-sim-range"
          min={0}
          max={last}
          step={1}
          value={minute}
          onChange={(e) => void sim.seek(Number(e.target.value))}
          aria-label={t('sim.scrubber')}
          aria-valuetext={clock}
          data-testid="sim-scrubber"
          data-sim-keys
        />
        <Ticks midnights={meta.midnights} last={last} every={every} />
      </div>
      <div className="fb-sim-controls">
        <button type="button" className="fb-sim-play" onClick={() => sim.togglePlay()} aria-label={playing ? t('sim.pause') : t('sim.play')} title={`${playing ? t('sim.pause') : t('sim.play')} (Espace / Space)`} data-testid="sim-play" data-playing={playing}>
          {playing ? <Pause size={18} aria-hidden /> : <Play size={18} aria-hidden />}
        </button>
        <div className="fb-sim-steppers">
          <button type="button" className="fb-icon-button" onClick={() => void sim.stepEvent(-1)} title={`${t('sim.prevEvent')} (Shift+←)`} aria-label={t('sim.prevEvent')} data-testid="sim-prev-event">
            <ChevronsLeft size={16} aria-hidden />
          </button>
          <button type="button" className="fb-icon-button" onClick={() => void sim.stepDay(-1)} title={`${t('sim.prevDay')} (←)`} aria-label={t('sim.prevDay')} data-testid="sim-prev-day">
            <ChevronLeft size={16} aria-hidden />
          </button>
          <button type="button" className="fb-icon-button" onClick={() => void sim.stepDay(1)} title={`${t('sim.nextDay')} (→)`} aria-label={t('sim.nextDay')} data-testid="sim-next-day">
            <ChevronRight size={16} aria-hidden />
          </button>
          <button type="button" className="fb-icon-button" onClick={() => void sim.stepEvent(1)} title={`${t('sim.nextEvent')} (Shift+→)`} aria-label={t('sim.nextEvent')} data-testid="sim-next-event">
            <ChevronsRight size={16} aria-hidden />
          </button>
        </div>
        <div className="fb-sim-clock" aria-live="off">
          <strong data-testid="sim-date" data-end-of-day={daily} title={daily ? t('sim.endOfDayTitle') : undefined}>
            {clock}
          </strong>
          <span className="fb-muted" data-testid="sim-day">{day}</span>
        </div>
        {/* The keys alone, wrapping as chips: the sentence saying what they do is the tooltip. */}
        <span className="fb-sim-keys" title={t('sim.keys')} aria-label={t('sim.keys')} data-testid="sim-keys">
          {[t('sim.keySpace'), '←/→', `${t('sim.keyShift')}+←/→`].map((key) => (
            <kbd key={key}>{key}</kbd>
          ))}
        </span>
        <label className="fb-sim-speed">
          <span className="fb-muted">{t('sim.speed')}</span>
          <select className="fb-input" value={speed} onChange={(e) => sim.setSpeed(Number(e.target.value))} aria-label={t('sim.speed')} title={t('sim.speed')} data-testid="sim-speed">
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t(`sim.speeds.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

/**
 * Day ticks under the scrubber: a tick at each midnight, and the day numbers (engine/study
 * `dayNumber`, as the clock names them) under the middle of their day, so the label under the
 * thumb is the day the clock shows (a label on a midnight read one off: the midnight ending day 5
 * is also where day 6 begins). Day 1, then every `every`th day, the last day always. Drawn once per run.
 */
const Ticks = memo(function Ticks({ midnights, last, every }: { midnights: readonly number[]; last: number; every: number }) {
  const days = midnights.length - 1;
  const at = (m: number) => `${(100 * Math.min(m, last)) / last}%`;
  const labelled = (d: number) => d === 0 || d === days - 1 || (dayNumber(d) % every === 0 && days - 1 - d >= every / 2);
  return (
    <div className="fb-sim-ticks" aria-hidden data-testid="sim-ticks">
      {midnights.map((m, d) => (
        <span key={d} className="fb-sim-tick" style={{ left: at(m) }} />
      ))}
      {midnights.slice(0, -1).map((m, d) =>
        labelled(d) ? (
          <span key={`day-${d}`} className="fb-sim-day-label" style={{ left: at((m + midnights[d + 1]!) / 2) }} data-testid={`sim-tick-day-${dayNumber(d)}`}>
            {dayNumber(d)}
          </span>
        ) : null,
      )}
    </div>
  );
});
