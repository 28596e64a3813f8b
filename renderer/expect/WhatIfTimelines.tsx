import { useTranslation } from 'react-i18next';
import type { Project } from '../../engine/model/index.ts';
import { listColor } from '../simulator/colors.ts';
import { LineChart, type Series } from '../simulator/LineChart.tsx';
import type { WhatIfAnswer } from './whatif-protocol.ts';

/** Both timelines of a what-if: each segment whose members moved, the original solid and the changed run dashed. */
export function WhatIfTimelines({ result, project, at }: { result: Extract<WhatIfAnswer, { ok: true }>; project: Project; at: number }) {
  const { t } = useTranslation();
  const moved = result.lists.filter((l) => l.original.some((v, d) => v !== l.changed[d]));
  if (moved.length === 0) return null;
  const day = Math.min(Math.floor(at), (moved[0]?.original.length ?? 1) - 1);
  const series = moved.flatMap((l): Series[] => {
    const name = project.lists.find((x) => x.id === l.id)?.name ?? l.id;
    const color = listColor(project, l.id);
    return [
      { key: `${l.id}|original`, label: name, color, initial: l.initial, values: l.original, now: l.original[day] ?? 0 },
      { key: `${l.id}|changed`, label: `${name} (${t('expect.whatIfChangedRun')})`, color, initial: l.initial, values: l.changed, now: l.changed[day] ?? 0, dashed: true },
    ];
  });
  return <LineChart title={t('expect.whatIfTimelines')} testId="whatif-chart" days={moved[0]!.original.length} at={at} series={series} />;
}
