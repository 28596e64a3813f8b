import { FocusTrap } from 'focus-trap-react';
import { X } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A centred dialog over a dimmed backdrop; Escape or the backdrop closes it. Focus stays inside
 * while it is open (Tab and Shift+Tab cycle through its controls) and goes back to what had it
 * when it closes (focus-trap).
 */
export function Modal({ title, onClose, children, width = 560, testId }: { title: string; onClose: () => void; children: ReactNode; width?: number; testId?: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="fb-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <FocusTrap
        focusTrapOptions={{
          // Escape and the backdrop are handled above; a field with autoFocus keeps its focus.
          escapeDeactivates: false,
          allowOutsideClick: true,
          initialFocus: () => (dialog.current?.contains(document.activeElement) ? (document.activeElement as HTMLElement) : undefined),
          fallbackFocus: () => dialog.current!,
          // Layout is not needed to tell what can take focus in a dialog (and jsdom has none).
          tabbableOptions: { displayCheck: 'none' },
        }}
      >
        <div ref={dialog} tabIndex={-1} className="fb-modal" role="dialog" aria-modal="true" aria-label={title} style={{ width }} data-testid={testId}>
          <div className="fb-modal-head">
            <h2>{title}</h2>
            <button type="button" className="fb-icon-button" onClick={onClose} aria-label={t('app.close')}>
              <X size={16} />
            </button>
          </div>
          <div className="fb-modal-body">{children}</div>
        </div>
      </FocusTrap>
    </div>
  );
}
