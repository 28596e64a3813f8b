import { CircleCheck, CircleHelp, CircleX, Pencil, Plus, Trash2, UsersRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { describeExpectation, intervalText, measureText, type Outcome } from '../../engine/expect/index.ts';
import type { Expectation } from '../../engine/model/index.ts';
import { useLang, useText } from '../i18n/useLang.ts';
import { useSandboxStore } from '../sandbox/context.tsx';
import { useSimulationStore } from '../simulator/context.tsx';
import { useDocument, useStores } from '../stores/context.tsx';
import { ExpectationDialog } from './ExpectationDialog.tsx';
import { useExpectTexts } from './i18n.ts';
import { openJourney } from './openJourney.ts';
import { generateCoverage } from './useCoverage.ts';
import { useExpect, useExpectStore } from './useExpect.ts';
import { MAX_TEST_REPLICATIONS } from '../../engine/schema/index.ts';
import './expect.css';

const ICONS = { holds: CircleCheck, fails: CircleX, uncertain: CircleHelp } as const;
/** A stable empty list: a selector returning a fresh [] would re-render forever. */
const NONE: readonly Expectation[] = [];
/** Failing contacts listed under an expectation; the count says how many more. */
const LISTED = 5;

/** "4 ✓ · 0 ✗" for the Problems panel's Expectations tab; null when the project has none. */
export function useExpectationCounts(): { readonly holds: number; readonly fails: number; readonly running: boolean } | null {
  const expectations = useDocument((s) => s.project.tests?.expectations ?? NONE);
  const outcomes = useExpect((s) => s.outcomes);
  const running = useExpect((s) => s.running);
  if (expectations.length === 0) return null;
  const count = (state: Outcome['state']) => outcomes.filter((o) => o.state === state && expectations.some((x) => x.id === o.expectation.id)).length;
  return { holds: count('holds'), fails: count('fails'), running };
}

/** The project's expectations and their latest state, in the Problems panel. */
export function ExpectationsSection() {
  useExpectTexts();
  const { t } = useTranslation();
  const expectations = useDocument((s) => s.project.tests?.expectations ?? NONE);
  const population = useDocument((s) => s.project.tests?.population ?? null);
  const outcomes = useExpect((s) => s.outcomes);
  const running = useExpect((s) => s.running);
  const checked = useExpect((s) => s.checked);
  const project = useDocument((s) => s.project);
  const editing = useExpect((s) => s.editing);
  const store = useExpectStore();
  const fresh = checked === project && !running;
  const byId = new Map(outcomes.map((o) => [o.expectation.id, o]));
  const counts = useExpectationCounts();
  return (
    <section className="fb-problems fb-expect" aria-label={t('expect.title')} data-testid="expectations" data-expect-state={fresh ? 'ready' : 'running'}>
      <div className="fb-problems-head">
        <strong>{t('expect.title')}</strong>
        {counts ? (
          <span className="fb-muted fb-expect-counts" title={t('expect.countsHelp', { holds: counts.holds, fails: counts.fails })}>
            {running ? t('expect.running') : t('expect.counts', { holds: counts.holds, fails: counts.fails })}
          </span>
        ) : null}
        <span className="fb-topbar-spacer" />
        <CoverageButton />
        <button type="button" className="fb-button is-ghost fb-expect-add" onClick={() => store.getState().setEditing({ id: null })} title={t('expect.add')} data-testid="expect-add">
          <Plus size={14} aria-hidden />
          {t('expect.addShort')}
        </button>
      </div>
      {expectations.length === 0 ? (
        <p className="fb-expect-empty fb-muted">{t('expect.none')}</p>
      ) : (
        <ul className="fb-problems-list">
          {expectations.map((x) => (
            <ExpectationRow key={x.id} expectation={x} outcome={byId.get(x.id)} stale={!fresh} />
          ))}
        </ul>
      )}
      <CoverageResult />
      {population && expectations.length > 0 ? (
        <div className="fb-expect-population fb-muted">
          <span>{population.kind === 'sample' ? t('expect.population_sample', { count: population.count, seed: population.seed }) : t('expect.population_contacts', { count: population.contacts.length })}</span>
          <Replications />
        </div>
      ) : null}
      {editing ? <ExpectationDialog id={editing.id} onClose={() => store.getState().setEditing(null)} /> : null}
    </section>
  );
}

function ExpectationRow({ expectation, outcome, stale }: { expectation: Expectation; outcome: Outcome | undefined; stale: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useText();
  const project = useDocument((s) => s.project);
  const { document, ui } = useStores();
  const sim = useSimulationStore();
  const sandbox = useSandboxStore();
  const store = useExpectStore();
  const state = outcome?.state ?? 'uncertain';
  const Icon = ICONS[state];
  const remove = () =>
    document.getState().apply((p) => (p.tests ? { ...p, tests: { ...p.tests, expectations: p.tests.expectations.filter((x) => x.id !== expectation.id) } } : p));
  const offenders = outcome?.measured.offenders ?? [];
  const total = outcome?.measured.offenderCount ?? offenders.length;
  return (
    <li className={`fb-expect-item is-${state}${stale ? ' is-stale' : ''}`} data-testid="expectation" data-id={expectation.id} data-state={outcome ? state : 'pending'}>
      <div className="fb-expect-line">
        <Icon size={15} aria-label={t(`expect.${state}`)} />
        <span className="fb-problem-text">
          {describeExpectation(expectation, project, lang)}
          {outcome ? <span className="fb-expect-measure"> — {outcome.measured.broken ? text(outcome.measured.broken) : t('expect.measured', { value: outcome.interval ? intervalText(outcome.measured, outcome.interval, lang) : measureText(outcome.measured, lang) })}</span> : null}
        </span>
        <button type="button" className="fb-icon-button" onClick={() => store.getState().setEditing({ id: expectation.id })} aria-label={t('expect.edit')} title={t('expect.edit')} data-testid="expect-edit">
          <Pencil size={13} />
        </button>
        <button type="button" className="fb-icon-button" onClick={remove} aria-label={t('expect.remove')} title={t('expect.remove')} data-testid="expect-remove">
          <Trash2 size={13} />
        </button>
      </div>
      {state !== 'holds' && total > 0 ? (
        <div className="fb-expect-offenders">
          <span className="fb-muted">{t('expect.offenders', { count: total })}</span>
          {offenders.slice(0, LISTED).map((f) => (
            <button
              type="button"
              key={f.id}
              className="fb-expect-offender"
              title={t('expect.openJourney', { name: f.name })}
              data-testid="expect-offender"
              data-contact={f.id}
              onClick={() => {
                sandbox.getState().setOpen(false);
                void openJourney(sim, ui, project, f);
              }}
            >
              {f.name} <span className="fb-muted">({text(f.why)})</span>
            </button>
          ))}
          {total > LISTED ? <span className="fb-muted">{t('expect.moreOffenders', { count: total - LISTED })}</span> : null}
        </div>
      ) : null}
    </li>
  );
}

/** How many runs of the test population judge the expectations (one undoable edit a change). */
function Replications() {
  const { t } = useTranslation();
  const replications = useDocument((s) => s.project.tests?.replications ?? 1);
  const { document } = useStores();
  return (
    <label className="fb-expect-replications" title={t('expect.replicationsHelp')}>
      {t('expect.replications')}
      <input
        type="number"
        className="fb-input"
        min={1}
        max={MAX_TEST_REPLICATIONS}
        value={replications}
        data-testid="expect-replications"
        onChange={(e) => {
          const n = Math.max(1, Math.min(MAX_TEST_REPLICATIONS, Math.round(Number(e.target.value) || 1)));
          document.getState().apply((p) => (p.tests ? { ...p, tests: { ...p.tests, replications: n } } : p), { coalesce: 'expect-replications' });
        }}
      />
    </label>
  );
}

/** "Test contacts" for the open workflow: coverage personas saved as a sandbox. */
function CoverageButton() {
  const { t } = useTranslation();
  const { document } = useStores();
  const sandbox = useSandboxStore();
  const store = useExpectStore();
  const workflow = useDocument((s) => s.project.workflows.find((w) => w.id === s.activeWorkflowId));
  const running = useExpect((s) => s.coverageRunning);
  if (!workflow) return null;
  return (
    <button
      type="button"
      className="fb-button is-ghost fb-expect-add"
      disabled={running}
      title={t('expect.coverageHelp')}
      data-testid="coverage-generate"
      onClick={() => void generateCoverage(document, sandbox, store, workflow.id, t('expect.coverageSandbox', { workflow: workflow.name }))}
    >
      <UsersRound size={14} aria-hidden />
      {running ? t('expect.coverageRunning') : t('expect.coverage')}
    </button>
  );
}

function CoverageResult() {
  const { t } = useTranslation();
  const text = useText();
  const coverage = useExpect((s) => s.coverage);
  const active = useDocument((s) => s.activeWorkflowId);
  if (!coverage || coverage.workflow !== active) return null;
  const total = coverage.reached + coverage.unreachable.length;
  return (
    <div className="fb-expect-coverage" data-testid="coverage-result" data-unreachable={coverage.unreachable.length}>
      <p>{t('expect.coverageDone', { count: coverage.contacts, sandbox: coverage.sandbox, reached: coverage.reached, total })}</p>
      {coverage.unreachable.map((u) => (
        <p key={`${u.from}/${u.slot}`} className="fb-muted" data-testid="coverage-unreachable" data-from={u.from}>
          {u.label ? `${u.label}: ` : ''}
          {text(u.reason)}
        </p>
      ))}
    </div>
  );
}
