import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPECTATION_KINDS, LIFECYCLE_LABELS, LIFECYCLE_STAGES, asListId, asPersonaId, asStepId, asWorkflowId, type Expectation, type ExpectationKind } from '../../engine/model/index.ts';
import { cardName } from '../../engine/cards/index.ts';
import { workflowStepNames } from '../../engine/expect/index.ts';
import { MAX_SPAN_DAYS } from '../../engine/schema/index.ts';
import { dayDate } from '../../engine/study/index.ts';
import { useDialogs } from '../app/dialogs.tsx';
import { Modal } from '../app/Modal.tsx';
import { formatLongDate } from '../simulator/time.ts';
import { useLang } from '../i18n/useLang.ts';
import { CriteriaBuilder } from '../inspector/criteria/CriteriaBuilder.tsx';
import { SelectField } from '../inspector/fields.tsx';
import { FormValidityScope, useFormValidity } from '../inspector/formValidity.tsx';
import { NumberField } from '../inspector/numberFields.tsx';
import { useDocument, useStores } from '../stores/context.tsx';
import { draftOf, freshId, missingPart, withExpectation } from './draft.ts';

const ANY = '__any__';

/**
 * The form of one expectation: its kind, then the fields that kind needs. Saving is one undoable
 * edit. Closing by Escape, the backdrop or the cross asks first when something would be lost (a
 * field changed, or one showing a value it refused), as the scoring dialog does; Cancel is said.
 */
export function ExpectationDialog({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { document } = useStores();
  const project = useDocument((s) => s.project);
  const existing = id === null ? undefined : project.tests?.expectations.find((x) => x.id === id);
  const [initial] = useState<Expectation>(() => existing ?? draftOf('never-stage', project, freshId(project)));
  const [draft, setDraft] = useState<Expectation>(initial);
  const set = (patch: Partial<Expectation>) => setDraft({ ...draft, ...patch } as Expectation);
  const wf = 'workflow' in draft ? project.workflows.find((w) => w.id === draft.workflow) : undefined;
  const missing = missingPart(draft, project);
  // A field showing a refused value has not passed it on: the draft holds its last valid one, so Save waits.
  const fields = useFormValidity();
  // Days of a run: whole, up to ten years (engine/schema wholeDays).
  const dayRules = { min: 0, max: MAX_SPAN_DAYS, integer: true, spanUnit: t('unitNames.days') };
  // A day of the run is a day number, as the timeline counts: day 1 is the start date.
  const dayNumberRules = { ...dayRules, min: 1 };
  const savable = missing === null && fields.invalid === 0;
  const save = () => {
    if (!savable) return;
    document.getState().apply((p) => withExpectation(p, draft));
    onClose();
  };
  const { confirm } = useDialogs();
  const asking = useRef(false);
  const close = () => {
    // Drafts are plain data: the same JSON is the same expectation.
    const edited = fields.invalid > 0 || JSON.stringify(draft) !== JSON.stringify(initial);
    if (!edited) return onClose();
    if (asking.current) return;
    asking.current = true;
    void confirm({ title: t('expect.discardTitle'), message: t(existing ? 'expect.discardMessage' : 'expect.discardMessageNew'), confirmLabel: t('expect.discard') }).then((ok) => {
      asking.current = false;
      if (ok) onClose();
    });
  };
  // Which calendar day that is, and when it is read; or that the run ends before it.
  const dayHelp = (x: Expectation & { day: number }) => {
    const { startDate, horizonDays } = project.simulation;
    if (x.day > horizonDays) return t('expect.dayPast', { count: horizonDays, date: formatLongDate(dayDate(startDate, horizonDays), lang) ?? '' });
    const date = formatLongDate(dayDate(startDate, x.day), lang) ?? '';
    return t(x.kind === 'list-exactly' ? 'expect.dayHelpExactly' : 'expect.dayHelp', { date });
  };
  const workflows = project.workflows.map((w) => ({ value: w.id as string, label: w.name }));
  const lists = project.lists.map((l) => ({ value: l.id as string, label: l.name }));
  // Each step as the sentence will name it: as its card does, two alike told apart (engine/expect/step-names.ts).
  const stepNames = wf ? workflowStepNames(wf, (s, w) => cardName(s, { project, workflow: w, lang }), lang) : new Map<string, string>();
  const steps = (wf?.steps ?? []).map((s) => ({ value: s.id as string, label: stepNames.get(s.id) ?? s.id }));
  return (
    <Modal title={existing ? t('expect.editTitle') : t('expect.addTitle')} onClose={close} width={620} testId="expect-dialog">
      <FormValidityScope validity={fields}>
        <div className="fb-expect-form">
          <SelectField<ExpectationKind>
            label={t('expect.kind')}
            value={draft.kind}
            testId="expect-kind"
            options={EXPECTATION_KINDS.map((k) => ({ value: k, label: t(`expect.kinds.${k}`) }))}
            onChange={(kind) => setDraft(draftOf(kind, project, draft.id, draft))}
          />
          {'workflow' in draft ? (
            <SelectField
              label={t('expect.workflow')}
              value={draft.workflow}
              testId="expect-workflow"
              options={workflows}
              onChange={(v) => {
                const next = project.workflows.find((w) => w.id === v);
                const patch = 'step' in draft ? { workflow: asWorkflowId(v), step: next?.steps[next.steps.length - 1]?.id ?? asStepId('') } : { workflow: asWorkflowId(v) };
                set(patch);
              }}
            />
          ) : null}
          {'step' in draft ? <SelectField label={t('expect.step')} value={draft.step} testId="expect-step" options={steps} onChange={(v) => set({ step: asStepId(v) })} /> : null}
          {'list' in draft ? <SelectField label={t('expect.list')} value={draft.list} testId="expect-list" options={lists} onChange={(v) => set({ list: asListId(v) })} /> : null}
          {draft.kind === 'reaches-within' ? (
            <SelectField
              label={t('expect.persona')}
              value={draft.persona ?? ANY}
              testId="expect-persona"
              options={[{ value: ANY, label: t('expect.anyPersona') }, ...project.personas.map((p) => ({ value: p.id as string, label: p.name }))]}
              onChange={(v) => set({ persona: v === ANY ? null : asPersonaId(v) })}
            />
          ) : null}
          {draft.kind === 'never-stage' ? (
            <SelectField label={t('expect.stage')} value={draft.stage} testId="expect-stage" options={LIFECYCLE_STAGES.map((s) => ({ value: s, label: LIFECYCLE_LABELS[s][lang] }))} onChange={(stage) => set({ stage })} />
          ) : null}
          {'day' in draft ? <NumberField label={t('expect.day')} value={draft.day} testId="expect-day" rules={dayNumberRules} help={dayHelp(draft)} onChange={(day) => set({ day })} /> : null}
          {draft.kind === 'share-in-list' ? (
            <SelectField
              label={t('expect.bound')}
              value={draft.bound}
              testId="expect-bound"
              options={[
                { value: 'at-least', label: t('expect.atLeast') },
                { value: 'at-most', label: t('expect.atMost') },
              ]}
              onChange={(bound) => set({ bound })}
            />
          ) : null}
          {'percent' in draft ? <NumberField label={t('expect.percent')} value={draft.percent} testId="expect-percent" rules={{ min: 0, max: 100, percent: true }} onChange={(percent) => set({ percent })} /> : null}
          {'days' in draft ? <NumberField label={t('expect.days')} value={draft.days} testId="expect-days" rules={dayRules} onChange={(days) => set({ days })} /> : null}
          {draft.kind === 'step-reached' ? <NumberField label={t('expect.count')} value={draft.count} testId="expect-count" rules={{ min: 1, integer: true }} onChange={(count) => set({ count })} /> : null}
          {'who' in draft ? (
            <div className="fb-field">
              <span className="fb-label">{t('expect.who')}</span>
              <CriteriaBuilder criteria={draft.who} project={project} onChange={(who) => set({ who })} testId="expect-who" />
            </div>
          ) : null}
          {missing === 'workflow' ? <p className="fb-field-error">{t('expect.needWorkflow')}</p> : missing === 'list' ? <p className="fb-field-error">{t('expect.needList')}</p> : null}
          {missing === null && fields.invalid > 0 ? (
            <p className="fb-field-error" id="expect-save-reason" data-testid="expect-save-reason">
              {t('expect.fixFields')}
            </p>
          ) : null}
          <div className="fb-modal-actions">
            <button type="button" className="fb-button" onClick={onClose}>
              {t('expect.cancel')}
            </button>
            <button type="button" className="fb-button is-primary" onClick={save} disabled={!savable} aria-describedby={missing === null && fields.invalid > 0 ? 'expect-save-reason' : undefined} data-testid="expect-save">
              {t('expect.save')}
            </button>
          </div>
        </div>
      </FormValidityScope>
    </Modal>
  );
}
