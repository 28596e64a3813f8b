import { Activity, Download, FileJson, FileSpreadsheet, Image } from 'lucide-react';
import { memo, useEffect } from 'react';
import { useAppCommand } from '../platform/appCommands.ts';
import { useTranslation } from 'react-i18next';
import { ENROLLMENT, type Project, type Workflow } from '../../engine/model/index.ts';
import { stepTitle } from '../canvas/summary.ts';
import { LIFECYCLE_LABELS, LIFECYCLE_STAGES } from '../../engine/model/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { usePlatform } from '../platform/index.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import { useSim, useSimulationStore } from './context.tsx';
import { EndStates, endStateCounts, Totals } from './EndStates.tsx';
import { saveDiagramWithCounts, saveResults } from './exportResults.ts';
import { useSimTexts } from './i18n.ts';
import { JourneyView } from './JourneyView.tsx';
import { LineChart } from './LineChart.tsx';
import type { Frame, RunMeta } from './protocol.ts';
import { Sankey, type SankeyData, type SankeyNode } from './Sankey.tsx';
import { SimSetup } from './SimSetup.tsx';
import { StepContacts } from './StepContacts.tsx';
import { dayAt } from './time.ts';
import { useStepIndex, type StepIndex } from './useStepIndex.ts';
import { useThrottled } from './useThrottled.ts';

const PALETTE = ['#2f6fde', '#1b8a5a', '#b7740b', '#7c4dce', '#cf3b3b', '#0e8a99', '#52606d', '#c2569b', '#8a6d1b'];

/** The right-hand panel in Simulate mode: settings and run, then what happened at this instant. */
export function SimulatePanel({ workflow }: { workflow: Workflow | undefined }) {
  useSimTexts();
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const store = useSimulationStore();
  const meta = useSim((s) => s.meta);
  const focus = useSim((s) => s.focus);
  const selected = useUi((s) => s.selected);
  const { ui } = useStores();
  const index = useStepIndex(workflow);

  // Clicking a card in Simulate mode opens the contacts at that step.
  useEffect(() => {
    if (!selected || selected === ENROLLMENT || !index) return;
    const s = index.steps.get(selected);
    if (s !== undefined) void store.getState().openStep(s);
  }, [selected, index, store]);
  // Closing the list lets a second click on the same card open it again.
  useEffect(() => {
    if (!focus) ui.getState().select(null);
  }, [focus, ui]);

  return (
    <aside className="fb-inspector fb-sim-panel" aria-label={t('sim.setupTitle')} data-testid="sim-panel">
      <div className="fb-inspector-head">
        <span className="fb-sim-head-icon">
          <Activity size={16} aria-hidden />
        </span>
        <div className="fb-inspector-title">
          <h2>{t('sim.setupTitle')}</h2>
        </div>
      </div>
      <div className="fb-sim-body">
        <SimSetup />
        {meta && index && index.workflow < 0 ? <p className="fb-sim-note">{t('sim.notInRun')}</p> : null}
        {!meta ? (
          <div className="fb-sim-empty">
            <h3>{t('sim.emptyTitle')}</h3>
            <p>{t('sim.emptyText')}</p>
          </div>
        ) : null}
        {focus?.kind === 'step' ? <StepContacts focus={focus} project={project} /> : null}
        {focus?.kind === 'contact' ? <JourneyView focus={focus} project={project} /> : null}
        {meta && !focus ? <ThrottledResults meta={meta} index={index} project={project} workflow={workflow} /> : null}
      </div>
    </aside>
  );
}

/** The diagram and the timeline follow every frame; the panel, eight times a second at most. */
function ThrottledResults(props: { meta: RunMeta; index: StepIndex | null; project: Project; workflow: Workflow | undefined }) {
  const frame = useThrottled(useSim((s) => s.frame), 125);
  return frame ? <Results {...props} frame={frame} /> : null;
}

const Results = memo(function Results({ meta, frame, index, project, workflow }: { meta: RunMeta; frame: Frame; index: StepIndex | null; project: Project; workflow: Workflow | undefined }) {
  const { t } = useTranslation();
  const w = index && index.workflow >= 0 ? index.workflow : -1;
  const day = Math.max(0, dayAt(meta.midnights, frame.minute) - 1);
  return (
    // data-minute: the instant the panel shows (it follows the scrubber a few times a second).
    <div className="fb-sim-results" data-testid="sim-results" data-minute={frame.minute}>
      <EndStates frame={frame} workflow={w} project={project} />
      <Totals frame={frame} conversions={meta.totals.conversions} />
      <section className="fb-sim-section">
        <h3 className="fb-sim-h">{t('sim.charts')}</h3>
        <Sankey data={sankeyData(frame, w, meta, index, workflow, project, t)} />
        <SeriesCharts meta={meta} day={day} project={project} />
      </section>
      <ExportSection workflow={workflow} />
    </div>
  );
});

/** The charts change only when the day does: not redrawn on every frame of a scrub. */
const SeriesCharts = memo(function SeriesCharts({ meta, day, project }: { meta: RunMeta; day: number; project: Project }) {
  const { t } = useTranslation();
  const lang = useLang();
  const stages = [...LIFECYCLE_STAGES, 'unknown'].filter((s) => Array.from(meta.series.lifecycle[s] ?? []).some((v) => v > 0));
  return (
    <>
      <LineChart
        title={t('sim.lifecycleChart')}
        testId="sim-chart-lifecycle"
        days={meta.series.days}
        day={day}
        series={stages.map((s, k) => ({ key: s, label: s === 'unknown' ? t('sim.unknownStage') : (LIFECYCLE_LABELS[s as (typeof LIFECYCLE_STAGES)[number]]?.[lang] ?? s), color: PALETTE[k % PALETTE.length]!, values: meta.series.lifecycle[s]! }))}
      />
      {project.lists.length > 0 ? (
        <LineChart
          title={t('sim.listsChart')}
          testId="sim-chart-lists"
          days={meta.series.days}
          day={day}
          series={project.lists.map((l, k) => ({ key: l.id, label: l.name, color: PALETTE[(k + 1) % PALETTE.length]!, values: meta.series.lists[l.id] ?? new Int32Array(0) }))}
        />
      ) : null}
    </>
  );
});

function sankeyData(frame: Frame, w: number, meta: RunMeta, index: StepIndex | null, workflow: Workflow | undefined, project: Project, t: ReturnType<typeof useTranslation>['t']): SankeyData {
  const c = endStateCounts(frame, w);
  const unenrolled = c.unenrolled.reduce((n, u) => n + u.count, 0);
  const ends: SankeyNode[] = [{ key: 'in-progress', label: t('sim.inProgress'), value: c.inProgress, color: '#2f6fde' }];
  let byEndStep = 0;
  if (index && workflow && w >= 0) {
    index.edges.forEach((k, key) => {
      if (meta.edges[k]!.to !== null) return;
      const from = key.split('/')[0]!;
      const step = workflow.steps.find((s) => s.id === from);
      const value = frame.edges[k]!;
      byEndStep += value;
      // A path ending in a list reads best by the list's name.
      const list = step?.kind === 'add-to-list' ? project.lists.find((l) => l.id === step.list)?.name : undefined;
      const label = list ?? t('sim.endStep', { step: step ? stepTitle(step, t) : from });
      ends.push({ key: `end:${key}`, label, value, color: PALETTE[(ends.length + 1) % PALETTE.length]! });
    });
  }
  if (c.completed > byEndStep) ends.push({ key: 'completed', label: t('sim.completed'), value: c.completed - byEndStep, color: '#1b8a5a' });
  ends.push({ key: 'goal', label: t('sim.goal'), value: c.goal, color: '#0e8a99' }, { key: 'unenrolled', label: t('sim.unenrolled'), value: unenrolled, color: '#9aa5b1' });
  return { enrolled: c.enrolled, ends };
}

const ExportSection = memo(function ExportSection({ workflow }: { workflow: Workflow | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const platform = usePlatform();
  const { ui } = useStores();
  const store = useSimulationStore();
  const project = useDocument((s) => s.project);
  const done = (name: string) => ui.getState().notify({ tone: 'success', message: t('sim.exported', { name }) });
  const fail = (error: unknown) => ui.getState().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
  useAppCommand('file.exportResultsCsv', () => void saveResults(store.client, 'csv', project, platform).then(done, fail));
  const diagram = (format: 'svg' | 'png') => {
    const { meta, frame, ranProject } = store.getState();
    if (!meta || !frame || !workflow) return;
    saveDiagramWithCounts({ format, project: ranProject ?? project, workflow, meta, frame, lang, t }, platform).then(done, fail);
  };
  return (
    <section className="fb-sim-section" data-testid="sim-export">
      <h3 className="fb-sim-h">
        <Download size={14} aria-hidden /> {t('sim.export')}
      </h3>
      <div className="fb-sim-export">
        <button type="button" className="fb-button is-small" onClick={() => saveResults(store.client, 'csv', project, platform).then(done, fail)} data-testid="sim-export-csv">
          <FileSpreadsheet size={14} aria-hidden />
          {t('sim.exportCsv')}
        </button>
        <button type="button" className="fb-button is-small" onClick={() => saveResults(store.client, 'json', project, platform).then(done, fail)} data-testid="sim-export-json">
          <FileJson size={14} aria-hidden />
          {t('sim.exportJson')}
        </button>
        <button type="button" className="fb-button is-small" onClick={() => diagram('svg')} disabled={!workflow} data-testid="sim-export-svg">
          <Image size={14} aria-hidden />
          {t('sim.exportSvg')}
        </button>
        <button type="button" className="fb-button is-small" onClick={() => diagram('png')} disabled={!workflow} data-testid="sim-export-png">
          <Image size={14} aria-hidden />
          {t('sim.exportPng')}
        </button>
      </div>
    </section>
  );
});
