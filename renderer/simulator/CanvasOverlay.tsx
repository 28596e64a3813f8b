import { ViewportPortal } from '@xyflow/react';
import { Check, Hourglass, Mail } from 'lucide-react';
import { stepFigures } from '../../engine/results/index.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowLayout } from '../../engine/layout/index.ts';
import type { Workflow } from '../../engine/model/index.ts';
import { edgeDecorations, roundedPath } from '../canvas/paths.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import { useSim } from './context.tsx';
import { FlowDots } from './FlowDots.tsx';
import { useSimTexts } from './i18n.ts';
import { flowWidth, journeyOnCanvas } from './overlay-geometry.ts';
import { formatStamp, minuteToMs } from './time.ts';
import { useStepIndex } from './useStepIndex.ts';
import { cellKey, useStudyAt } from '../study/figures.ts';
import { Interval, shown } from '../study/Interval.tsx';
import { CompareMarks } from '../compare/CompareMarks.tsx';
import { useCompare } from '../compare/context.tsx';
import { useStudy } from '../study/context.tsx';
import { useStudyT } from '../study/i18n.ts';
import type { RunMeta } from './protocol.ts';

/**
 * Whether the canvas's counts are one run's where several runs are about: a study of this run is
 * running or was cancelled, or a comparison (running, or done for this run) puts the means of its
 * runs beside them ("A 77 · B 77" beside "71 enrolled"). False once the study's means are shown.
 */
function useSingleRunMark(meta: RunMeta, studyShown: boolean): boolean {
  const study = useStudy((s) => s.status === 'running' || s.status === 'cancelled');
  const compare = useCompare((s) => s.status === 'running' || (s.result !== null && s.result.meta === meta));
  return !studyShown && (study || compare);
}

/**
 * What Simulate mode draws over the diagram, in the diagram's own coordinates: flow widths and
 * counts on the edges, a "waiting / passed" badge on each step, coverage marks, the journey of
 * the contact being looked at, and dots moving while it plays. Mounted inside React Flow.
 */
export function SimCanvasOverlay({ layout, workflow }: { layout: WorkflowLayout | null; workflow: Workflow | null }) {
  useSimTexts();
  const active = useSim((s) => s.active);
  const frame = useSim((s) => s.frame);
  const meta = useSim((s) => s.meta);
  const focus = useSim((s) => s.focus);
  const index = useStepIndex(workflow);
  const journey = focus?.kind === 'contact' ? focus.journey : null;
  const path = useMemo(() => (layout && workflow ? journeyOnCanvas(journey, workflow.id, layout) : null), [journey, layout, workflow]);
  if (!active || !layout || !workflow || !meta || !frame || !index || index.workflow < 0 || !path) return null;
  return <Drawing layout={layout} workflow={workflow} index={index} path={path} />;
}

function Drawing({ layout, workflow, index, path }: { layout: WorkflowLayout; workflow: Workflow; index: NonNullable<ReturnType<typeof useStepIndex>>; path: ReturnType<typeof journeyOnCanvas> }) {
  const { t } = useTranslation();
  const st = useStudyT();
  const lang = useLang();
  const frame = useSim((s) => s.frame)!;
  const meta = useSim((s) => s.meta)!;
  const num = (n: number) => formatNumber(n, lang);
  // With a study, each count is its mean at the end of the day shown, followed by its interval.
  const study = useStudyAt();
  const runs = study?.result.replications ?? 1;
  // One run's counts while a study runs or was cancelled, or beside a comparison's A/B means: marked as one run.
  const singleRun = useSingleRunMark(meta, study !== null);
  const single = singleRun ? ' is-single-run' : '';
  const singleTitle = singleRun ? ` (${st('study.singleRunTitle')})` : '';
  const fig = (key: string) => study?.figure(key) ?? null;
  const edgeCount = (key: string) => {
    const k = index.edges.get(key);
    return k === undefined ? 0 : frame.edges[k]!;
  };
  const busiest = Math.max(1, ...layout.edges.map((e) => edgeCount(e.key)));
  const reachedEdge = (key: string) => {
    const k = index.edges.get(key);
    return k === undefined || meta.edges[k]!.count > 0;
  };
  const journeyOn = path.edges.size > 0 || path.steps.size > 0;
  // Static across frames: path data, count positions, hover texts (no formatting per frame).
  const drawn = useMemo(() => new Map(layout.edges.map((e) => [e.key, { d: roundedPath(e.points), at: edgeDecorations(e.points, e.label).plus }])), [layout]);
  const badgeTitle = `${t('sim.badgeWaiting')} · ${t('sim.badgePassed')}`;
  const sendTitle = `${badgeTitle} · ${t('sim.badgeSent')}`;
  const sends = useMemo(() => new Set(workflow.steps.filter((s) => s.kind === 'send-email').map((s) => s.id)), [workflow]);
  const edgeTitle = t('sim.edgeTitle');
  const stamp = (minute: number) => formatStamp(minuteToMs(meta.startMs, minute), meta.timeZone, lang);
  const w = index.workflow;
  return (
    <ViewportPortal>
      {/* data-minute: the instant whose counts are drawn (tests wait on it before reading them). */}
      <svg className="fb-sim-svg" width={layout.width + 40} height={layout.height + 40} aria-hidden data-testid="sim-overlay" data-minute={frame.minute}>
        {layout.edges.map((e) => {
          const d = drawn.get(e.key)!.d;
          if (!reachedEdge(e.key)) return <path key={e.key} d={d} className="fb-sim-unreached-edge" data-testid={`sim-unreached-edge-${e.key}`} />;
          const width = flowWidth(edgeCount(e.key), busiest);
          return width > 0 ? <path key={e.key} d={d} className="fb-sim-flow" strokeWidth={width} /> : null;
        })}
        {layout.edges.filter((e) => path.edges.has(e.key)).map((e) => (
          <path key={`j-${e.key}`} d={drawn.get(e.key)!.d} className="fb-sim-journey-edge" />
        ))}
        <FlowDots layout={layout} edgeIndex={index.edges} />
      </svg>
      {layout.edges.map((e) => {
        const count = edgeCount(e.key);
        const f = fig(cellKey.edge(workflow.id, e.key));
        if ((count === 0 && !(f && f.hi > 0)) || e.goTo) return null;
        const at = drawn.get(e.key)!.at;
        return (
          <div key={e.key} className={`fb-sim-edge-count${single}`} style={{ transform: `translate(${at.x}px, ${at.y}px) translate(-50%, -50%)` }} title={`${edgeTitle}${singleTitle}`} data-testid={`sim-edge-${e.key}`} data-count={count}>
            {num(shown(count, f))}
            <Interval figure={f} count={runs} />
          </div>
        );
      })}
      {layout.nodes.map((n) => {
        if (n.kind === 'end') return null;
        if (n.kind === 'enrollment') {
          const enrolled = frame.workflows[w]?.enrolled ?? 0;
          const f = fig(cellKey.workflow(workflow.id, 'enrolled'));
          return (
            <div
              key={n.id}
              className={`fb-sim-badge is-enrollment${single}`}
              style={{ transform: `translate(${n.x + n.width - 12}px, ${n.y - 11}px) translateX(-100%)` }}
              title={singleRun ? st('study.singleRunTitle') : undefined}
              data-testid="sim-badge-enrollment"
              data-enrolled={enrolled}
              data-single-run={singleRun}
            >
              <strong>{num(shown(enrolled, f))}</strong>
              <Interval figure={f} count={runs} testId="sim-interval-enrolled" /> {t('sim.enrolled').toLocaleLowerCase()}
              {singleRun ? (
                <span className="fb-sim-single-run" data-testid="sim-single-run">
                  {' · '}
                  {st('study.singleRun')}
                </span>
              ) : null}
            </div>
          );
        }
        const s = index.steps.get(n.stepId ?? '');
        if (s === undefined) return null;
        const { waiting, passed, sent, skipped } = stepFigures(frame, s);
        const fw = fig(cellKey.step(workflow.id, n.stepId!, 'waiting'));
        const fp = fig(cellKey.step(workflow.id, n.stepId!, 'passed'));
        const fs = fig(cellKey.email(workflow.id, n.stepId!, 'sent'));
        const send = sends.has(n.stepId!);
        const reached = meta.steps[s]!.entered > 0;
        const times = path.steps.get(n.stepId!) ?? [];
        return (
          <div key={n.id}>
            {!reached ? (
              <div className="fb-sim-unreached" style={{ transform: `translate(${n.x}px, ${n.y}px)`, width: n.width, height: n.height }} data-testid={`sim-unreached-${n.stepId}`}>
                <span>{t('sim.neverReached')}</span>
              </div>
            ) : null}
            {journeyOn && times.length > 0 ? (
              <div className="fb-sim-journey-step" style={{ transform: `translate(${n.x - 4}px, ${n.y - 4}px)`, width: n.width + 8, height: n.height + 8 }}>
                <span className="fb-sim-journey-time">{times.map(stamp).join(' · ')}</span>
              </div>
            ) : null}
            {reached ? (
              <div
                className={`fb-sim-badge${waiting > 0 ? ' has-waiting' : ''}${single}`}
                style={{ transform: `translate(${n.x + n.width - 12}px, ${n.y - 11}px) translateX(-100%)` }}
                title={`${send ? sendTitle : badgeTitle}${singleTitle}`}
                data-single-run={singleRun}
                data-testid={`sim-badge-${n.stepId}`}
                data-waiting={waiting}
                data-passed={passed}
                data-sent={send ? sent : undefined}
                data-skipped={send ? skipped : undefined}
              >
                <span className="fb-sim-badge-part" aria-label={t('sim.badgeWaiting')}>
                  <Hourglass size={11} aria-hidden />
                  <span data-testid={`sim-waiting-${n.stepId}`}>{num(shown(waiting, fw))}</span>
                  <Interval figure={fw} count={runs} testId={`sim-interval-waiting-${n.stepId}`} />
                </span>
                <span className="fb-sim-badge-part is-passed" aria-label={t('sim.badgePassed')}>
                  <Check size={11} aria-hidden />
                  <span data-testid={`sim-passed-${n.stepId}`}>{num(shown(passed, fp))}</span>
                  <Interval figure={fp} count={runs} testId={`sim-interval-passed-${n.stepId}`} />
                </span>
                {send ? (
                  // Passed the step is not sent: unsubscribed, bounced or address-less contacts are skipped.
                  <span className="fb-sim-badge-part is-sent" aria-label={t('sim.badgeSent')}>
                    <Mail size={11} aria-hidden />
                    <span data-testid={`sim-sent-${n.stepId}`}>{num(shown(sent, fs))}</span>
                    <Interval figure={fs} count={runs} testId={`sim-interval-sent-${n.stepId}`} />
                  </span>
                ) : null}
              </div>
            ) : null}
          </div>
        );
      })}
      <CompareMarks layout={layout} workflow={workflow} />
    </ViewportPortal>
  );
}
