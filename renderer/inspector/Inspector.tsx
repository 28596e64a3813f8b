import { Copy, CopyPlus, MousePointerClick, Scissors, Trash } from 'lucide-react';
import { useEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { ENROLLMENT, oneLine, type Step, type StepId, type Workflow } from '../../engine/model/index.ts';
import { GROUP_COLORS, STEP_ICONS, stepGroup } from '../canvas/stepVisuals.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import { useCommands } from '../stores/useCommands.ts';
import { DeleteStepDialog } from './DeleteStepDialog.tsx';
import { TextField } from './fields.tsx';
import { focusCanvasCard } from './returnFocus.ts';
import { StepForm } from './StepForm.tsx';
import { WorkflowSettingsForm } from './WorkflowSettingsForm.tsx';

const MULTI_PATH = new Set(['branch-if', 'branch-value', 'branch-random', 'delay-until-event']);

/** The right-hand panel: the selected step's form, or the workflow settings. */
export function Inspector({ workflow }: { workflow: Workflow }) {
  const { t } = useTranslation();
  const selected = useUi((s) => s.selected);
  const { ui } = useStores();
  const [confirming, setConfirming] = useState<StepId | null>(null);
  const commands = useCommands();

  useEffect(() => {
    const onAsk = (e: Event) => setConfirming((e as CustomEvent<StepId>).detail);
    window.addEventListener('flowbench:confirm-delete', onAsk);
    return () => window.removeEventListener('flowbench:confirm-delete', onAsk);
  }, []);

  const step = selected && selected !== ENROLLMENT ? workflow.steps.find((s) => s.id === selected) : undefined;
  const confirmStep = confirming ? workflow.steps.find((s) => s.id === confirming) : undefined;
  return (
    <aside
      className="fb-inspector"
      aria-label={t('inspector.workflowSettings')}
      data-testid="inspector"
      onKeyDown={(e) => {
        // Escape in a field: the canvas's Escape (on window, after this) closes the inspector unless
        // it closes the palette or the search first; the focus then goes to the card, not to <body>.
        if (e.key !== 'Escape' || !selected || !(e.target instanceof Node) || !e.currentTarget.contains(e.target)) return;
        const { palette, searchOpen } = ui.getState();
        if (!palette && !searchOpen) focusCanvasCard(selected);
      }}
    >
      {selected === ENROLLMENT ? (
        <WorkflowSettingsForm key={workflow.id} workflow={workflow} />
      ) : step ? (
        <StepInspector key={step.id} step={step} workflow={workflow} onDelete={() => (MULTI_PATH.has(step.kind) ? setConfirming(step.id) : commands.remove(step.id))} />
      ) : (
        <div className="fb-inspector-empty">
          <MousePointerClick size={22} aria-hidden />
          <p>{t('inspector.nothingSelected')}</p>
        </div>
      )}
      {confirmStep ? (
        <DeleteStepDialog
          step={confirmStep}
          onCancel={() => setConfirming(null)}
          onConfirm={(keep) => {
            setConfirming(null);
            if (keep) commands.remove(confirmStep.id, keep);
            else commands.removeSubtree(confirmStep.id);
          }}
        />
      ) : null}
    </aside>
  );
}

function StepInspector({ step, workflow, onDelete }: { step: Step; workflow: Workflow; onDelete: () => void }) {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const commands = useCommands();
  const Icon = STEP_ICONS[step.kind];
  const linear = 'next' in step;
  const title = oneLine(step.title ?? '').trim();
  const change = (next: Step, coalesce?: string) => commands.update(next, coalesce);
  return (
    <div className="fb-inspector-body" data-testid={`inspector-${step.kind}`}>
      <div className="fb-inspector-head" style={{ '--group': GROUP_COLORS[stepGroup(step.kind)] } as CSSProperties}>
        <span className="fb-card-icon">
          <Icon size={16} aria-hidden />
        </span>
        <div className="fb-inspector-title">
          <h2>{t(`kinds.${step.kind}`)}</h2>
          {/* The title the user gave the step, as its card shows it; never its id, which means nothing to a marketer. */}
          {title ? (
            <span className="fb-muted" title={title} data-testid="inspector-step-title">
              {title}
            </span>
          ) : null}
        </div>
        <div className="fb-inspector-actions">
          {linear ? (
            <button type="button" className="fb-icon-button" onClick={() => commands.duplicate(step.id)} title={`${t('actions.duplicate')} (Ctrl+D)`} aria-label={t('actions.duplicate')} data-testid="action-duplicate">
              <CopyPlus size={16} />
            </button>
          ) : null}
          <button type="button" className="fb-icon-button" onClick={() => commands.copy(step.id)} title={`${t('actions.copy')} (Ctrl+C)`} aria-label={t('actions.copy')} data-testid="action-copy">
            <Copy size={16} />
          </button>
          <button type="button" className="fb-icon-button" onClick={() => commands.cut(step.id)} title={`${t('actions.cut')} (Ctrl+X)`} aria-label={t('actions.cut')} data-testid="action-cut">
            <Scissors size={16} />
          </button>
          <button type="button" className="fb-icon-button is-danger" onClick={onDelete} title={`${t('actions.delete')} (Suppr)`} aria-label={t('actions.delete')} data-testid="action-delete">
            <Trash size={16} />
          </button>
        </div>
      </div>
      <div className="fb-form">
        <StepForm step={step} project={project} workflow={workflow} onChange={change} onEdit={(recipe) => commands.edit(recipe)} />
        <div className="fb-divider" />
        <TextField label={t('inspector.title')} value={step.title ?? ''} placeholder={t('inspector.titlePlaceholder')} onChange={(title) => change(withOptional(step, 'title', title), 'title')} testId="field-title" />
        <TextField label={t('inspector.note')} value={step.note ?? ''} multiline placeholder={t('inspector.notePlaceholder')} onChange={(note) => change(withOptional(step, 'note', note), 'note')} testId="field-note" />
      </div>
    </div>
  );
}

/** Empty title or note: the key goes away, so files stay clean. */
function withOptional(step: Step, key: 'title' | 'note', value: string): Step {
  const { [key]: _old, ...rest } = step;
  return (value === '' ? rest : { ...rest, [key]: value }) as Step;
}
