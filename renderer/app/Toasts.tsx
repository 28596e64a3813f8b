import { X } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useText } from '../i18n/useLang.ts';
import { useUi } from '../stores/context.tsx';

/** Short messages at the bottom; errors stay until dismissed, the rest fade after a few seconds. */
export function Toasts() {
  const { t } = useTranslation();
  const text = useText();
  const toasts = useUi((s) => s.toasts);
  const dismiss = useUi((s) => s.dismiss);
  useEffect(() => {
    const timers = toasts.filter((toast) => toast.tone !== 'error').map((toast) => setTimeout(() => dismiss(toast.id), 3000));
    return () => timers.forEach(clearTimeout);
  }, [toasts, dismiss]);
  if (toasts.length === 0) return null;
  return (
    <div className="fb-toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`fb-toast is-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid={`toast-${toast.tone}`}>
          <div className="fb-toast-body">
            <div>{text(toast.message)}</div>
            {toast.details && toast.details.length > 0 ? (
              <ul className="fb-toast-details">
                {toast.details.slice(0, 5).map((d, i) => (
                  <li key={i}>{text(d)}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <button type="button" className="fb-icon-button" onClick={() => dismiss(toast.id)} aria-label={t('app.close')}>
            <X size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
