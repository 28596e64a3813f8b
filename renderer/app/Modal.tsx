import { X } from 'lucide-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A centred dialog over a dimmed backdrop; Escape or the backdrop closes it. */
export function Modal({ title, onClose, children, width = 560, testId }: { title: string; onClose: () => void; children: ReactNode; width?: number; testId?: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="fb-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="fb-modal" role="dialog" aria-modal="true" aria-label={title} style={{ width }} data-testid={testId}>
        <div className="fb-modal-head">
          <h2>{title}</h2>
          <button type="button" className="fb-icon-button" onClick={onClose} aria-label={t('app.close')}>
            <X size={16} />
          </button>
        </div>
        <div className="fb-modal-body">{children}</div>
      </div>
    </div>
  );
}
