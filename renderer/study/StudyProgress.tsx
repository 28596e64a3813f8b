import { X } from 'lucide-react';
import { useStudy } from './context.tsx';
import { useStudyT } from './i18n.ts';

/** The study's progress under the run's settings: runs done, and Cancel. */
export function StudyProgress({ onCancel }: { onCancel: () => void }) {
  const t = useStudyT();
  const done = useStudy((s) => s.done);
  const total = useStudy((s) => s.total);
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="fb-sim-progress" data-testid="study-progress" data-done={done} data-total={total}>
      <div className="fb-sim-progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <span style={{ width: `${percent}%` }} />
      </div>
      <div className="fb-row fb-sim-progress-row">
        <span className="fb-help">{t('study.progress', { done, total })}</span>
        <button type="button" className="fb-button is-small" onClick={onCancel} data-testid="study-cancel">
          <X size={14} aria-hidden />
          {t('study.cancel')}
        </button>
      </div>
    </div>
  );
}
