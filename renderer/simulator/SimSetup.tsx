import { Play, X } from 'lucide-react';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asWorkflowId, sameForRuns, type Project } from '../../engine/model/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { formatNumber } from '../i18n/format.ts';
import { useDocument, useStores } from '../stores/context.tsx';
import { useSim, useSimulationStore } from './context.tsx';
import { projectSettings, withSimSettings, type ProjectSimSettings } from './store.ts';
import type { ContactOrigin } from './protocol.ts';
import { DateField } from './DateField.tsx';
import { formatLongDate } from './time.ts';
import { useSandboxChoices } from './useSandboxChoices.ts';
import { useAppCommand } from '../platform/appCommands.ts';
import { RunsProgress } from '../study/RunsProgress.tsx';
import { useStudyT } from '../study/i18n.ts';
import { useStudy, useStudyStore } from '../study/context.tsx';
import { useRunAll } from '../study/useRunAll.ts';
import { ReplicationsField } from '../study/ReplicationsField.tsx';

const BUNDLED = '__project__';

/** The run's settings (workflows, contacts, period, seed, arrivals), Run, progress and Cancel. */
export const SimSetup = memo(function SimSetup() {
  const { t } = useTranslation();
  const lang = useLang();
  const project = useDocument((s) => s.project);
  const store = useSimulationStore();
  const settings = useSim((s) => s.settings);
  const status = useSim((s) => s.status);
  const progress = useSim((s) => s.progress);
  const error = useSim((s) => s.error);
  const meta = useSim((s) => s.meta);
  // Out of date once the project changed in what a run reads (an expectation written is not such a change).
  const stale = useSim((s) => s.meta !== null && (s.ranProject === null || !sameForRuns(s.ranProject, project)));
  const { sandboxes, preferred } = useSandboxChoices();
  const s = useStudyT();
  const runAll = useRunAll();
  const studyStore = useStudyStore();
  const studying = useStudy((x) => x.status === 'running');
  const studyDone = useStudy((x) => x.done);
  const studyTotal = useStudy((x) => x.total);
  const studyCancelled = useStudy((x) => x.status === 'cancelled');
  // After a study of this run, its note gives the study's time: the first run's alone would read as the study's.
  const studied = useStudy((x) => x.result !== null && x.result.meta === meta);
  const [runsValid, setRunsValid] = useState(true);
  const { document } = useStores();
  const chosen = settings?.sandbox ?? (project.contacts?.length ? BUNDLED : preferred);
  // The settings the project holds follow it (an undo, another project opened).
  const simulation = project.simulation;
  useEffect(() => store.getState().setSettings(projectSettings({ simulation })), [store, simulation]);
  if (!settings) return null;
  const sim = store.getState();
  const set = sim.setSettings;
  /** A setting the project holds: written into it (saved, undoable, copied into a variant, read by the CLI). */
  const setInProject = (patch: Partial<ProjectSimSettings>, key: string) => {
    set(patch);
    document.getState().apply(
      (p) => {
        const simulation = withSimSettings(p.simulation, patch);
        return simulation ? { ...p, simulation } : p;
      },
      { coalesce: `simulation-${key}` },
    );
  };
  const running = status === 'running' || studying;
  const origin = originOf(chosen, project);
  const startLong = formatLongDate(settings.startDate, lang);
  const int = (value: string, min: number, max: number) => Math.max(min, Math.min(max, Math.round(Number(value) || 0)));

  return (
    <section className="fb-sim-setup" data-testid="sim-setup">
      <div className="fb-row">
        <label className="fb-field">
          <span className="fb-label">{t('sim.workflows')}</span>
          <select className="fb-input" value={settings.workflow} onChange={(e) => set({ workflow: e.target.value === 'all' ? 'all' : asWorkflowId(e.target.value) })} data-testid="sim-workflow">
            <option value="all">{t('sim.allWorkflows')}</option>
            {project.workflows.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="fb-field">
        <span className="fb-label">{t('sim.sandbox')}</span>
        <select className="fb-input" value={chosen ?? ''} onChange={(e) => set({ sandbox: e.target.value })} data-testid="sim-sandbox">
          {project.contacts?.length ? <option value={BUNDLED}>{`${project.name} (${formatNumber(project.contacts.length, lang)})`}</option> : null}
          {sandboxes.map((s) => (
            <option key={s.id} value={s.id}>
              {t('sim.sandboxOption', { name: s.name, count: s.count })}
            </option>
          ))}
        </select>
        {sandboxes.length === 0 && !project.contacts?.length ? <span className="fb-help">{t('sim.noSandbox')}</span> : null}
      </label>
      <div className="fb-row">
        <label className="fb-field">
          <span className="fb-label">{t('sim.startDate')}</span>
          <DateField value={settings.startDate} onChange={(startDate) => setInProject({ startDate }, 'start')} testId="sim-start" />
          {startLong ? (
            <span className="fb-help fb-sim-date-long" data-testid="sim-start-long">
              {startLong}
            </span>
          ) : null}
        </label>
        <label className="fb-field fb-sim-small">
          <span className="fb-label">{t('sim.horizon')}</span>
          <input type="number" className="fb-input" min={1} max={730} value={settings.horizonDays} onChange={(e) => setInProject({ horizonDays: int(e.target.value, 1, 730) }, 'horizon')} data-testid="sim-horizon" />
        </label>
      </div>
      <div className="fb-row">
        <label className="fb-field">
          <span className="fb-label">{t('sim.seed')}</span>
          <input type="number" className="fb-input" value={settings.seed} onChange={(e) => setInProject({ seed: int(e.target.value, 0, 2 ** 31 - 1) }, 'seed')} data-testid="sim-seed" />
        </label>
        <label className="fb-field">
          <span className="fb-label">{t('sim.arrivals')}</span>
          <input type="number" className="fb-input" min={0} max={100000} value={settings.arrivalsPerDay} onChange={(e) => setInProject({ arrivalsPerDay: int(e.target.value, 0, 100_000) }, 'arrivals')} data-testid="sim-arrivals" />
        </label>
      </div>
      <ReplicationsField value={settings.replications} onChange={(replications, from) => setInProject({ replications }, from === 'study' ? 'study' : 'replications')} onValid={setRunsValid} />
      <RunCommand run={() => origin && !running && runsValid && void runAll(project, origin)} />
      {studying ? <RunsProgress done={studyDone} total={studyTotal} label={s('study.progress', { done: studyDone, total: studyTotal })} cancelLabel={s('study.cancel')} onCancel={() => studyStore.getState().cancel()} testId="study" /> : null}
      {status === 'running' ? (
        <div className="fb-sim-progress" data-testid="sim-progress">
          <div className="fb-sim-progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress.fraction * 100)}>
            <span style={{ width: `${Math.round(progress.fraction * 100)}%` }} />
          </div>
          <div className="fb-row fb-sim-progress-row">
            <span className="fb-help">{progress.phase === 'loading' ? t('sim.loading') : t('sim.running', { percent: formatNumber(progress.fraction, lang, { style: 'percent' }) })}</span>
            <button type="button" className="fb-button is-small" onClick={() => void sim.cancel()} data-testid="sim-cancel">
              <X size={14} aria-hidden />
              {t('sim.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="fb-sim-run-row">
          <button type="button" className="fb-button is-primary" disabled={!origin || studying || !runsValid} onClick={() => origin && void runAll(project, origin)} data-testid="sim-run">
            <Play size={15} aria-hidden />
            {meta ? t('sim.rerun') : t('sim.run')}
          </button>
          {meta ? (
            <span className="fb-help" data-testid="sim-ran">
              {studied ? t('sim.ranContacts', { contacts: meta.contacts }) : t('sim.ranIn', { contacts: meta.contacts, seconds: formatNumber((meta.loadMs + meta.runMs) / 1000, lang, { maximumFractionDigits: 1 }) })}
            </span>
          ) : null}
        </div>
      )}
      {studyCancelled && !running ? (
        <p className="fb-sim-note" role="status" data-testid="study-cancelled">
          {s('study.cancelled')}
        </p>
      ) : null}
      {stale && !running ? <p className="fb-sim-note">{t('sim.stale')}</p> : null}
      {status === 'failed' && error ? <p className="fb-field-error">{t('sim.failed', { message: error })}</p> : null}
    </section>
  );
});

/** Simulate > Run in the menus runs the set-up simulation while this panel is open. */
function RunCommand({ run }: { run: () => void }) {
  useAppCommand('simulate.run', run);
  return null;
}

function originOf(chosen: string | null, project: Project): ContactOrigin | null {
  if (chosen === BUNDLED) return project.contacts ? { contacts: project.contacts } : null;
  return chosen ? { sandbox: chosen } : null;
}
