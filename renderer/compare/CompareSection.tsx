import { Copy, GitCompareArrows } from 'lucide-react';
import { RunsProgress } from '../study/RunsProgress.tsx';
import { useCallback, useEffect, useState } from 'react';
import { asProjectId } from '../../engine/model/index.ts';
import { DEFAULT_STUDY_REPLICATIONS, duplicateAsVariant } from '../../engine/study/index.ts';
import { newProjectId } from '../bootstrap.ts';
import { useWorkspace } from '../app/workspace.tsx';
import type { ProjectSummary } from '../persistence/library.ts';
import { useSim, useSimulationStore } from '../simulator/context.tsx';
import { runSettingsOf } from '../simulator/store.ts';
import { dayAt } from '../simulator/time.ts';
import { useDocument, useStores } from '../stores/context.tsx';
import { CompareExport } from './CompareExport.tsx';
import { CompareTable } from './CompareTable.tsx';
import { useCompare, useCompareStore } from './context.tsx';
import { comparisonAt } from './figures.ts';
import { useCompareT } from './i18n.ts';

/** Runs of a comparison when the run setting asks for one only: a study's default (engine/study/limits.ts). */
export const DEFAULT_COMPARE_REPLICATIONS = DEFAULT_STUDY_REPLICATIONS;

/**
 * "Compare with…" in Simulate: the open project (A, as it was run) against another project of
 * this computer (B), over the run's contacts and settings, on the study workers. A variant is made
 * by duplicating the project: same workflow and step ids, so every count is shared until B is edited.
 */
export function CompareSection() {
  const t = useCompareT();
  const { library } = useWorkspace();
  const { ui } = useStores();
  const project = useDocument((s) => s.project);
  const meta = useSim((s) => s.meta);
  const ranProject = useSim((s) => s.ranProject);
  const ranOrigin = useSim((s) => s.ranOrigin);
  const settings = useSim((s) => s.settings);
  const minute = useSim((s) => s.frame?.minute ?? null);
  const store = useCompareStore();
  const simStore = useSimulationStore();
  const status = useCompare((s) => s.status);
  const done = useCompare((s) => s.done);
  const total = useCompare((s) => s.total);
  const error = useCompare((s) => s.error);
  const result = useCompare((s) => s.result);
  const [others, setOthers] = useState<readonly ProjectSummary[]>([]);
  const [chosen, setChosen] = useState('');

  const refresh = useCallback(async () => {
    const all = (await library?.list()) ?? [];
    setOthers(all.filter((p) => p.id !== project.id));
  }, [library, project.id]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (!library || !meta || !ranProject || ranProject.id !== project.id || !settings) return null;
  const notify = (tone: 'success' | 'error', message: string) => ui.getState().notify({ tone, message });
  const picked = others.some((p) => p.id === chosen) ? chosen : (others[0]?.id ?? '');

  const duplicate = async () => {
    const variant = { ...duplicateAsVariant(project), id: asProjectId(newProjectId()) };
    await library.saveCopy(variant);
    await refresh();
    setChosen(variant.id);
    notify('success', t('compare.duplicated', { name: variant.name }));
  };
  const run = async () => {
    const b = picked ? await library.read(picked) : null;
    if (!b) return notify('error', t('compare.unreadable'));
    if (!ranOrigin) return;
    const replications = settings.replications > 1 ? settings.replications : DEFAULT_COMPARE_REPLICATIONS;
    await store.getState().start({ a: ranProject, b, origin: ranOrigin, settings: runSettingsOf(settings, ranProject), replications, meta });
    // A run leaves the clock at its start, where A and B cannot differ yet: a review read "no
    // clear difference" there and concluded B changed nothing. The comparison first shows the
    // last day, as `flowbench compare` does, unless the user has moved the clock.
    const sim = simStore.getState();
    if (store.getState().status === 'done' && sim.meta === meta && sim.minute === 0 && !sim.playing) await sim.seek(meta.lastMinute);
  };
  const shown = result && result.meta === meta && minute !== null ? comparisonAt(result, dayAt(meta.midnights, minute)) : null;

  return (
    <section className="fb-sim-section fb-compare" data-testid="compare-section" data-state={shown ? 'done' : status}>
      <h3 className="fb-sim-h">
        <GitCompareArrows size={14} aria-hidden /> {t('compare.title')}
      </h3>
      <p className="fb-help">{t('compare.help')}</p>
      <div className="fb-compare-pick">
        <label className="fb-field">
          <span className="fb-label">{t('compare.variant')}</span>
          <select className="fb-input" value={picked} onChange={(e) => setChosen(e.target.value)} disabled={others.length === 0} data-testid="compare-variant">
            {others.length === 0 ? <option value="">{t('compare.none')}</option> : null}
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="fb-button is-small" onClick={() => void duplicate()} data-testid="compare-duplicate">
          <Copy size={14} aria-hidden />
          {t('compare.duplicate')}
        </button>
      </div>
      {status === 'running' ? (
        <RunsProgress done={done} total={total} label={t('compare.progress', { done, total })} cancelLabel={t('compare.cancel')} onCancel={() => store.getState().cancel()} testId="compare" />
      ) : (
        <button type="button" className="fb-button is-primary is-small fb-compare-run" disabled={!picked} onClick={() => void run()} data-testid="compare-run">
          <GitCompareArrows size={14} aria-hidden />
          {t('compare.run')}
        </button>
      )}
      {status === 'cancelled' ? (
        <p className="fb-sim-note" role="status" data-testid="compare-cancelled">
          {t('compare.cancelled')}
        </p>
      ) : null}
      {status === 'failed' && error ? <p className="fb-field-error">{t('compare.failed', { message: error })}</p> : null}
      {shown ? (
        <>
          <CompareTable at={shown} />
          <CompareExport />
        </>
      ) : null}
    </section>
  );
}
