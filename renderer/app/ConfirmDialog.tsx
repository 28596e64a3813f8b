import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal.tsx';

/**
 * A yes/no question in the app's look, instead of window.confirm. Enter confirms (unless the
 * Cancel button has the focus), Escape cancels; keys stop here so the canvas shortcuts underneath
 * never see them.
 */
export function ConfirmDialog({ title, message, confirmLabel, danger = true, onAnswer }: { title: string; message: string; confirmLabel?: string; danger?: boolean; onAnswer: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onAnswer(e.key === 'Enter' && e.target !== cancelRef.current);
  };
  return (
    <Modal title={title} onClose={() => onAnswer(false)} width={440} testId="confirm-dialog">
      <div className="fb-dialog" onKeyDown={onKeyDown}>
        <p className="fb-dialog-message">{message}</p>
        <div className="fb-modal-actions">
          <button ref={cancelRef} type="button" className="fb-button" onClick={() => onAnswer(false)} data-testid="confirm-cancel">
            {t('dialogs.cancel')}
          </button>
          <button type="button" className={`fb-button ${danger ? 'is-danger' : 'is-primary'}`} autoFocus onClick={() => onAnswer(true)} data-testid="confirm">
            {confirmLabel ?? t('dialogs.confirm')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
