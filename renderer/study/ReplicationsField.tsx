import { useEffect, useState } from 'react';
import { DEFAULT_STUDY_REPLICATIONS, MAX_REPLICATIONS } from '../../engine/study/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import { useStudyT } from './i18n.ts';

/**
 * "Runs (replications)": 1 is one run, more is a study. "Study" starts one at the study default
 * (50, engine/study/limits.ts) and back to one run when unticked; a number typed outside 1 to the
 * limit the CLI has too is refused with the limit named, never changed under the user's hands, and
 * the run waits for a valid one (`onValid`). `onChange` says which gave the number: the box (one
 * edit) or typing (successive keys, one edit once merged).
 */
export function ReplicationsField({ value, onChange, onValid }: { value: number; onChange: (replications: number, from: 'study' | 'runs') => void; onValid: (valid: boolean) => void }) {
  const t = useStudyT();
  const lang = useLang();
  const [text, setText] = useState(String(value));
  useEffect(() => {
    // Changed elsewhere (the Study box, another project's settings): show it.
    setText((current) => (Number(current.trim()) === value ? current : String(value)));
  }, [value]);
  const problem = problemOf(text);
  useEffect(() => onValid(problem === null), [problem, onValid]);
  const type = (next: string) => {
    setText(next);
    if (problemOf(next) === null) onChange(Number(next.trim()), 'runs');
  };
  return (
    <div className="fb-field" data-testid="sim-replications-field">
      <label className="fb-checkbox">
        <input type="checkbox" checked={value > 1} onChange={(e) => onChange(e.target.checked ? DEFAULT_STUDY_REPLICATIONS : 1, 'study')} data-testid="sim-study" />
        {t('study.study', { count: DEFAULT_STUDY_REPLICATIONS })}
      </label>
      <label className="fb-field">
        <span className="fb-label">{t('study.replications')}</span>
        <input
          type="text"
          inputMode="numeric"
          className={`fb-input fb-sim-replications${problem ? ' is-invalid' : ''}`}
          value={text}
          aria-invalid={problem !== null}
          onChange={(e) => type(e.target.value)}
          data-testid="sim-replications"
        />
        {problem ? (
          <span className="fb-field-error" role="alert" data-testid="sim-replications-error">
            {t('study.replicationsLimit', { max: formatNumber(MAX_REPLICATIONS, lang) })}
          </span>
        ) : (
          <span className="fb-help">{t('study.replicationsHelp')}</span>
        )}
      </label>
    </div>
  );
}

/** Why a typed number of runs is refused: not a whole number from 1 to the limit. */
function problemOf(text: string): 'limit' | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return 'limit';
  const n = Number(trimmed);
  return n >= 1 && n <= MAX_REPLICATIONS ? null : 'limit';
}
