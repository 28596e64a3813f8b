import { MAX_NAME_LENGTH } from '../../engine/schema/index.ts';
import { Plus, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, ScoreModel } from '../../engine/model/index.ts';
import { Modal } from '../app/Modal.tsx';
import { Field } from '../inspector/fields.tsx';
import { FormValidityScope, useFormValidity } from '../inspector/formValidity.tsx';
import { NumberInput } from '../inspector/numberFields.tsx';
import { POINTS_RULES } from './field-rules.ts';
import { useDocument, useStores } from '../stores/context.tsx';
import { GroupEditor } from './GroupEditor.tsx';
import { useScoringTexts } from './i18n.ts';
import { LimitInput } from './LimitInput.tsx';
import { editableModel, hasIssueAt, issueText, modelIssues, newGroup, setGroup, withModel, type ModelIssue } from './model-edit.ts';
import { useDialogs } from '../app/dialogs.tsx';
import './scoring.css';

/**
 * The project's score model, edited in place: every change that leaves a valid model, with every
 * field showing what it holds, is one undoable edit of the project. A change that does not (two
 * tiers in the wrong order, 999999999999 points, a criteria rule without its value) stays in the
 * dialog with what to fix, its fields marked, and the project keeps its last valid model. Closing
 * then (Escape, the backdrop, the cross) asks first: the unsaved change would be lost.
 */
export function ScoringDialog({ onClose }: { onClose: () => void }) {
  useScoringTexts();
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const { document } = useStores();
  const project = useDocument((s) => s.project);
  const [{ origin }] = useState(() => editableModel(project));
  const [draft, setDraft] = useState<ScoreModel | null>(() => (origin === 'new' ? null : editableModel(project).model));
  const issues = draft ? modelIssues(draft) : [];
  const fields = useFormValidity();
  const problems = issues.length + fields.invalid;
  const { confirm } = useDialogs();
  const asking = useRef(false);
  const close = () => {
    if (problems === 0) return onClose();
    if (asking.current) return;
    asking.current = true;
    void confirm({ title: t('scoring.discardTitle'), message: t('scoring.discardMessage', { count: problems }), confirmLabel: t('scoring.discard') }).then((ok) => {
      asking.current = false;
      if (ok) onClose();
    });
  };

  // Saved once the fields of this change have said whether they hold what they show (they report
  // in a layout effect, before this effect runs): a refused field keeps the change in the dialog.
  const saved = useRef(draft);
  useEffect(() => {
    if (draft === null || draft === saved.current || modelIssues(draft).length > 0 || fields.anyInvalid()) return;
    saved.current = draft;
    document.getState().apply((p) => withModel(p, draft), { coalesce: 'score-model' });
  }, [draft, fields, document]);
  const change = (next: ScoreModel) => setDraft(next);

  return (
    <Modal title={t('scoring.title')} onClose={close} width={820} testId="scoring-dialog">
      <FormValidityScope validity={fields}>
        <div className="fb-scoring" data-ready="true" data-issues={issues.length} data-field-problems={fields.invalid}>
          <p className="fb-help">{t('scoring.intro')}</p>
          {origin === 'legacy' ? (
            <p className="fb-scoring-notice" data-testid="scoring-legacy">
              {t('scoring.legacy')}
            </p>
          ) : null}
          {draft === null ? (
            <div className="fb-scoring-empty">
              <p>{t('scoring.none')}</p>
              <button
                type="button"
                className="fb-button"
                data-testid="scoring-create"
                onClick={() => {
                  const empty: ScoreModel = { groups: [], limit: 100, thresholds: [] };
                  const fit = newGroup(empty, 'fit', t('scoring.newFit'));
                  const withFit = { ...empty, groups: [fit] };
                  change({ ...withFit, groups: [fit, { ...newGroup(withFit, 'engagement', t('scoring.newEngagement')), decay: { percent: 50, everyDays: 30 } }] });
                }}
              >
                <Plus size={14} aria-hidden />
                {t('scoring.create')}
              </button>
            </div>
          ) : (
            <>
              {problems > 0 ? (
                <div className="fb-scoring-issues" role="alert" data-testid="scoring-issues">
                  <strong>{t('scoring.problems')}</strong>
                  <ul>
                    {issues.map((issue, k) => (
                      <li key={k}>{issueText(issue, draft, lang)}</li>
                    ))}
                    {fields.invalid > 0 ? <li data-testid="scoring-field-problems">{t('scoring.fieldProblems', { count: fields.invalid })}</li> : null}
                  </ul>
                </div>
              ) : null}
              <div className="fb-scoring-top">
                <LimitInput label={t('scoring.limit')} help={t('scoring.limitHelp')} value={draft.limit} onChange={(limit) => change({ ...draft, limit })} testId="scoring-limit" />
                <Thresholds model={draft} issues={issues} onChange={change} />
              </div>
              <h3 className="fb-section-title">{t('scoring.groups')}</h3>
              {draft.groups.map((group, k) => (
                <GroupEditor key={group.id} group={group} model={draft} project={project} onChange={(g) => change(setGroup(draft, k, g))} />
              ))}
              <div className="fb-scoring-actions">
                <button type="button" className="fb-button is-ghost" onClick={() => change({ ...draft, groups: [...draft.groups, newGroup(draft, 'fit', t('scoring.newFit'))] })} data-testid="scoring-add-fit">
                  <Plus size={14} aria-hidden />
                  {t('scoring.addFit')}
                </button>
                <button type="button" className="fb-button is-ghost" onClick={() => change({ ...draft, groups: [...draft.groups, newGroup(draft, 'engagement', t('scoring.newEngagement'))] })} data-testid="scoring-add-engagement">
                  <Plus size={14} aria-hidden />
                  {t('scoring.addEngagement')}
                </button>
              </div>
            </>
          )}
        </div>
      </FormValidityScope>
    </Modal>
  );
}

/** The tiers of the combined score: a label from so many points. */
function Thresholds({ model, issues, onChange }: { model: ScoreModel; issues: readonly ModelIssue[]; onChange: (m: ScoreModel) => void }) {
  const { t } = useTranslation();
  const set = (k: number, patch: Partial<ScoreModel['thresholds'][number]> | null) =>
    onChange({ ...model, thresholds: patch === null ? model.thresholds.filter((_, i) => i !== k) : model.thresholds.map((x, i) => (i === k ? { ...x, ...patch } : x)) });
  const last = model.thresholds.at(-1);
  // A tier out of order marks its start and the start of the tier before it, which it must pass (ModelIssue#alsoAt).
  const startFault = (k: number) => hasIssueAt(issues, 'thresholds', k, 'from');
  return (
    <div className="fb-scoring-thresholds" data-testid="scoring-thresholds">
      <div className="fb-label">{t('scoring.thresholds')}</div>
      <div className="fb-help">{t('scoring.thresholdsHelp')}</div>
      {model.thresholds.map((tier, k) => (
        <div key={k} className="fb-scoring-tier" data-testid="scoring-tier">
          <input maxLength={MAX_NAME_LENGTH}
            className={`fb-input${hasIssueAt(issues, 'thresholds', k, 'label') ? ' is-invalid' : ''}`}
            aria-invalid={hasIssueAt(issues, 'thresholds', k, 'label')}
            value={tier.label} aria-label={`${t('scoring.label')} ${k + 1}`} onChange={(e) => set(k, { label: e.target.value })} />
          <Field label={t('scoring.from')} inline>
            {(id) => <NumberInput id={id} value={tier.from} invalid={startFault(k)} onChange={(from) => set(k, { from })} rules={POINTS_RULES} />}
          </Field>
          <button type="button" className="fb-icon-button" onClick={() => set(k, null)} aria-label={t('scoring.removeThreshold')} title={t('scoring.removeThreshold')}>
            <X size={14} />
          </button>
        </div>
      ))}
      <button
        type="button"
        className="fb-button is-ghost"
        onClick={() => onChange({ ...model, thresholds: [...model.thresholds, { label: `${t('scoring.threshold')} ${model.thresholds.length + 1}`, from: last ? last.from + 10 : 0 }] })}
        data-testid="scoring-add-tier"
      >
        <Plus size={14} aria-hidden />
        {t('scoring.addThreshold')}
      </button>
    </div>
  );
}
