import { ArrowLeft, CheckCircle2, GitBranch, Mail, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../engine/model/index.ts';
import type { ContactEnrollmentAt } from '../../engine/sim/index.ts';
import { stepSummary, stepTitle } from '../canvas/summary.ts';
import { useLang } from '../i18n/useLang.ts';
import { contactLabel } from './contact-names.ts';
import { useSim, useSimulationStore } from './context.tsx';
import type { Focus } from './store.ts';
import { findStep } from './StepContacts.tsx';
import { formatInstant, minuteToMs } from './time.ts';
import { JourneyScores } from '../scoring/JourneyScores.tsx';

/** One contact's journey up to this instant: steps with times, branch reasons, emails and reactions. */
export function JourneyView({ focus, project }: { focus: Extract<Focus, { kind: 'contact' }>; project: Project }) {
  const { t } = useTranslation();
  const lang = useLang();
  const store = useSimulationStore();
  const meta = useSim((s) => s.meta)!;
  const when = (minute: number) => formatInstant(minuteToMs(meta.startMs, minute), meta.timeZone, lang);
  const journey = focus.journey;
  const name = (workflow: string, step: string | null) => {
    if (!step) return { title: '', summary: '' };
    const found = findStep(project, workflow, step);
    const wf = project.workflows.find((w) => w.id === workflow);
    return found && wf ? { title: stepTitle(found, t), summary: stepSummary(found, { project, workflow: wf, lang, t }) } : { title: step, summary: '' };
  };
  const workflowName = (id: string) => project.workflows.find((w) => w.id === id)?.name ?? id;
  return (
    <section className="fb-sim-focus" data-testid="sim-journey" data-contact={focus.id} data-loading={journey === null}>
      <header className="fb-sim-focus-head">
        {focus.from ? (
          <button type="button" className="fb-icon-button" onClick={() => store.getState().back()} aria-label={t('sim.back')} title={t('sim.back')} data-testid="sim-journey-back">
            <ArrowLeft size={16} aria-hidden />
          </button>
        ) : null}
        <h3 className="fb-sim-h" title={focus.id} data-testid="sim-journey-title">
          {t('sim.journey', { id: contactLabel(focus.who, focus.id) })}
        </h3>
        <button type="button" className="fb-icon-button" onClick={() => store.getState().closeFocus()} aria-label={t('sim.close')} title={t('sim.close')}>
          <X size={16} aria-hidden />
        </button>
      </header>
      {journey && journey.enrollments.length === 0 ? <p className="fb-empty-small">{t('sim.notEnrolledYet')}</p> : null}
      {journey?.enrollments.map((e, k) => (
        <Enrollment key={k} enrollment={e} title={workflowName(e.workflow)} name={(step) => name(e.workflow, step)} when={when} workflowName={workflowName} />
      ))}
      <JourneyScores scores={focus.scores ?? null} />
      {journey ? (
        <div className="fb-sim-activity" data-testid="sim-activity">
          <h4 className="fb-sim-subh">{t('sim.activity')}</h4>
          {journey.activity.length === 0 ? <p className="fb-empty-small">{t('sim.noActivity')}</p> : null}
          <ul>
            {journey.activity.map((a, i) => (
              <li key={i} className={`is-${a.kind}`}>
                <Mail size={13} aria-hidden />
                <span>{t(`sim.activityKinds.${a.kind}`, { defaultValue: a.kind })}</span>
                <span className="fb-muted">{when(a.at)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function Enrollment({
  enrollment: e,
  title,
  name,
  when,
  workflowName,
}: {
  enrollment: ContactEnrollmentAt;
  title: string;
  name: (step: string | null) => { title: string; summary: string };
  when: (m: number) => string;
  workflowName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const decisions = new Map(e.decisions.map((d) => [`${d.step}@${d.at}`, d]));
  const skipped = new Map(e.skipped.map((s) => [`${s.step}@${s.at}`, s]));
  const lang = useLang();
  return (
    <div className="fb-sim-enrollment">
      <p className="fb-sim-enrollment-head">
        <strong>{title}</strong>
        <span className="fb-muted">
          {when(e.enrolledAt)} · {t(`sim.enrolledHow.${e.how}`)}
        </span>
      </p>
      <ol className="fb-sim-path" data-testid="sim-path">
        {e.path.map((p, i) => {
          const decision = decisions.get(`${p.step}@${p.at}`);
          const skip = skipped.get(`${p.step}@${p.at}`);
          const current = e.step === p.step && i === e.path.length - 1;
          return (
            <li key={i} className={current ? 'is-current' : undefined} data-testid="sim-path-step" data-step={p.step}>
              <span className="fb-sim-path-dot" aria-hidden />
              <div>
                <span className="fb-sim-path-name">{name(p.step).title}</span>
                {name(p.step).summary ? <span className="fb-sim-path-summary">{name(p.step).summary}</span> : null}
                <span className="fb-muted fb-sim-path-time">{when(p.at)}</span>
                {current ? <span className="fb-sim-pill">{t('sim.stillAt')}</span> : null}
                {skip ? <span className="fb-sim-pill is-muted">{t('sim.skipped', { reason: t(`sim.skipReasons.${skip.reason}`) })}</span> : null}
                {decision ? (
                  <div className="fb-sim-decision" data-testid="sim-decision">
                    <GitBranch size={12} aria-hidden /> <strong>{decision.branch}</strong>
                    <ul>
                      {decision.reasons.map((r, k) => (
                        <li key={k}>{r[lang]}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </div>
            </li>
          );
        })}
        {e.endState ? (
          <li className="is-end" data-testid="sim-path-end" data-state={e.endState}>
            <CheckCircle2 size={14} aria-hidden className="fb-sim-path-icon" />
            <div>
              <span className="fb-sim-path-name">{t('sim.endedAs', { state: e.endState === 'completed' ? t('sim.endedCompletedOne') : t(`sim.ended.${e.endState}`) })}</span>
              {e.loop ? <span className="fb-muted" data-testid="sim-path-loop">{e.loop.map(workflowName).join(' → ')}</span> : null}
              {e.endedAt !== null ? <span className="fb-muted fb-sim-path-time">{when(e.endedAt)}</span> : null}
            </div>
          </li>
        ) : null}
      </ol>
    </div>
  );
}
