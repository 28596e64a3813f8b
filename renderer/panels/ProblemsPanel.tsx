import { CircleExclamationPoint, CircleCheck, Info, TriangleExclamationPoint, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightProblem } from '../../engine/hubspot/index.ts';
import type { Finding } from '../../engine/lint/index.ts';
import { ENROLLMENT, oneLine, type WorkflowId } from '../../engine/model/index.ts';
import { useHubSpotT } from '../hubspot/hubspot-i18n.ts';
import { PreflightList } from '../hubspot/PreflightList.tsx';
import { useHubSpotView, useHubSpotViewStore } from '../hubspot/view.tsx';
import { useText } from '../i18n/useLang.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import { activeWorkflow } from '../stores/document.ts';
import { useFindings, usePreflight } from './useFindings.ts';
import { ExpectationsSection, useExpectationCounts } from '../expect/ExpectationsSection.tsx';
import { useMediaQuery } from '../app/useMediaQuery.ts';
import { useExpectTexts } from '../expect/i18n.ts';

/** Below this width the expectations get a tab of their own (side by side at 1440 px both were cut; stacked, each list had a few lines at 1280 x 720). */
export const NARROW_PROBLEMS = '(max-width: 1599px)';

const ICONS = { error: CircleExclamationPoint, warning: TriangleExclamationPoint, info: Info } as const;

/**
 * Lint findings as a list, and in a second tab the HubSpot pre-flight of the active workflow.
 * Clicking a finding opens its workflow and selects its step; clicking an unmapped id opens the
 * id mapping on that entry.
 */
export function ProblemsPanel() {
  const findings = useFindings();
  const { document } = useStores();
  const select = useUi((s) => s.select);
  const tab = useHubSpotView((s) => s.problemsTab);
  const view = useHubSpotViewStore();
  const preflight = usePreflight();
  const workflow = useDocument(activeWorkflow);
  useExpectTexts();
  const narrow = useMediaQuery(NARROW_PROBLEMS);
  const counts = useExpectationCounts();
  const { t } = useTranslation();
  // Wide: the expectations stand beside the checks, so their tab is the checks'.
  const shown = !narrow && tab === 'expect' ? 'lint' : tab;
  const pickPreflight = (p: PreflightProblem) => {
    select(p.steps[0] ?? ENROLLMENT);
    if (p.kind === 'unmapped' && p.table !== undefined && p.key !== undefined) view.getState().openMapping({ table: p.table, key: p.key });
  };
  return (
    <div className="fb-problems-row">
      <ProblemsList
        findings={findings}
        onPick={(f) => {
          if (f.workflow) document.getState().setActiveWorkflow(f.workflow as WorkflowId);
          select(f.steps[0] ?? (f.workflow ? ENROLLMENT : null));
        }}
        preflight={{
          tab: shown,
          setTab: (t) => view.getState().setProblemsTab(t),
          body: <PreflightList result={preflight} workflowName={workflow?.name} onPick={pickPreflight} onOpenMapping={() => view.getState().openMapping()} />,
          blocking: preflight?.problems.filter((p) => p.severity === 'blocking').length ?? 0,
          expect: narrow ? { body: <ExpectationsSection />, label: counts ? t('expect.counts', { holds: counts.holds, fails: counts.fails }) : null, failing: counts?.fails ?? 0 } : undefined,
        }}
      />
      {narrow ? null : <ExpectationsSection />}
    </div>
  );
}

interface PreflightTab {
  readonly tab: 'lint' | 'preflight' | 'expect';
  setTab(tab: 'lint' | 'preflight' | 'expect'): void;
  readonly body: ReactNode;
  readonly blocking: number;
  /** The expectations as a third tab (narrow windows): their section, and "4 ✓ · 0 ✗" (null: none written). */
  readonly expect?: { readonly body: ReactNode; readonly label: string | null; readonly failing: number };
}

export function ProblemsList({ findings, onPick, preflight }: { findings: readonly Finding[]; onPick: (f: Finding) => void; preflight?: PreflightTab }) {
  const { t } = useTranslation();
  const th = useHubSpotT();
  const text = useText();
  const workflows = useDocument((s) => s.project.workflows);
  const close = useUi((s) => s.setSidePanel);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const name = (id: string | null) => {
    const found = workflows.find((w) => w.id === id)?.name;
    return found === undefined ? undefined : oneLine(found);
  };
  const onPreflight = preflight?.tab === 'preflight';
  const onExpect = preflight?.expect !== undefined && preflight.tab === 'expect';
  return (
    <section className="fb-problems" aria-label={t('problems.title')} data-testid="problems-panel">
      <div className="fb-problems-head">
        <strong>{t('problems.title')}</strong>
        {preflight ? (
          <div className="fb-segmented hs-tabs" role="tablist">
            <button type="button" role="tab" aria-selected={!onPreflight && !onExpect} className={onPreflight || onExpect ? '' : 'is-on'} onClick={() => preflight.setTab('lint')} data-testid="problems-tab-lint">
              {th('hubspot.tabLint')} <span className="hs-tab-count">{errors + warnings}</span>
            </button>
            <button type="button" role="tab" aria-selected={onPreflight} className={onPreflight ? 'is-on' : ''} onClick={() => preflight.setTab('preflight')} data-testid="problems-tab-preflight">
              {th('hubspot.tabPreflight')} {preflight.blocking > 0 ? <span className="hs-tab-count is-blocking">{preflight.blocking}</span> : null}
            </button>
            {preflight.expect ? (
              <button type="button" role="tab" aria-selected={onExpect} className={onExpect ? 'is-on' : ''} onClick={() => preflight.setTab('expect')} data-testid="problems-tab-expect">
                {t('expect.title')} {preflight.expect.label ? <span className={`hs-tab-count${preflight.expect.failing > 0 ? ' is-blocking' : ''}`}>{preflight.expect.label}</span> : null}
              </button>
            ) : null}
          </div>
        ) : null}
        {onPreflight || onExpect ? null : <span className="fb-muted">{t('problems.counts', { errorsText: t('problems.errors', { count: errors }), warningsText: t('problems.warnings', { count: warnings }) })}</span>}
        <span className="fb-topbar-spacer" />
        <button type="button" className="fb-icon-button" onClick={() => close(null)} aria-label={t('app.close')}>
          <X size={15} />
        </button>
      </div>
      {onExpect ? (
        preflight.expect!.body
      ) : onPreflight ? (
        preflight.body
      ) : findings.length === 0 ? (
        <div className="fb-problems-empty">
          <CircleCheck size={18} aria-hidden />
          {t('problems.none')}
        </div>
      ) : (
        <ul className="fb-problems-list">
          {findings.map((f, i) => {
            const Icon = ICONS[f.severity];
            return (
              <li key={`${f.rule}-${i}`}>
                <button type="button" className={`fb-problem is-${f.severity}`} onClick={() => onPick(f)} data-testid="problem" data-rule={f.rule} data-steps={f.steps.join(' ')}>
                  <Icon size={15} aria-label={t(`problems.${f.severity}`)} />
                  <span className="fb-problem-text">{text(f.message)}</span>
                  {f.workflow ? (
                    <span className="fb-problem-where" title={name(f.workflow)}>
                      {name(f.workflow)}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

