import { X } from 'lucide-react';
import { useEffect, useLayoutEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useText } from '../i18n/useLang.ts';
import { useUi } from '../stores/context.tsx';

type Box = Pick<DOMRect, 'top' | 'right' | 'bottom' | 'width'>;

const GAP = 16;
const WIDTH = 400;

/**
 * Where the toasts sit: at the bottom right of the diagram's pane, above its minimap when it shows
 * one, so they cover no control: not the zoom toolbar (bottom left of the pane), not the minimap,
 * not the inspector's or Simulate's fields (right of the pane), not the timeline (under it).
 * Without a pane, at the bottom right of the window.
 */
export function toastPlace(view: { width: number; height: number }, canvas: Box | null, minimap: Box | null): CSSProperties {
  if (!canvas) return { right: GAP, bottom: GAP, width: Math.min(WIDTH, view.width - 2 * GAP) };
  const floor = minimap && minimap.top < canvas.bottom ? minimap.top - 8 : canvas.bottom - GAP;
  return { right: view.width - canvas.right + GAP, bottom: view.height - floor, width: Math.max(0, Math.min(WIDTH, canvas.width - 2 * GAP)) };
}

/** The toasts' place, measured again when the window, the pane or the panels beside it change size. */
function useToastPlace(shown: boolean): CSSProperties | undefined {
  const [place, setPlace] = useState<CSSProperties>();
  const minimap = useUi((s) => s.minimap);
  useLayoutEffect(() => {
    if (!shown) return;
    const measure = () => {
      const canvas = document.querySelector('.fb-canvas');
      const map = canvas?.querySelector('.react-flow__minimap');
      setPlace(toastPlace({ width: window.innerWidth, height: window.innerHeight }, canvas?.getBoundingClientRect() ?? null, map?.getBoundingClientRect() ?? null));
    };
    measure();
    window.addEventListener('resize', measure);
    // The pane changes size when a panel opens or closes (the inspector, Simulate, the timeline).
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    for (const el of document.querySelectorAll('.fb-center, .fb-canvas')) observer?.observe(el);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [shown, minimap]);
  return place;
}

/** Short messages over the diagram's bottom right (`toastPlace`); errors stay until dismissed, the rest fade after a few seconds. */
export function Toasts() {
  const { t } = useTranslation();
  const text = useText();
  const toasts = useUi((s) => s.toasts);
  const dismiss = useUi((s) => s.dismiss);
  useEffect(() => {
    const timers = toasts.filter((toast) => toast.tone !== 'error').map((toast) => setTimeout(() => dismiss(toast.id), 3000));
    return () => timers.forEach(clearTimeout);
  }, [toasts, dismiss]);
  const place = useToastPlace(toasts.length > 0);
  if (toasts.length === 0) return null;
  return (
    <div className="fb-toasts" aria-live="polite" style={place} data-testid="toasts">
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
