import type { ContactScores } from '../scoring/journey-scores.ts';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Project, SimulationSettings, WorkflowId } from '../../engine/model/index.ts';
import type { ContactAt } from '../../engine/sim/index.ts';
import type { SimClient } from './client.ts';
import { createPlayer, type Clock } from './player.ts';
import type { ContactName, ContactOrigin, Frame, RunMeta, RunSettings, StepContact, StepContactsMode } from './protocol.ts';
import { dayAt } from './time.ts';
import { sandboxRevision } from '../sandbox/revisions.ts';

/** Playback speeds, in simulated minutes per real second: one day to one month a second. */
export const SPEEDS = [1440, 3 * 1440, 7 * 1440, 14 * 1440, 30 * 1440] as const;

export interface SimSettings {
  readonly workflow: WorkflowId | 'all';
  readonly sandbox: string | null;
  readonly startDate: string;
  readonly horizonDays: number;
  readonly seed: number;
  readonly arrivalsPerDay: number;
  /** Runs of a study (1: the single run alone; more: renderer/study adds every figure's interval). */
  readonly replications: number;
}

export type Focus =
  | { readonly kind: 'step'; readonly step: number; readonly mode: StepContactsMode; readonly total: number; readonly contacts: readonly StepContact[]; readonly loading: boolean }
  | { readonly kind: 'contact'; readonly id: string; readonly who: ContactName | null; readonly journey: ContactAt | null; readonly scores?: ContactScores | null; readonly from: Focus | null };

/** The Simulate mode: settings, the run, the current instant and what the side panel shows. */
export interface SimulationState {
  readonly active: boolean;
  readonly settings: SimSettings | null;
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  readonly progress: { readonly fraction: number; readonly phase: 'loading' | 'running' };
  readonly error: string | null;
  readonly meta: RunMeta | null;
  /** The project as it was run: the canvas says so when it has been edited since. */
  readonly ranProject: Project | null;
  /** Where the run's contacts came from (a study or a comparison runs on the same). */
  readonly ranOrigin: ContactOrigin | null;
  /** The sandbox's revision the run read (renderer/sandbox/revisions.ts): its results are stale once it moves on. Null for contacts given directly. */
  readonly ranRevision: number | null;
  readonly minute: number;
  readonly frame: Frame | null;
  readonly playing: boolean;
  readonly speed: number;
  readonly focus: Focus | null;
  /** Simulate mode's side panels: the workflows list on the left, the results on the right. */
  readonly panels: { readonly workflows: boolean; readonly results: boolean };
  setPanels(patch: Partial<SimulationState['panels']>): void;
  setActive(active: boolean, project: Project): void;
  /** Another project was opened: the run, its instant and its settings belong to the old one. */
  forget(project: Project): Promise<void>;
  setSettings(patch: Partial<SimSettings>): void;
  run(project: Project, origin: ContactOrigin): Promise<void>;
  cancel(): Promise<void>;
  seek(minute: number): Promise<void>;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  stepDay(direction: 1 | -1): Promise<void>;
  stepEvent(direction: 1 | -1): Promise<void>;
  openStep(step: number, mode?: StepContactsMode): Promise<void>;
  openContact(id: string): Promise<void>;
  back(): void;
  closeFocus(): void;
}

export type SimulationStore = StoreApi<SimulationState> & { readonly client: SimClient };

export function defaultSettings(project: Project, sandbox: string | null): SimSettings {
  return { workflow: 'all', sandbox, ...projectSettings(project) };
}

/** The settings a project file holds (`project.simulation`), as Simulate shows them. */
export type ProjectSimSettings = Pick<SimSettings, 'startDate' | 'horizonDays' | 'seed' | 'arrivalsPerDay' | 'replications'>;

/**
 * The settings a project file holds (`project.simulation`: start date, days, seed, new contacts a
 * day, runs): the Simulate panel writes them into the project (SimSetup), so they are saved, copied
 * into a variant, undone with the rest and read by `flowbench simulate`. The others (which
 * workflows and contacts) belong to this session.
 */
export function projectSettings(project: Pick<Project, 'simulation'>): ProjectSimSettings {
  const s = project.simulation;
  return { startDate: s.startDate, horizonDays: s.horizonDays, seed: s.seed, arrivalsPerDay: s.arrivals.perDay, replications: s.replications ?? 1 };
}

/**
 * The project's simulation settings with `patch` written in (null: nothing changes). One run is
 * written as no `replications` at all, as a project that never had a study holds.
 */
export function withSimSettings(simulation: SimulationSettings, patch: Partial<ProjectSimSettings>): SimulationSettings | null {
  const { arrivalsPerDay, replications, ...dates } = patch;
  const next: SimulationSettings = { ...simulation, ...dates, arrivals: arrivalsPerDay === undefined ? simulation.arrivals : { ...simulation.arrivals, perDay: arrivalsPerDay } };
  const runs = replications ?? simulation.replications ?? 1;
  const { replications: _old, ...rest } = next;
  const written: SimulationSettings = runs > 1 ? { ...rest, replications: runs } : rest;
  const before = projectSettings({ simulation });
  const after = projectSettings({ simulation: written });
  const same = (Object.keys(after) as (keyof ProjectSimSettings)[]).every((k) => after[k] === before[k]);
  return same ? null : written;
}

/** What a run is given of the settings (a study's replications are run with the same). */
export function runSettingsOf(settings: SimSettings, project: Project): RunSettings {
  return {
    workflows: settings.workflow === 'all' ? [] : [settings.workflow],
    startDate: settings.startDate,
    horizonDays: settings.horizonDays,
    seed: settings.seed,
    arrivals: { ...project.simulation.arrivals, perDay: settings.arrivalsPerDay },
  };
}

export function createSimulationStore(client: SimClient, clock?: Clock): SimulationStore {
  let contactTicket = 0;
  let stepTicket = 0;
  const store = createStore<SimulationState>()((set, get) => {
    const player = createPlayer(
      () => get().minute,
      () => get().speed,
      () => get().meta?.lastMinute ?? 0,
      (minute) => void get().seek(minute),
      () => set({ playing: false }),
      clock,
    );
    const refreshFocus = async () => {
      const { focus, minute } = get();
      if (focus?.kind === 'contact') {
        const ticket = ++contactTicket;
        const { journey, who, scores } = await client.contact(focus.id, minute);
        const now = get().focus;
        if (ticket === contactTicket && now?.kind === 'contact' && now.id === focus.id) set({ focus: { ...now, journey, who, scores } });
      } else if (focus?.kind === 'step') {
        const ticket = ++stepTicket;
        const found = await client.stepContacts(focus.step, minute, focus.mode);
        const now = get().focus;
        if (ticket === stepTicket && now?.kind === 'step' && now.step === focus.step) set({ focus: { ...now, ...found, loading: false } });
      }
    };
    return {
      active: false,
      settings: null,
      status: 'idle',
      progress: { fraction: 0, phase: 'running' },
      error: null,
      meta: null,
      ranProject: null,
      ranOrigin: null,
      ranRevision: null,
      minute: 0,
      frame: null,
      playing: false,
      speed: SPEEDS[0],
      focus: null,
      panels: { workflows: true, results: true },
      setPanels(patch) {
        set({ panels: { ...get().panels, ...patch } });
      },
      setActive(active, project) {
        if (!active) player.stop();
        // The canvas gets the room: the workflows list only when there is a choice to make.
        const panels = active && !get().active ? { workflows: project.workflows.length > 1, results: true } : get().panels;
        // The project's own settings win: they may have been edited or undone since.
        const settings = get().settings;
        set({ active, playing: active && get().playing, settings: settings ? { ...settings, ...projectSettings(project) } : defaultSettings(project, null), panels });
      },
      async forget(project) {
        player.stop();
        const running = get().status === 'running';
        set({ status: 'idle', meta: null, ranProject: null, ranOrigin: null, ranRevision: null, frame: null, minute: 0, playing: false, focus: null, error: null, progress: { fraction: 0, phase: 'running' }, settings: defaultSettings(project, null) });
        if (running) await client.cancel();
      },
      setSettings(patch) {
        const current = get().settings;
        if (current) set({ settings: { ...current, ...patch } });
      },
      async run(project, origin) {
        const settings = get().settings ?? defaultSettings(project, null);
        player.stop();
        // The contacts as they are when the run reads them: a later change makes its results stale.
        const revision = 'sandbox' in origin ? sandboxRevision(origin.sandbox) : null;
        set({ status: 'running', progress: { fraction: 0, phase: 'loading' }, error: null, playing: false, focus: null });
        try {
          const outcome = await client.run(project, origin, runSettingsOf(settings, project), (fraction, phase) => set({ progress: { fraction, phase } }));
          if ('cancelled' in outcome) {
            if (get().status === 'running') set({ status: get().meta ? 'done' : 'idle' });
            return;
          }
          set({ status: 'done', meta: outcome.meta, ranProject: project, ranOrigin: origin, ranRevision: revision, minute: 0, frame: null });
          await get().seek(0);
        } catch (error) {
          set({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
        }
      },
      async cancel() {
        set({ status: get().meta ? 'done' : 'idle' });
        await client.cancel();
      },
      async seek(minute) {
        const meta = get().meta;
        if (!meta) return;
        const m = Math.round(Math.max(0, Math.min(meta.lastMinute, minute)));
        set({ minute: m });
        const frame = await client.frame(m);
        if (frame && get().meta === meta) set({ frame });
        if (!get().playing) void refreshFocus();
      },
      play() {
        const { meta, minute } = get();
        if (!meta) return;
        if (minute >= meta.lastMinute) void get().seek(0);
        set({ playing: true });
        player.start();
      },
      pause() {
        player.stop();
        set({ playing: false });
        void refreshFocus();
      },
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      setSpeed(speed) {
        set({ speed });
      },
      async stepDay(direction) {
        const { meta, minute } = get();
        if (!meta) return;
        const day = dayAt(meta.midnights, minute);
        const onMidnight = meta.midnights[day] === minute;
        const target = direction > 0 ? (meta.midnights[day + 1] ?? meta.lastMinute) : (meta.midnights[onMidnight ? day - 1 : day] ?? 0);
        get().pause();
        await get().seek(target);
      },
      async stepEvent(direction) {
        if (!get().meta) return;
        get().pause();
        await get().seek(await client.nextEvent(get().minute, direction));
      },
      async openStep(step, mode = 'here') {
        set({ focus: { kind: 'step', step, mode, total: 0, contacts: [], loading: true } });
        await refreshFocus();
      },
      async openContact(id) {
        const from = get().focus;
        set({ focus: { kind: 'contact', id, who: null, journey: null, from: from?.kind === 'step' ? from : null } });
        await refreshFocus();
      },
      back() {
        const focus = get().focus;
        set({ focus: focus?.kind === 'contact' ? focus.from : null });
        void refreshFocus();
      },
      closeFocus() {
        set({ focus: null });
      },
    };
  });
  return Object.assign(store, { client });
}
