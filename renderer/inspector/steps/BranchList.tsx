import { MAX_NAME_LENGTH } from '../../../engine/schema/index.ts';
import { ArrowDown, ArrowUp, Plus, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addBranch, removeBranch, reorderBranch } from '../../../engine/edit/index.ts';
import type { BranchId, StepId, Workflow } from '../../../engine/model/index.ts';
import { useLang } from '../../i18n/useLang.ts';

interface Branch {
  readonly id: BranchId;
  readonly name: string;
}

/** The branches of a branch step: name, order, removal, and each branch's own fields. */
export function BranchList<B extends Branch>({
  stepId,
  branches,
  onRename,
  onEdit,
  children,
}: {
  stepId: StepId;
  branches: readonly B[];
  onRename: (id: BranchId, name: string) => void;
  onEdit: (recipe: (workflow: Workflow) => Workflow) => void;
  children?: (branch: B, index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="fb-section">
      <h3 className="fb-section-title">{t('inspector.branches')}</h3>
      {branches.map((b, i) => (
        <div key={b.id} className="fb-branch" data-testid="branch">
          <div className="fb-branch-head">
            <input maxLength={MAX_NAME_LENGTH}
              className="fb-input"
              value={b.name}
              aria-label={t('inspector.branchName')}
              data-testid="branch-name"
              onChange={(e) => onRename(b.id, e.target.value)}
              aria-invalid={b.name.trim() === ''}
            />
            <button type="button" className="fb-icon-button" disabled={i === 0} onClick={() => onEdit((wf) => reorderBranch(wf, stepId, b.id, i - 1))} aria-label={t('inspector.moveUp')} title={t('inspector.moveUp')}>
              <ArrowUp size={14} />
            </button>
            <button type="button" className="fb-icon-button" disabled={i === branches.length - 1} onClick={() => onEdit((wf) => reorderBranch(wf, stepId, b.id, i + 1))} aria-label={t('inspector.moveDown')} title={t('inspector.moveDown')}>
              <ArrowDown size={14} />
            </button>
            <button type="button" className="fb-icon-button" onClick={() => onEdit((wf) => removeBranch(wf, stepId, b.id))} aria-label={t('inspector.removeBranch')} title={t('inspector.removeBranch')}>
              <X size={14} />
            </button>
          </div>
          {b.name.trim() === '' ? <div className="fb-field-error" role="alert">{t('inspector.required')}</div> : null}
          {children?.(b, i)}
        </div>
      ))}
      <button type="button" className="fb-button is-small" onClick={() => onEdit((wf) => addBranch(wf, stepId, lang))} data-testid="add-branch">
        <Plus size={14} aria-hidden /> {t('inspector.addBranch')}
      </button>
    </section>
  );
}
