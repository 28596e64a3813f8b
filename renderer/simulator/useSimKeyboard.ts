import { useEffect } from 'react';
import { useSimulationStore } from './context.tsx';

const EDITING_KEYS = new Set(['Delete', 'Backspace']);
const EDITING_SHORTCUTS = new Set(['z', 'y', 'x', 'v', 'd']);

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.hasAttribute('data-sim-keys')) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role=dialog]') !== null;
}

/**
 * Simulate mode's keys, listened to before the editor's (capture phase): Space plays or pauses,
 * arrows step a day (Shift: to the next movement). Editing shortcuts are held back, since the
 * diagram is being watched rather than edited. Text fields keep their keys.
 */
export function useSimKeyboard(): void {
  const store = useSimulationStore();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const sim = store.getState();
      if (!sim.active || typingInField(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      if (EDITING_KEYS.has(event.key) || (mod && EDITING_SHORTCUTS.has(event.key.toLowerCase()))) {
        event.stopPropagation();
        return;
      }
      if (!sim.meta || mod || event.altKey) return;
      const act = () => {
        event.preventDefault();
        event.stopPropagation();
      };
      // Space on a button elsewhere (top bar, panel) keeps its meaning; in the timeline it plays.
      const foreignButton = event.target instanceof HTMLButtonElement && !event.target.closest('.fb-sim-timeline');
      if (event.key === ' ' && !foreignButton) {
        act();
        sim.togglePlay();
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        act();
        const direction = event.key === 'ArrowRight' ? 1 : -1;
        void (event.shiftKey ? sim.stepEvent(direction) : sim.stepDay(direction));
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store]);
}
