import type { WorkflowLayout } from '../../engine/layout/index.ts';
import type { Workflow } from '../../engine/model/index.ts';
import { dayNumber } from '../../engine/study/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import { useSim } from '../simulator/context.tsx';
import { dayAt } from '../simulator/time.ts';
import { cellKey } from '../study/figures.ts';
import { useCompare } from './context.tsx';
import { comparisonAt } from './figures.ts';
import { useCompareT } from './i18n.ts';

/**
 * On each step both projects have, under its card: contacts that reached it in A and in B by the
 * end of the day shown (means of the comparison's runs); a step whose interval of B − A leaves out 0
 * is marked. Drawn in the diagram's coordinates, inside the simulator's overlay.
 */
export function CompareMarks({ layout, workflow }: { layout: WorkflowLayout; workflow: Workflow }) {
  const t = useCompareT();
  const lang = useLang();
  const meta = useSim((s) => s.meta);
  const minute = useSim((s) => s.frame?.minute ?? null);
  const result = useCompare((s) => s.result);
  if (!result || !meta || result.meta !== meta || minute === null) return null;
  const at = comparisonAt(result, dayAt(meta.midnights, minute));
  const num = (n: number) => formatNumber(Math.round(n), lang);
  return (
    <>
      {layout.nodes.map((n) => {
        if (n.kind !== 'step' || !n.stepId) return null;
        const key = cellKey.step(workflow.id, n.stepId, 'entered');
        const a = at.figure('a', key);
        const b = at.figure('b', key);
        const d = at.figure('diff', key);
        if (!a || !b || !d || (a.hi === 0 && b.hi === 0)) return null;
        const clear = d.lo > 0 || d.hi < 0;
        return (
          <div
            key={n.id}
            className={`fb-compare-mark${clear ? ' is-clear' : ''}`}
            style={{ transform: `translate(${n.x + n.width - 12}px, ${n.y + n.height - 11}px) translateX(-100%)` }}
            title={t('compare.badgeTitle', { day: formatNumber(dayNumber(at.day), lang) })}
            data-testid={`compare-mark-${n.stepId}`}
            data-a={a.mean}
            data-b={b.mean}
            data-clear={clear}
          >
            {t('compare.badge', { a: num(a.mean), b: num(b.mean) })}
          </div>
        );
      })}
    </>
  );
}
