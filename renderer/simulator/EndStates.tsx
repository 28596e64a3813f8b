import { useTranslation } from 'react-i18next';
import type { Project } from '../../engine/model/index.ts';
import type { EndState } from '../../engine/sim/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import type { Frame } from './protocol.ts';

const UNENROLLED: readonly EndState[] = ['suppressed', 'not-matching', 'unenrolled-by-workflow', 'unenrolled-on-other-enrollment', 'loop', 'workflow-loop'];

export interface EndStateCounts {
  readonly enrolled: number;
  readonly inProgress: number;
  readonly completed: number;
  readonly goal: number;
  readonly lost: number;
  readonly unenrolled: readonly { readonly reason: EndState; readonly count: number }[];
}

/** End states at the instant, for one workflow of the run (index) or all of them (-1). */
export function endStateCounts(frame: Frame, workflow: number): EndStateCounts {
  const rows = workflow >= 0 ? frame.workflows.slice(workflow, workflow + 1) : frame.workflows;
  const sum = (f: (w: Frame['workflows'][number]) => number) => rows.reduce((n, w) => n + f(w), 0);
  const enrolled = sum((w) => w.enrolled);
  const unenrolled = UNENROLLED.map((reason) => ({ reason, count: sum((w) => w.ended[reason]) }));
  const completed = sum((w) => w.ended.completed);
  const goal = sum((w) => w.ended.goal);
  const left = completed + goal + unenrolled.reduce((n, u) => n + u.count, 0);
  return { enrolled, inProgress: enrolled - left, completed, goal, lost: sum((w) => w.lost), unenrolled };
}

function Row({ label, value, of, testId, tone, indent }: { label: string; value: number; of: number; testId: string; tone?: string; indent?: boolean }) {
  const lang = useLang();
  const share = of > 0 ? Math.min(1, value / of) : 0;
  return (
    <li className={`fb-sim-state${indent ? ' is-sub' : ''}`} data-testid={testId} data-count={value}>
      <span className="fb-sim-state-label">{label}</span>
      <span className="fb-sim-state-bar" aria-hidden>
        <span className={tone ? `is-${tone}` : undefined} style={{ width: `${share * 100}%` }} />
      </span>
      <strong className="fb-sim-state-value">{formatNumber(value, lang)}</strong>
    </li>
  );
}

/** Where the enrolled contacts stand at this instant, and the static lists' members. */
export function EndStates({ frame, workflow, project }: { frame: Frame; workflow: number; project: Project }) {
  const { t } = useTranslation();
  const c = endStateCounts(frame, workflow);
  const unenrolled = c.unenrolled.reduce((n, u) => n + u.count, 0);
  const listMax = Math.max(1, ...project.lists.map((l) => frame.lists[l.id] ?? 0));
  return (
    <section className="fb-sim-section" data-testid="sim-end-states">
      <h3 className="fb-sim-h">{t('sim.endStates')}</h3>
      <ul className="fb-sim-states">
        <Row label={t('sim.enrolled')} value={c.enrolled} of={c.enrolled} testId="sim-state-enrolled" tone="neutral" />
        <Row label={t('sim.inProgress')} value={c.inProgress} of={c.enrolled} testId="sim-state-in-progress" tone="accent" />
        <Row label={t('sim.completed')} value={c.completed} of={c.enrolled} testId="sim-state-completed" tone="success" />
        <Row label={t('sim.lost')} value={c.lost} of={c.enrolled} testId="sim-state-lost" tone="warning" indent />
        <Row label={t('sim.goal')} value={c.goal} of={c.enrolled} testId="sim-state-goal" tone="success" />
        <Row label={t('sim.unenrolled')} value={unenrolled} of={c.enrolled} testId="sim-state-unenrolled" tone="muted" />
        {c.unenrolled
          .filter((u) => u.count > 0)
          .map((u) => (
            <Row key={u.reason} label={t(`sim.ended.${u.reason}`)} value={u.count} of={c.enrolled} testId={`sim-state-${u.reason}`} tone="muted" indent />
          ))}
      </ul>
      {project.lists.length > 0 ? (
        <>
          <h4 className="fb-sim-subh">{t('sim.lists')}</h4>
          <ul className="fb-sim-states">
            {project.lists.map((l) => (
              <Row key={l.id} label={l.name} value={frame.lists[l.id] ?? 0} of={listMax} testId={`sim-list-${l.id}`} tone="list" />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Emails, reactions and forms so far. */
export function Totals({ frame, conversions }: { frame: Frame; conversions?: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const tiles = [
    ['sent', frame.totals.sent],
    ['opened', frame.totals.opened],
    ['clicked', frame.totals.clicked],
    ['unsubscribed', frame.totals.unsubscribed],
    ['submitted', frame.totals.submitted],
    ['bounced', frame.totals.bounced],
  ] as const;
  return (
    <section className="fb-sim-section" data-testid="sim-totals">
      <h3 className="fb-sim-h">{t('sim.totals')}</h3>
      <div className="fb-sim-tiles">
        {tiles.map(([key, value]) => (
          <div key={key} className="fb-sim-tile" data-testid={`sim-total-${key}`} data-count={value}>
            <strong>{formatNumber(value, lang)}</strong>
            <span>{t(`sim.${key}`)}</span>
          </div>
        ))}
      </div>
      {conversions !== undefined ? <p className="fb-help" data-testid="sim-conversions">{t('sim.conversions', { count: conversions })}</p> : null}
    </section>
  );
}
