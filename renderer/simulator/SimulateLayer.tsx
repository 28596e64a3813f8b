import './simulator.css';
import { Activity } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSandboxStore } from '../sandbox/context.tsx';
import { useStores } from '../stores/context.tsx';
import { appSimulationStore, useSim, useSimulationStore } from './context.tsx';
import { useSimTexts } from './i18n.ts';
import { installSimTestHook } from './testHook.ts';
import { Timeline } from './Timeline.tsx';
import { useSimKeyboard } from './useSimKeyboard.ts';
import { useAppCommand } from '../platform/appCommands.ts';

/** The top bar's "Simulate" toggle. */
export function SimulateButton() {
  useSimTexts();
  const { t } = useTranslation();
  const { document, ui } = useStores();
  const store = useSimulationStore();
  const sandbox = useSandboxStore();
  const active = useSim((s) => s.active);
  const toggle = () => {
    ui.getState().select(null);
    ui.getState().openPalette(null);
    // The sandbox covers the editor: simulating means watching the diagram.
    if (!active) sandbox.getState().setOpen(false);
    store.getState().setActive(!active, document.getState().project);
  };
  // Simulate > Run in the menus: opens the mode; once open, the setup panel runs it.
  useAppCommand('simulate.run', () => {
    if (!store.getState().active) toggle();
  });
  return (
    <button
      type="button"
      className={`fb-button${active ? ' is-primary' : ' is-ghost'}`}
      onClick={toggle}
      title={active ? t('sim.backToEdit') : t('sim.modeHelp')}
      aria-pressed={active}
      data-testid="toggle-simulate"
    >
      <Activity size={16} aria-hidden />
      {t('sim.mode')}
    </button>
  );
}

/** Under the canvas in Simulate mode: the timeline; also the keys and the documented test hook. */
export function SimulateTimeline() {
  useSimTexts();
  const stores = useStores();
  const store = useSimulationStore();
  const active = useSim((s) => s.active);
  useSimKeyboard();
  useAppCommand('simulate.reset', () => {
    store.getState().pause();
    if (store.getState().meta) void store.getState().seek(0);
  });
  useEffect(() => {
    if (store === appSimulationStore()) return installSimTestHook(store, stores.document);
  }, [store, stores.document]);
  // A run belongs to its project: opening another one (another id) clears it.
  useEffect(
    () =>
      stores.document.subscribe((now, before) => {
        if (now.project.id !== before.project.id) void store.getState().forget(now.project);
      }),
    [store, stores.document],
  );
  return active ? <Timeline /> : null;
}
