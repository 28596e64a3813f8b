import { useTranslation } from 'react-i18next';
import type { Project } from '../../engine/model/index.ts';
import { emailTotals, endStateCounts, type RunShape } from '../../engine/results/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import { END_COLORS, listColor } from './colors.ts';
import type { Frame } from './protocol.ts';
import { cellKey, type Figure, type StudyAt } from '../study/figures.ts';
import { Interval, shown } from '../study/Interval.tsx';

function Row({ label, value, of, testId, color, indent, figure, runs }: { label: string; value: number; of: number; testId: string; color: string; indent?: boolean; figure?: Figure | null; runs?: number }) {
  const lang = useLang();
  const f = figure ?? null;
  const share = of > 0 ? Math.min(1, shown(value, f) / of) : 0;
  return (
    <li className={`fb-sim-state${indent ? ' is-sub' : ''}`} data-testid={testId} data-count={value}>
      {/* The whole name on hover: list names are often cut to the same prefix ("Cycle de vie – Nouv…"). */}
      <span className="fb-sim-state-label" title={label}>
        {label}
      </span>
      <span className="fb-sim-state-bar" aria-hidden>
        <span style={{ width: `${share * 100}%`, background: color }} />
      </span>
      <strong className="fb-sim-state-value">
        {formatNumber(shown(value, f), lang)}
        <Interval figure={f} count={runs ?? 1} testId={`${testId}-interval`} />
      </strong>
    </li>
  );
}

/**
 * Where the enrolled contacts stand at this instant, and the static lists' members. With a study
 * (`study`), every figure is its mean with its interval (in progress and unenrolled too: the
 * study counts them per run, engine/study layout.ts).
 */
export function EndStates({ frame, workflow, project, workflowId, study }: { frame: Frame; workflow: number; project: Project; workflowId?: string; study?: StudyAt | null }) {
  const { t } = useTranslation();
  const c = endStateCounts(frame, workflow);
  const runs = study?.result.replications ?? 1;
  const of = (figure: string) => (study && workflowId ? study.figure(cellKey.workflow(workflowId, figure)) : null);
  const list = (id: string) => study?.figure(cellKey.list(id)) ?? null;
  // Bars are shares of what the row shows: with a study, of the means.
  const enrolled = shown(c.enrolled, of('enrolled'));
  const listMax = Math.max(1, ...project.lists.map((l) => shown(frame.lists[l.id] ?? 0, list(l.id))));
  return (
    <section className="fb-sim-section" data-testid="sim-end-states">
      <h3 className="fb-sim-h">{t('sim.endStates')}</h3>
      <ul className={`fb-sim-states${study ? ' has-intervals' : ''}`}>
        <Row label={t('sim.enrolled')} value={c.enrolled} of={enrolled} testId="sim-state-enrolled" color={END_COLORS.enrolled} figure={of('enrolled')} runs={runs} />
        <Row label={t('sim.inProgress')} value={c.inProgress} of={enrolled} testId="sim-state-in-progress" color={END_COLORS['in-progress']} figure={of('in-progress')} runs={runs} />
        <Row label={t('sim.completed')} value={c.completed} of={enrolled} testId="sim-state-completed" color={END_COLORS.completed} figure={of('completed')} runs={runs} />
        <Row label={t('sim.lost')} value={c.lost} of={enrolled} testId="sim-state-lost" color={END_COLORS.lost} indent figure={of('lost')} runs={runs} />
        <Row label={t('sim.goal')} value={c.goal} of={enrolled} testId="sim-state-goal" color={END_COLORS.goal} figure={of('goal')} runs={runs} />
        <Row label={t('sim.unenrolled')} value={c.unenrolled} of={enrolled} testId="sim-state-unenrolled" color={END_COLORS.unenrolled} figure={of('unenrolled')} runs={runs} />
        {c.byReason
          .filter((u) => u.count > 0)
          .map((u) => (
            <Row key={u.reason} label={t(`sim.ended.${u.reason}`)} value={u.count} of={enrolled} testId={`sim-state-${u.reason}`} color={END_COLORS.unenrolled} indent figure={of(u.reason)} runs={runs} />
          ))}
      </ul>
      {project.lists.length > 0 ? (
        <>
          <h4 className="fb-sim-subh">{t('sim.lists')}</h4>
          <ul className={`fb-sim-states${study ? ' has-intervals' : ''}`}>
            {project.lists.map((l) => (
              <Row key={l.id} label={l.name} value={frame.lists[l.id] ?? 0} of={listMax} testId={`sim-list-${l.id}`} color={listColor(project, l.id)} figure={list(l.id)} runs={runs} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * Forms filled after an email's click over the whole run: with a study, its mean (whole, as every
 * figure) and its interval at the end of the last day, the CLI's "Conversions … 0,4 (0–2)".
 */
function Conversions({ run, figure }: { run: number; figure: Figure | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const count = shown(run, figure);
  const ranged = figure && figure.lo !== figure.hi;
  return (
    <p className="fb-help" data-testid="sim-conversions" data-count={count} data-lo={figure?.lo} data-hi={figure?.hi}>
      {ranged ? t('sim.conversionsRange', { count, lo: formatNumber(figure.lo, lang), hi: formatNumber(figure.hi, lang) }) : t('sim.conversions', { count })}
    </p>
  );
}

/**
 * Emails, reactions and forms so far: of the workflow on the canvas (the sum of its send steps'
 * badges), or of the whole run when the canvas shows a workflow that was not run alone.
 */
export function Totals({ frame, shape, workflow, conversions, study }: { frame: Frame; shape: RunShape; workflow: number; conversions?: number; study?: StudyAt | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const totals = emailTotals(frame, shape, workflow);
  // The run's email totals, or the workflow's (the sum of its send steps').
  const scope = workflow >= 0 ? shape.workflows[workflow]?.id : undefined;
  const figure = (key: string) => (!study ? null : scope ? study.figure(cellKey.workflowEmail(scope, key)) : study.figure(cellKey.total(key)));
  const runs = study?.result.replications ?? 1;
  const tiles = [
    ['sent', totals.sent],
    ['opened', totals.opened],
    ['clicked', totals.clicked],
    ['unsubscribed', totals.unsubscribed],
    ['submitted', totals.submitted],
    ['bounced', totals.bounced],
  ] as const;
  return (
    <section className="fb-sim-section" data-testid="sim-totals" data-scope={workflow >= 0 ? shape.workflows[workflow]?.id : 'run'}>
      <h3 className="fb-sim-h">{workflow >= 0 ? t('sim.totalsWorkflow') : t('sim.totals')}</h3>
      <div className="fb-sim-tiles">
        {tiles.map(([key, value]) => (
          <div key={key} className="fb-sim-tile" data-testid={`sim-total-${key}`} data-count={value}>
            <strong>{formatNumber(shown(value, figure(key)), lang)}</strong>
            <Interval figure={figure(key)} count={runs} testId={`sim-total-${key}-interval`} />
            {/* In one workflow's totals, forms count only as reactions to its e-mails (downloads after a click), as the report names them. */}
            <span>{t(workflow >= 0 && key === 'submitted' ? 'sim.submittedAfterClick' : `sim.${key}`)}</span>
          </div>
        ))}
      </div>
      {conversions !== undefined ? <Conversions run={conversions} figure={study?.atEnd(cellKey.total('conversions')) ?? null} /> : null}
    </section>
  );
}
