import { CircleCheck, CircleExclamationPoint, Info, KeyRound, TriangleExclamationPoint } from 'lucide-react';
import { useEffect } from 'react';
import type { Preflight, PreflightProblem } from '../../engine/hubspot/index.ts';
import { useText } from '../i18n/useLang.ts';
import { useUi } from '../stores/context.tsx';
import { useHubSpotT } from './hubspot-i18n.ts';
import './hubspot.css';

const ICONS = { blocking: CircleExclamationPoint, warning: TriangleExclamationPoint, info: Info } as const;
const CLASSES = { blocking: 'is-error', warning: 'is-warning', info: 'is-info' } as const;

/**
 * The HubSpot pre-flight of one workflow, in the user's language, blocking problems first (the
 * engine sorts them). An unmapped id offers the mapping editor; the others lead to their step.
 */
export function PreflightList({ result, workflowName, onPick, onOpenMapping }: { result: Preflight | null; workflowName: string | undefined; onPick: (p: PreflightProblem) => void; onOpenMapping: () => void }) {
  const t = useHubSpotT();
  const text = useText();
  const settle = useUi((s) => s.settle);
  const ready = result?.ok === true;
  // Nothing blocks the export any more: "Not exported: N problems must be fixed first" is over.
  useEffect(() => {
    if (ready) settle('export');
  }, [ready, settle]);
  if (!result) return <div className="fb-problems-empty is-muted">{t('hubspot.noWorkflow')}</div>;
  const count = (s: PreflightProblem['severity']) => result.problems.filter((p) => p.severity === s).length;
  return (
    <div className="hs-preflight" data-testid="preflight" data-ok={result.ok} data-blocking={count('blocking')}>
      <div className="hs-preflight-head">
        <strong title={t('hubspot.preflightOf', { name: workflowName ?? '' })}>{workflowName}</strong>
        <span className="fb-muted hs-counts">{[t('hubspot.blockingCount', { count: count('blocking') }), t('hubspot.warningCount', { count: count('warning') }), t('hubspot.noteCount', { count: count('info') })].join(', ')}</span>
        <button type="button" className="fb-button is-ghost hs-open-mapping" onClick={onOpenMapping} data-testid="preflight-open-mapping">
          <KeyRound size={14} aria-hidden />
          {t('hubspot.mapIds')}
        </button>
      </div>
      {result.ok ? (
        <div className="fb-problems-empty">
          <CircleCheck size={18} aria-hidden />
          {t('hubspot.preflightReady')}
        </div>
      ) : null}
      {result.problems.length > 0 ? (
        <ul className="fb-problems-list">
          {result.problems.map((p, i) => {
            const Icon = ICONS[p.severity];
            return (
              <li key={i}>
                <button
                  type="button"
                  className={`fb-problem ${CLASSES[p.severity]}`}
                  // The technical detail of an inferred field, for whoever sends the body: on hover, out of the marketer's way.
                  title={p.detail ? text(p.detail) : undefined}
                  onClick={() => onPick(p)}
                  data-testid="preflight-problem" data-severity={p.severity} data-kind={p.kind} data-table={p.table} data-key={p.key}>
                  <Icon size={15} aria-label={t(`hubspot.${p.severity}`)} />
                  <span className="fb-problem-text">{text(p.message)}</span>
                  {p.kind === 'unmapped' ? (
                    <span className="hs-fix">
                      <KeyRound size={13} aria-hidden />
                      {t('hubspot.fixInMapping')}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
