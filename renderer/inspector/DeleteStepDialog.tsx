import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outgoingEdges, slotKey, type Slot, type Step } from '../../engine/model/index.ts';
import { Modal } from '../app/Modal.tsx';

/** Deleting a step with several paths: which one takes its place (or none). */
export function DeleteStepDialog({ step, onConfirm, onCancel }: { step: Step; onConfirm: (keep: Slot | null) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const paths = outgoingEdges(step).filter((e) => e.slot.kind !== 'go-to');
  const [choice, setChoice] = useState<string>(paths[0] ? slotKey(paths[0].slot) : 'none');
  const label = (text: string | undefined) => (text === 'met' ? t('canvas.met') : text === 'not-met' ? t('canvas.notMet') : (text ?? ''));
  return (
    <Modal title={t('actions.confirmDelete')} onClose={onCancel} width={440} testId="delete-dialog">
      <p className="fb-help">{t('actions.keepPath')}</p>
      <div className="fb-choice-list" role="radiogroup">
        {paths.map((p) => (
          <label key={slotKey(p.slot)} className={`fb-choice${choice === slotKey(p.slot) ? ' is-checked' : ''}`}>
            <input type="radio" name="keep" checked={choice === slotKey(p.slot)} onChange={() => setChoice(slotKey(p.slot))} />
            <span>
              <strong>{label(p.label)}</strong>
            </span>
          </label>
        ))}
        <label className={`fb-choice${choice === 'none' ? ' is-checked' : ''}`}>
          <input type="radio" name="keep" checked={choice === 'none'} onChange={() => setChoice('none')} data-testid="keep-none" />
          <span>{t('actions.keepNone')}</span>
        </label>
      </div>
      <div className="fb-modal-actions">
        <button type="button" className="fb-button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
        <button
          type="button"
          className="fb-button is-danger"
          data-testid="confirm-delete"
          onClick={() => onConfirm(choice === 'none' ? null : (paths.find((p) => slotKey(p.slot) === choice)?.slot ?? null))}
        >
          {t('actions.delete')}
        </button>
      </div>
    </Modal>
  );
}
