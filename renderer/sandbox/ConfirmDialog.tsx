import { useTranslation } from 'react-i18next';
import { Modal } from '../app/Modal.tsx';

/** A yes/no question before something that cannot be undone. */
export function ConfirmDialog({ title, message, onConfirm, onClose }: { title: string; message: string; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={title} onClose={onClose} width={440} testId="confirm-dialog">
      <div className="fb-sb-form">
        <p>{message}</p>
        <div className="fb-sb-actions">
          <button type="button" className="fb-button" onClick={onClose}>
            {t('sandbox.cancel')}
          </button>
          <button
            type="button"
            className="fb-button is-danger"
            autoFocus
            onClick={() => {
              onConfirm();
              onClose();
            }}
            data-testid="confirm"
          >
            {t('sandbox.confirm')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
