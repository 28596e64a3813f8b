import './simulator.css';
import '../study/study.css';
import '../compare/compare.css';
import { Activity, PanelLeftClose, PanelLeftOpen, PanelRightClose, PanelRightOpen } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSandbox, useSandboxStore } from '../sandbox/context.tsx';
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
  // Contacts open over the simulation: the mode is still on, but what the screen shows is Contacts.
  const covered = useSandbox((s) => s.open) && active;
  const toggle = () => {
    if (covered) {
      // Back to the simulation under Contacts, as it was (it used to leave Simulate, Contacts still open).
      sandbox.getState().setOpen(false);
      return;
    }
    ui.getState().select(null);
    ui.getState().openPalette(null);
    // The sandbox covers the editor: simulating means watching the diagram. Entering, the
    // simulation's panel takes the right side (Resources, asked for in Simulate, takes it back).
    if (!active) {
      sandbox.getState().setOpen(false);
      if (ui.getState().sidePanel === 'resources') ui.getState().setSidePanel(null);
    }
    store.getState().setActive(!active, document.getState().project);
  };
  // Simulate > Run in the menus: opens the mode; once open, the setup panel runs it.
  useAppCommand('simulate.run', () => {
    if (!store.getState().active) toggle();
  });
  return (
    <button
      type="button"
      className={`fb-button${active && !covered ? ' is-primary' : ' is-ghost'}`}
      onClick={toggle}
      title={covered ? t('sim.backToSimulation') : active ? t('sim.backToEdit') : t('sim.modeHelp')}
      aria-pressed={active}
      data-covered={covered}
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
  return active ? (
    <>
      <PanelToggles />
      <Timeline />
    </>
  ) : null;
}

/** In the canvas corners: hide or show the workflows list and the results, so the diagram gets the room. */
function PanelToggles() {
  const { t } = useTranslation();
  const store = useSimulationStore();
  const panels = useSim((s) => s.panels);
  const left = panels.workflows ? t('sim.hideWorkflows') : t('sim.showWorkflows');
  const right = panels.results ? t('sim.hideResults') : t('sim.showResults');
  return (
    <>
      <button
        type="button"
        className="fb-icon-button fb-sim-panel-toggle is-left"
        onClick={() => store.getState().setPanels({ workflows: !panels.workflows })}
        title={left}
        aria-label={left}
        aria-pressed={!panels.workflows}
        data-testid="sim-toggle-workflows"
        data-sim-workflows={panels.workflows ? 'shown' : 'hidden'}
      >
        {panels.workflows ? <PanelLeftClose size={16} aria-hidden /> : <PanelLeftOpen size={16} aria-hidden />}
      </button>
      <button
        type="button"
        className="fb-icon-button fb-sim-panel-toggle is-right"
        onClick={() => store.getState().setPanels({ results: !panels.results })}
        title={right}
        aria-label={right}
        aria-pressed={!panels.results}
        data-testid="sim-toggle-results"
      >
        {panels.results ? <PanelRightClose size={16} aria-hidden /> : <PanelRightOpen size={16} aria-hidden />}
      </button>
    </>
  );
}
