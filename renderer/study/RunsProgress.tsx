import { X } from 'lucide-react';

/** Runs done of a study or a comparison on the workers, and its Cancel. */
export function RunsProgress({ done, total, label, cancelLabel, onCancel, testId }: { done: number; total: number; label: string; cancelLabel: string; onCancel: () => void; testId: string }) {
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="fb-sim-progress" data-testid={`${testId}-progress`} data-done={done} data-total={total}>
      <div className="fb-sim-progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <span style={{ width: `${percent}%` }} />
      </div>
      <div className="fb-row fb-sim-progress-row">
        <span className="fb-help">{label}</span>
        <button type="button" className="fb-button is-small" onClick={onCancel} data-testid={`${testId}-cancel`}>
          <X size={14} aria-hidden />
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
