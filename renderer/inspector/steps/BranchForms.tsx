import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setBranchPercentages } from '../../../engine/edit/index.ts';
import { findProperty, type BranchId } from '../../../engine/model/index.ts';
import { useLang } from '../../i18n/useLang.ts';
import { CriteriaBuilder } from '../criteria/CriteriaBuilder.tsx';
import { Select, TextField } from '../fields.tsx';
import { NumberInput } from '../numberFields.tsx';
import { PropertyPicker } from '../pickers.tsx';
import { BranchList } from './BranchList.tsx';
import type { StepFormProps } from './types.ts';

/** If/then: ordered branches, each with its criteria; first match wins, else the default. */
export function IfThenForm({ step, project, onChange, onEdit }: StepFormProps<'branch-if'>) {
  const { t } = useTranslation();
  const rename = (id: BranchId, name: string) => onChange({ ...step, branches: step.branches.map((b) => (b.id === id ? { ...b, name } : b)) }, `branch-name-${id}`);
  return (
    <>
      <BranchList stepId={step.id} branches={step.branches} onRename={rename} onEdit={onEdit}>
        {(branch) => (
          <div className="fb-branch-body">
            <div className="fb-help">{t('inspector.branchCriteria')}</div>
            <CriteriaBuilder criteria={branch.criteria} project={project} testId={`branch-criteria-${branch.id}`} onChange={(criteria) => onChange({ ...step, branches: step.branches.map((b) => (b.id === branch.id ? { ...b, criteria } : b)) })} />
          </div>
        )}
      </BranchList>
      <TextField label={t('inspector.defaultBranch')} value={step.defaultName} required onChange={(defaultName) => onChange({ ...step, defaultName }, 'default-name')} />
    </>
  );
}

/** Value equals: one property, one branch per value. */
export function ValueBranchForm({ step, project, onChange, onEdit }: StepFormProps<'branch-value'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const def = findProperty(project.properties, step.property);
  const rename = (id: BranchId, name: string) => onChange({ ...step, branches: step.branches.map((b) => (b.id === id ? { ...b, name } : b)) }, `branch-name-${id}`);
  const setValue = (id: BranchId, value: string) => onChange({ ...step, branches: step.branches.map((b) => (b.id === id ? { ...b, value } : b)) }, `branch-value-${id}`);
  return (
    <>
      <PropertyPicker label={t('inspector.property')} project={project} value={step.property} onChange={(property) => onChange({ ...step, property })} />
      <BranchList stepId={step.id} branches={step.branches} onRename={rename} onEdit={onEdit}>
        {(branch) =>
          def?.options ? (
            <Select value={branch.value} ariaLabel={t('inspector.value')} placeholder={t('inspector.choose')} options={def.options.map((o) => ({ value: o.value, label: o.label[lang] }))} onChange={(v) => setValue(branch.id, v)} />
          ) : (
            <input className="fb-input" value={branch.value} aria-label={t('inspector.value')} onChange={(e) => setValue(branch.id, e.target.value)} />
          )
        }
      </BranchList>
      <TextField label={t('inspector.defaultBranch')} value={step.defaultName} required onChange={(defaultName) => onChange({ ...step, defaultName }, 'default-name')} />
    </>
  );
}

/** Random split: shares that must add up to 100 %; a draft is kept until they do. */
export function RandomSplitForm({ step, onChange, onEdit }: StepFormProps<'branch-random'>) {
  const { t } = useTranslation();
  const saved = step.branches.map((b) => b.percent);
  const [draft, setDraft] = useState<{ key: string; percents: number[] } | null>(null);
  const key = step.branches.map((b) => `${b.id}:${b.percent}`).join('|');
  const percents = draft && draft.key === key ? draft.percents : saved;
  const total = percents.reduce((n, p) => n + p, 0);
  const valid = Math.abs(total - 100) < 1e-6;
  const rename = (id: BranchId, name: string) => onChange({ ...step, branches: step.branches.map((b) => (b.id === id ? { ...b, name } : b)) }, `branch-name-${id}`);
  const setPercent = (index: number, percent: number) => {
    const next = percents.map((p, i) => (i === index ? percent : p));
    if (Math.abs(next.reduce((n, p) => n + p, 0) - 100) < 1e-6) {
      setDraft(null);
      onEdit((wf) => setBranchPercentages(wf, step.id, next));
    } else setDraft({ key, percents: next });
  };
  return (
    <>
      <BranchList stepId={step.id} branches={step.branches} onRename={rename} onEdit={onEdit}>
        {(branch, i) => (
          <label className="fb-inline-field">
            <span>{t('inspector.percent')}</span>
            <NumberInput value={percents[i] ?? branch.percent} rules={{ min: 0, max: 100, percent: true }} onChange={(p) => setPercent(i, p)} testId={`percent-${i}`} />
          </label>
        )}
      </BranchList>
      <div className={valid ? 'fb-help' : 'fb-field-error'} role={valid ? undefined : 'alert'}>
        {valid ? t('inspector.percentTotal', { total }) : t('inspector.percentMustBe100', { total })}
      </div>
    </>
  );
}
