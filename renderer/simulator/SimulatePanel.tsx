import { Activity, Download, FileJson, FileSpreadsheet, Image } from 'lucide-react';
import { useBilingual } from '../i18n/bilingual.ts';
import { memo, useEffect, useMemo, type ReactNode } from 'react';
import { useAppCommand } from '../platform/appCommands.ts';
import { useTranslation } from 'react-i18next';
import { ENROLLMENT, type Project, type Workflow } from '../../engine/model/index.ts';
import { stepTitle } from '../canvas/summary.ts';
import { useLang } from '../i18n/useLang.ts';
import { usePlatform } from '../platform/index.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import { useSim, useSimulationStore } from './context.tsx';
import { endStateCounts } from '../../engine/results/index.ts';
import { END_COLORS, endStepColor, listColor } from './colors.ts';
import { EndStates, Totals } from './EndStates.tsx';
import { saveDiagramWithCounts, saveResults } from './exportResults.ts';
import { useSimTexts } from './i18n.ts';
import { JourneyView } from './JourneyView.tsx';
import type { Frame, RunMeta } from './protocol.ts';
import { Sankey, type Range, type SankeyData, type SankeyNode } from './Sankey.tsx';
import { SimSetup } from './SimSetup.tsx';
import { StepContacts } from './StepContacts.tsx';
import { dayAt } from './time.ts';
import { useStepIndex, type StepIndex } from './useStepIndex.ts';
import { useThrottled } from './useThrottled.ts';
import { WhatIfSection } from '../expect/WhatIfSection.tsx';
import { cellKey, studyAt, type StudyAt } from '../study/figures.ts';
import { comparisonAt, type ComparisonAt } from '../compare/figures.ts';
import { useCompare } from '../compare/context.tsx';
import { SeriesCharts } from './SeriesCharts.tsx';
import { ContactsStaleNote } from './ContactsStale.tsx';
import { useStudy } from '../study/context.tsx';
import { StudyNote } from '../study/StudyNote.tsx';
import { StudyExport } from '../study/StudyExport.tsx';
import { CompareSection } from '../compare/CompareSection.tsx';

/**
 * The right-hand panel in Simulate mode: settings and run, then what happened at this instant.
 * `covered`: another panel (Resources) has its place for now; it stays mounted, so it comes back
 * as it was, scrolled where it was (unmounted, it came back at the top).
 */
export function SimulatePanel({ workflow, covered = false }: { workflow: Workflow | undefined; covered?: boolean }) {
  useSimTexts();
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const store = useSimulationStore();
  const meta = useSim((s) => s.meta);
  const focus = useSim((s) => s.focus);
  const selected = useUi((s) => s.selected);
  const { ui } = useStores();
  const index = useStepIndex(workflow);
  const open = useSim((s) => s.panels.results);

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

  // Hidden, the panel keeps its place in the tree (and its open list), only not its room.
  return (
    <aside className="fb-inspector fb-sim-panel" hidden={!open || covered} aria-label={t('sim.setupTitle')} data-testid="sim-panel">
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
        {!focus ? <WhatIfSection /> : null}
        {!focus ? <CompareSection /> : null}
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
  const result = useStudy((s) => s.result);
  // The study at the day of the frame the panel shows (throttled), not of the latest one.
  const study = useMemo(() => (frame && result && result.meta === props.meta ? studyAt(result, dayAt(props.meta.midnights, frame.minute)) : null), [frame, result, props.meta]);
  const compared = useCompare((s) => s.result);
  const comparison = useMemo(() => (frame && compared && compared.meta === props.meta ? comparisonAt(compared, dayAt(props.meta.midnights, frame.minute)) : null), [frame, compared, props.meta]);
  return frame ? <Results {...props} frame={frame} study={study} comparison={comparison} /> : null;
}

const Results = memo(function Results({
  meta,
  frame,
  index,
  project,
  workflow,
  study,
  comparison,
}: {
  meta: RunMeta;
  frame: Frame;
  index: StepIndex | null;
  project: Project;
  workflow: Workflow | undefined;
  study: StudyAt | null;
  comparison: ComparisonAt | null;
}) {
  const { t } = useTranslation();
  const w = index && index.workflow >= 0 ? index.workflow : -1;
  return (
    // data-minute: the instant the panel shows (it follows the scrubber a few times a second).
    <div className="fb-sim-results" data-testid="sim-results" data-minute={frame.minute}>
      <ContactsStaleNote />
      <StudyNote at={study} />
      <EndStates frame={frame} workflow={w} project={project} workflowId={w >= 0 ? meta.workflows[w]?.id : undefined} study={study} />
      <Totals frame={frame} shape={meta} workflow={w} conversions={meta.totals.conversions} study={study} />
      <section className="fb-sim-section">
        <h3 className="fb-sim-h">{t('sim.charts')}</h3>
        <Sankey data={sankeyData(frame, w, meta, index, workflow, project, t, study)} />
        <SeriesCharts meta={meta} frame={frame} project={project} study={study} comparison={comparison} />
      </section>
      {/* The study's files in the same section, under the run's (they sat outside it, flush with the panel's edge). */}
      <ExportSection workflow={workflow}>{study ? <StudyExport /> : null}</ExportSection>
    </div>
  );
});


/**
 * Where the enrolled contacts went, as the end states above count them: with a study, the means
 * of the workflow on the canvas (its end states and the paths ending its branches), as the rows.
 */
function sankeyData(
  frame: Frame,
  w: number,
  meta: RunMeta,
  index: StepIndex | null,
  workflow: Workflow | undefined,
  project: Project,
  t: ReturnType<typeof useTranslation>['t'],
  study: StudyAt | null,
): SankeyData {
  const run = endStateCounts(frame, w);
  const id = w >= 0 ? meta.workflows[w]?.id : undefined;
  // With a study, each node is its cell's mean (unrounded while the remainder of the completed is
  // worked out, each rounded at the end) and carries its interval, as every other figure does.
  const node = (value: number, key: () => string): { value: number; range?: Range } => {
    const f = study && id ? study.figure(key()) : null;
    return f ? { value: f.mean, range: { lo: f.lo, hi: f.hi } } : { value };
  };
  const state = (name: string, value: number) => node(value, () => cellKey.workflow(id!, name));
  const enrolled = state('enrolled', run.enrolled);
  const completed = state('completed', run.completed);
  const ends: SankeyNode[] = [{ key: 'in-progress', label: t('sim.inProgress'), color: END_COLORS['in-progress'], ...state('in-progress', run.inProgress) }];
  let endSteps = 0;
  let pathEnds = 0;
  let byEndStep = 0;
  if (index && workflow && w >= 0) {
    index.edges.forEach((k, key) => {
      if (meta.edges[k]!.to !== null) return;
      const from = key.split('/')[0]!;
      const step = workflow.steps.find((s) => s.id === from);
      const end = node(frame.edges[k]!, () => cellKey.edge(workflow.id, key));
      byEndStep += end.value;
      pathEnds++;
      // A path ending in a list reads best by the list's name.
      const list = step?.kind === 'add-to-list' ? project.lists.find((l) => l.id === step.list) : undefined;
      const label = list?.name ?? t('sim.endStep', { step: step ? stepTitle(step, t) : from });
      ends.push({ key: `end:${key}`, label, color: list ? listColor(project, list.id) : endStepColor(endSteps++), ...end });
    });
  }
  // The completed no end of path counts: with no path ending here, the completed cell itself (its
  // interval with it); else a difference of means that no cell follows, so no interval (rare: a
  // completed contact ends a path).
  if (Math.round(completed.value - byEndStep) > 0) {
    ends.push({ key: 'completed', label: t('sim.completed'), color: END_COLORS.completed, ...(pathEnds === 0 ? completed : { value: completed.value - byEndStep }) });
  }
  ends.push({ key: 'goal', label: t('sim.goal'), color: END_COLORS.goal, ...state('goal', run.goal) }, { key: 'unenrolled', label: t('sim.unenrolled'), color: END_COLORS.unenrolled, ...state('unenrolled', run.unenrolled) });
  return { enrolled: Math.round(enrolled.value), ...(enrolled.range ? { enrolledRange: enrolled.range } : {}), ends: ends.map((n) => ({ ...n, value: Math.round(n.value) })) };
}

const ExportSection = memo(function ExportSection({ workflow, children }: { workflow: Workflow | undefined; children?: ReactNode }) {
  const { t } = useTranslation();
  const both = useBilingual();
  const lang = useLang();
  const platform = usePlatform();
  const { ui } = useStores();
  const store = useSimulationStore();
  const project = useDocument((s) => s.project);
  const done = (name: string) => ui.getState().notify({ tone: 'success', message: both('sim.exported', { name }) });
  const fail = (error: unknown) => ui.getState().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
  useAppCommand('file.exportResultsCsv', () => void saveResults(store.client, 'csv', project, lang, platform).then(done, fail));
  const studied = useStudy((s) => s.result);
  const diagram = (format: 'svg' | 'png') => {
    const { meta, frame, ranProject } = store.getState();
    if (!meta || !frame || !workflow) return;
    const study = studied && studied.meta === meta ? studyAt(studied, dayAt(meta.midnights, frame.minute)) : null;
    // After a study, the image says what the canvas says: the means at the end of the day shown, with their intervals.
    saveDiagramWithCounts({ format, project: ranProject ?? project, workflow, meta, frame, study, lang, t }, platform).then(done, fail);
  };
  return (
    <section className="fb-sim-section" data-testid="sim-export">
      <h3 className="fb-sim-h">
        <Download size={14} aria-hidden /> {t('sim.export')}
      </h3>
      <div className="fb-sim-export">
        <button type="button" className="fb-button is-small" onClick={() => saveResults(store.client, 'csv', project, lang, platform).then(done, fail)} data-testid="sim-export-csv">
          <FileSpreadsheet size={14} aria-hidden />
          {t('sim.exportCsv')}
        </button>
        <button type="button" className="fb-button is-small" onClick={() => saveResults(store.client, 'json', project, lang, platform).then(done, fail)} data-testid="sim-export-json">
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
      {children}
    </section>
  );
});
