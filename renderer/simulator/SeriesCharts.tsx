import { useTranslation } from 'react-i18next';
import { LIFECYCLE_LABELS, LIFECYCLE_STAGES, type Project } from '../../engine/model/index.ts';
import type { ComparisonAt } from '../compare/figures.ts';
import { useLang } from '../i18n/useLang.ts';
import { cellKey, seriesIn, seriesOf, type StudyAt } from '../study/figures.ts';
import { END_COLORS, listColor, STAGE_COLORS } from './colors.ts';
import { LineChart, type Series } from './LineChart.tsx';
import type { Frame, RunMeta } from './protocol.ts';
import { dayPosition } from './time.ts';

interface Base {
  readonly key: string;
  readonly cell: string;
  readonly label: string;
  readonly color: string;
  readonly initial: number;
  readonly values: ArrayLike<number>;
  readonly now: number;
}

/**
 * The lines are per day; the legends give the figures of the minute, the same as the rest of the
 * panel. With a study, the mean of its runs is the line and the interval a band; with a
 * comparison, A and B (dashed) each with its band.
 */
export function SeriesCharts({ meta, frame, project, study, comparison }: { meta: RunMeta; frame: Frame; project: Project; study: StudyAt | null; comparison: ComparisonAt | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const at = dayPosition(meta.midnights, frame.minute);
  const lines = (base: Base): Series[] => {
    const c = comparison?.result.keys.get(base.cell);
    if (comparison && c !== undefined) {
      const { summary } = comparison.result;
      return (['a', 'b'] as const).map((which) => {
        const s = seriesIn(summary[which], c);
        const f = comparison.figure(which, base.cell)!;
        return {
          ...base,
          key: `${base.key}|${which}`,
          label: `${base.label} (${which.toUpperCase()})`,
          dashed: which === 'b',
          values: s.mean,
          now: f.mean,
          band: { lo: s.lo, hi: s.hi, nowLo: f.lo, nowHi: f.hi },
        };
      });
    }
    const s = study ? seriesOf(study.result, base.cell) : null;
    const f = study?.figure(base.cell);
    if (!s || !f) return [base];
    return [{ ...base, values: s.mean, now: f.mean, band: { lo: s.lo, hi: s.hi, nowLo: f.lo, nowHi: f.hi } }];
  };
  const stages = [...LIFECYCLE_STAGES, 'unknown'].filter((s) => (frame.lifecycle[s] ?? 0) > 0 || Array.from(meta.series.lifecycle[s] ?? []).some((v) => v > 0));
  return (
    <>
      <LineChart
        title={t('sim.lifecycleChart')}
        testId="sim-chart-lifecycle"
        days={meta.series.days}
        at={at}
        series={stages.flatMap((s) =>
          lines({
            key: s,
            cell: cellKey.stage(s),
            label: s === 'unknown' ? t('sim.unknownStage') : (LIFECYCLE_LABELS[s as (typeof LIFECYCLE_STAGES)[number]]?.[lang] ?? s),
            color: STAGE_COLORS[s] ?? END_COLORS.enrolled,
            initial: meta.initial.lifecycle[s] ?? 0,
            values: meta.series.lifecycle[s]!,
            now: frame.lifecycle[s] ?? 0,
          }),
        )}
      />
      {project.lists.length > 0 ? (
        <LineChart
          title={t('sim.listsChart')}
          testId="sim-chart-lists"
          days={meta.series.days}
          at={at}
          series={project.lists.flatMap((l) =>
            lines({
              key: l.id,
              cell: cellKey.list(l.id),
              label: l.name,
              color: listColor(project, l.id),
              initial: meta.initial.lists[l.id] ?? 0,
              values: meta.series.lists[l.id] ?? new Int32Array(0),
              now: frame.lists[l.id] ?? 0,
            }),
          )}
        />
      ) : null}
    </>
  );
}
