import { CircleExclamationPoint, CircleCheck, Info, TriangleExclamationPoint, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../engine/lint/index.ts';
import { ENROLLMENT, type WorkflowId } from '../../engine/model/index.ts';
import { useText } from '../i18n/useLang.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import { useFindings } from './useFindings.ts';
import { ExpectationsSection } from '../expect/ExpectationsSection.tsx';

const ICONS = { error: CircleExclamationPoint, warning: TriangleExclamationPoint, info: Info } as const;

/** Lint findings as a list; clicking one opens its workflow and selects its step. */
export function ProblemsPanel() {
  const findings = useFindings();
  const { document } = useStores();
  const select = useUi((s) => s.select);
  return (
    <div className="fb-problems-row">
      <ProblemsList
        findings={findings}
        onPick={(f) => {
          if (f.workflow) document.getState().setActiveWorkflow(f.workflow as WorkflowId);
          select(f.steps[0] ?? (f.workflow ? ENROLLMENT : null));
        }}
      />
      <ExpectationsSection />
    </div>
  );
}

export function ProblemsList({ findings, onPick }: { findings: readonly Finding[]; onPick: (f: Finding) => void }) {
  const { t } = useTranslation();
  const text = useText();
  const workflows = useDocument((s) => s.project.workflows);
  const close = useUi((s) => s.setSidePanel);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const name = (id: string | null) => workflows.find((w) => w.id === id)?.name;
  return (
    <section className="fb-problems" aria-label={t('problems.title')} data-testid="problems-panel">
      <div className="fb-problems-head">
        <strong>{t('problems.title')}</strong>
        <span className="fb-muted">{t('problems.counts', { errors, warnings })}</span>
        <span className="fb-topbar-spacer" />
        <button type="button" className="fb-icon-button" onClick={() => close(null)} aria-label={t('app.close')}>
          <X size={15} />
        </button>
      </div>
      {findings.length === 0 ? (
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
                  {f.workflow ? <span className="fb-problem-where">{name(f.workflow)}</span> : null}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

