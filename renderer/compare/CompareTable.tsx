import { CornerDownRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { cellLabel, dayNumber, linkParts, num, signedWithInterval, verdict, verdictWords, type Cell } from '../../engine/study/index.ts';
import { useLang } from '../i18n/useLang.ts';
import type { ComparisonAt } from './figures.ts';
import { useCompareT } from './i18n.ts';

/** The outcomes a reader compares (steps are compared on the canvas), the links between workflows among them. */
const OUTCOMES = new Set<Cell['kind']>(['workflow', 'list', 'stage', 'total', 'programme']);

/**
 * For each outcome both projects have, at the end of the day shown: A and B (mean and interval),
 * B − A with its interval (paired: the same draws), and the verdict in words.
 */
export function CompareTable({ at }: { at: ComparisonAt }) {
  const t = useCompareT();
  const lang = useLang();
  const { result } = at;
  const rows = result.summary.cells.flatMap((cell) => {
    if (!OUTCOMES.has(cell.kind)) return [];
    const a = at.figure('a', cell.key)!;
    const b = at.figure('b', cell.key)!;
    const d = at.figure('diff', cell.key)!;
    if (a.hi === 0 && b.hi === 0) return [];
    return [{ cell, a, b, d, v: verdict(d.lo, d.hi) }];
  });
  const clear = rows.filter((r) => r.v !== 'none').length;
  // Means to one decimal, as B − A beside them: whole A and B (108, 50) read as a difference of 58 beside −58.5.
  const withRange = (f: { mean: number; lo: number; hi: number }) => (f.lo === f.hi ? num(f.mean, lang, 1) : `${num(f.mean, lang, 1)} (${num(f.lo, lang)}\u2013${num(f.hi, lang)})`);
  return (
    <div className="fb-compare-result" data-testid="compare-result" data-clear={clear} data-day={at.day}>
      <p className="fb-help">{t('compare.heading', { a: result.a.name, b: result.b.name, count: result.replications, seed: result.seed, day: num(dayNumber(at.day), lang) })}</p>
      <p className={clear > 0 ? 'fb-compare-clear' : 'fb-help'} data-testid="compare-clear">
        {t('compare.clear', { count: clear })}
      </p>
      {/* One block per outcome: the panel is too narrow for four columns of "799 (740–860)". */}
      <ul className="fb-compare-rows" aria-label={t('compare.outcome')}>
        {rows.map(({ cell, a, b, d, v }) => (
          <li key={cell.key} className={`fb-compare-row${v === 'none' ? '' : ' is-clear'}`} data-testid={`compare-row-${cell.key}`} data-verdict={v} data-diff-lo={d.lo} data-diff-hi={d.hi} data-diff-mean={d.mean}>
            <div className="fb-compare-row-head">
              <span className="fb-compare-label">{rowLabel(result.a, cell, lang, result.b)}</span>
              <strong className="fb-compare-diff" title={t('compare.difference')}>
                {signedWithInterval(d.mean, d.lo, d.hi, lang)}
              </strong>
            </div>
            <div className="fb-compare-values">
              <span>A {withRange(a)}</span>
              <span>B {withRange(b)}</span>
            </div>
            <span className="fb-compare-verdict">{verdictWords(v, d.mean, d.lo, d.hi, at.day, lang)}</span>
          </li>
        ))}
      </ul>
      <p className="fb-help">{t('compare.onlyShared')}</p>
    </div>
  );
}

/**
 * A workflow's counts are named with their workflow (the table mixes them). A link between
 * workflows shows the workflow it leaves, below it the one it feeds, then how it carries contacts: the names
 * often hold arrows of their own ("Lead → MQL"), which the one-line label would run together.
 */
function rowLabel(project: ComparisonAt['result']['a'], cell: Cell, lang: 'fr' | 'en', variant?: ComparisonAt['result']['b']): ReactNode {
  const parts = cell.kind === 'programme' ? linkParts(project, cell.subject, lang) : null;
  if (parts) {
    return (
      <span className="fb-compare-link" title={cellLabel(project, cell, lang)}>
        <span className="fb-compare-link-end">{parts.from}</span>
        <span className="fb-compare-link-end">
          <CornerDownRight size={12} aria-label={lang === 'fr' ? 'vers' : 'to'} className="fb-compare-link-arrow" />
          {parts.to}
        </span>
        <span className="fb-compare-via">{parts.via}</span>
      </span>
    );
  }
  const label = cellLabel(project, cell, lang, variant);
  if (cell.kind !== 'workflow') return label;
  const name = project.workflows.find((w) => w.id === cell.workflow)?.name ?? cell.workflow;
  return `${name} · ${label}`;
}
