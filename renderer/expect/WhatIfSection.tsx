import { FlaskConical, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testContacts } from '../../engine/expect/index.ts';
import { signed } from '../../engine/study/index.ts';
import type { DelayEditWords } from '../../engine/whatif/index.ts';
import { asStepId, durationMinutes, type Lang, type PersonaId, type Project } from '../../engine/model/index.ts';
import { formatDuration } from '../canvas/summary.ts';
import { useCompare } from '../compare/context.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useLang, useText } from '../i18n/useLang.ts';
import { MAX_SPAN_DAYS } from '../../engine/schema/index.ts';
import { Checkbox, SelectField } from '../inspector/fields.tsx';
import { FormValidityScope, useFormValidity } from '../inspector/formValidity.tsx';
import { NumberField } from '../inspector/numberFields.tsx';
import { useSim } from '../simulator/context.tsx';
import { useSimTexts } from '../simulator/i18n.ts';
import type { RunMeta } from '../simulator/protocol.ts';
import { dayAt, dayPosition, formatDay, formatInstant, minuteToMs } from '../simulator/time.ts';
import { useStudy } from '../study/context.tsx';
import { WhatIfTimelines } from './WhatIfTimelines.tsx';
import { useDocument } from '../stores/context.tsx';
import { useExpectTexts } from './i18n.ts';
import { useExpect, useExpectStore } from './useExpect.ts';
import { askWhatIf } from './whatif-client.ts';
import type { WhatIfRequest } from './whatif-protocol.ts';
import { NO_PROPERTY, propertyChange, WhatIfProperty, type PropertyEdit } from './WhatIfProperty.tsx';
import { workflowEditSince } from './workflow-edit.ts';
import { cardName, distinctNames } from './whatif-names.ts';

const NO_DELAY = '__none__';

/** A persona's rate, in percent. */
const RATE_RULES = { min: 0, max: 100, percent: true };

/**
 * Where the run's contacts came from: what the run read (the sandbox chosen since may differ),
 * else the sandbox chosen, else the project's test population.
 */
function originOf(project: Project, ranOrigin: WhatIfRequest['origin'] | null, sandbox: string | null): WhatIfRequest['origin'] | null {
  if (ranOrigin) return ranOrigin;
  if (sandbox) return { sandbox };
  return project.tests ? { contacts: testContacts(project, project.tests.population) } : null;
}

/**
 * Where a what-if branches from the minute scrubbed to: that minute, or, while a study's or a
 * comparison's figures are shown (one value a day, "fin de journée" on the timeline), the end of
 * that day, the midnight ending it: the moment whose figures the canvas shows.
 */
export function branchMinute(meta: Pick<RunMeta, 'midnights' | 'lastMinute'>, minute: number, daily: boolean): number {
  if (!daily) return minute;
  return Math.min(meta.lastMinute, meta.midnights[dayAt(meta.midnights, minute) + 1] ?? meta.lastMinute);
}

/** In Simulate, under the setup: "What if from here…" changes a persona's rates from the current minute. */
export function WhatIfSection() {
  useExpectTexts();
  useSimTexts();
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const status = useSim((s) => s.status);
  const minute = useSim((s) => s.minute);
  const meta = useSim((s) => s.meta);
  const ran = useSim((s) => s.ranProject);
  const ranOrigin = useSim((s) => s.ranOrigin);
  const settings = useSim((s) => s.settings);
  const project = useDocument((s) => s.project);
  const activeId = useDocument((s) => s.activeWorkflowId);
  const workflow = project.workflows.find((w) => w.id === activeId);
  const store = useExpectStore();
  // Shown beside the run it branched from only: a new run (other settings) makes it stale.
  const result = useExpect((s) => (s.whatIf && s.whatIfOf === meta ? s.whatIf : null));
  const running = useExpect((s) => s.whatIfRunning);
  const [open, setOpen] = useState(false);
  const [persona, setPersona] = useState<string>('');
  const [rates, setRates] = useState<{ open: number; click: number; download: number } | null>(null);
  const [delay, setDelay] = useState<{ step: string; days: number | null; remove: boolean }>({ step: NO_DELAY, days: null, remove: false });
  const [property, setProperty] = useState<PropertyEdit>({ contact: '', property: NO_PROPERTY, value: '' });
  const [applyEdits, setApplyEdits] = useState(true);
  const text = useText();
  // A study or a comparison of this run shows one value a day, the day's end, as the timeline says.
  const study = useStudy((s) => (s.result !== null && s.result.meta === meta ? s.result : null));
  const compared = useCompare((s) => (s.result !== null && s.result.meta === meta ? s.result : null));
  const averaged = study ?? compared;
  // A field showing a refused value has not passed it on: a run now would use its old value.
  const fields = useFormValidity();
  if (status !== 'done' || !meta || !ran || !settings) return null;
  const chosen = ran.personas.find((p) => p.id === persona) ?? ran.personas[0];
  const current = rates ?? (chosen ? { open: chosen.openRate * 100, click: chosen.clickRate * 100, download: chosen.conversionRate * 100 } : null);
  const origin = originOf(ran, ranOrigin, settings.sandbox);
  // Delays of a set length of the open workflow, as the run had them.
  const delays = (ran.workflows.find((w) => w.id === workflow?.id)?.steps ?? []).flatMap((x) => (x.kind === 'delay' && x.delay.mode === 'duration' ? [x] : []));
  const edited = delays.find((x) => x.id === delay.step);
  // Each delay as its card names it ("Attendre 3 jours"), two alike told apart by the step before them.
  const ranWorkflow = ran.workflows.find((w) => w.id === workflow?.id);
  const delayLabelsIn = (l: Lang) => (ranWorkflow ? distinctNames(delays.map((x) => ({ step: x, workflow: ranWorkflow, name: cardName(x, ran, ranWorkflow, l) })), ran, l) : new Map<string, string>());
  const delayLabels = delayLabelsIn(lang);
  const editedDays = edited && edited.delay.mode === 'duration' ? (delay.days ?? Math.round((durationMinutes(edited.delay.duration) / 1440) * 100) / 100) : 0;
  // The preview says the edit in both languages (a switch of language redraws it): which delay, its length before and after.
  const delayWords = (x: (typeof delays)[number], l: Lang): DelayEditWords => {
    const tr = i18n.getFixedT(l);
    return { step: delayLabelsIn(l).get(x.id) ?? x.id, from: x.delay.mode === 'duration' ? formatDuration(x.delay.duration, tr) : '', to: delay.remove ? null : formatDuration({ amount: editedDays, unit: 'days' }, tr) };
  };
  const from = branchMinute(meta, minute, averaged !== null);
  // A moment said as the timeline says it: a day's end (the midnight ending it) with a study on screen, else the minute.
  const dayEnd = (m: number) => m > 0 && (meta.midnights.includes(m) || m === meta.lastMinute);
  const date = (m: number) =>
    averaged && dayEnd(m) ? t('sim.endOfDay', { date: formatDay(minuteToMs(meta.startMs, m - 1), meta.timeZone, lang) }) : formatInstant(minuteToMs(meta.startMs, m), meta.timeZone, lang);
  const number = (n: number) => formatNumber(n, lang);
  const propertyEdit = propertyChange(ran, property);
  // The open workflow edited on the canvas since the run: its steps switch at the minute shown.
  const edits = workflowEditSince(ran, workflow);
  const editing = edits && applyEdits ? edits : null;
  const run = () => {
    if (!chosen || !current || !origin || fields.anyInvalid()) return;
    store.setState({ whatIfRunning: true });
    void askWhatIf({
      project: ran,
      origin,
      options: {
        workflows: settings.workflow === 'all' ? undefined : [settings.workflow],
        startDate: settings.startDate,
        horizonDays: settings.horizonDays,
        seed: settings.seed,
        arrivals: { ...ran.simulation.arrivals, perDay: settings.arrivalsPerDay },
      },
      minute: from,
      changes: [{ persona: chosen.id as PersonaId, openRate: current.open / 100, clickRate: current.click / 100, conversionRate: current.download / 100 }],
      ...(propertyEdit ? { properties: [propertyEdit] } : {}),
      ...(editing ? { workflow: editing.workflow } : {}),
      ...(edited && workflow ? { delay: { workflow: workflow.id, step: asStepId(edited.id), minutes: delay.remove ? null : Math.round(editedDays * 1440), words: { fr: delayWords(edited, 'fr'), en: delayWords(edited, 'en') } } } : {}),
    }).then((answer) => store.setState({ whatIfRunning: false, whatIf: answer.ok ? answer : null, whatIfOf: meta }));
  };
  const changed = result && workflow ? result.steps.filter((s) => s.workflow === workflow.id && s.original !== s.changed) : [];
  // Each changed step as its card names it (a step deleted since, as it ran), told apart from the others listed.
  const changedSteps = changed.flatMap((s) => {
    const now = workflow?.steps.find((x) => x.id === s.step);
    if (now && workflow) return [{ step: now, workflow, name: cardName(now, project, workflow, lang) }];
    const ranIn = ran.workflows.find((w) => w.id === s.workflow);
    const then = ranIn?.steps.find((x) => x.id === s.step);
    return then && ranIn ? [{ step: then, workflow: ranIn, name: cardName(then, ran, ranIn, lang) }] : [];
  });
  const stepNames = distinctNames(changedSteps, project, lang);
  return (
    <section className="fb-sim-section fb-whatif" data-testid="whatif" data-state={running ? 'running' : result ? 'done' : 'idle'}>
      {!open ? (
        <button type="button" className="fb-button" onClick={() => setOpen(true)} data-testid="whatif-open">
          <FlaskConical size={14} aria-hidden />
          {t('expect.whatIf')}
        </button>
      ) : (
        <FormValidityScope validity={fields}>
          <h3 className="fb-sim-h" data-testid="whatif-title">
            {t('expect.whatIfTitle', { date: date(from) })}
          </h3>
          <p className="fb-muted fb-whatif-help">{t('expect.whatIfHelp')}</p>
          <SelectField
            label={t('expect.persona')}
            value={chosen?.id ?? ''}
            testId="whatif-persona"
            options={ran.personas.map((p) => ({ value: p.id as string, label: p.name }))}
            onChange={(v) => {
              setPersona(v);
              setRates(null);
            }}
          />
          {current ? (
            <div className="fb-whatif-rates">
              <NumberField label={t('expect.rateOpen')} value={current.open} testId="whatif-open-rate" rules={RATE_RULES} onChange={(v) => setRates({ ...current, open: v })} />
              <NumberField label={t('expect.rateClick')} value={current.click} testId="whatif-click-rate" rules={RATE_RULES} onChange={(v) => setRates({ ...current, click: v })} />
              <NumberField label={t('expect.rateDownload')} value={current.download} testId="whatif-download-rate" rules={RATE_RULES} onChange={(v) => setRates({ ...current, download: v })} />
            </div>
          ) : null}
          <SelectField
            label={t('expect.whatIfDelay')}
            value={delay.step}
            testId="whatif-delay"
            options={[{ value: NO_DELAY, label: t('expect.whatIfNoDelay') }, ...delays.map((x) => ({ value: x.id as string, label: delayLabels.get(x.id) ?? x.id }))]}
            onChange={(step) => setDelay({ step, days: null, remove: false })}
          />
          {edited ? (
            <div className="fb-whatif-rates">
              <NumberField label={t('expect.whatIfDelayDays')} value={editedDays} testId="whatif-delay-days" rules={{ min: 0, max: MAX_SPAN_DAYS, spanUnit: t('unitNames.days') }} onChange={(days) => setDelay({ ...delay, days })} />
              <Checkbox label={t('expect.whatIfDelayDelete')} checked={delay.remove} onChange={(remove) => setDelay({ ...delay, remove })} testId="whatif-delay-delete" />
            </div>
          ) : null}
          <WhatIfProperty project={ran} edit={property} onChange={setProperty} />
          {edits && workflow ? (
            <>
              <Checkbox label={t('expect.whatIfEdits', { name: workflow.name, count: edits.steps })} checked={applyEdits} onChange={setApplyEdits} testId="whatif-edits" />
              {applyEdits && edits.settings ? <p className="fb-muted" data-testid="whatif-edits-settings">{t('expect.whatIfEditsSettings')}</p> : null}
            </>
          ) : null}
          {!origin ? <p className="fb-field-error">{t('expect.whatIfNoContacts')}</p> : null}
          {fields.invalid > 0 ? (
            <p className="fb-field-error" id="whatif-run-reason" data-testid="whatif-run-reason">
              {t('expect.whatIfFixFields')}
            </p>
          ) : null}
          <button
            type="button"
            className="fb-button is-primary"
            onClick={run}
            disabled={running || !origin || !current || fields.invalid > 0}
            aria-describedby={fields.invalid > 0 ? 'whatif-run-reason' : undefined}
            data-testid="whatif-run"
          >
            {running ? t('expect.whatIfRunning') : t('expect.whatIfRun')}
          </button>
        </FormValidityScope>
      )}
      {result ? (
        <div className="fb-whatif-result" data-testid="whatif-result" data-minute={result.minute}>
          <div className="fb-whatif-result-head">
            <strong>{t('expect.whatIfTitle', { date: date(result.minute) })}</strong>
            <button type="button" className="fb-icon-button" onClick={() => store.setState({ whatIf: null })} aria-label={t('expect.whatIfClear')} title={t('expect.whatIfClear')}>
              <X size={14} />
            </button>
          </div>
          {averaged ? (
            <p className="fb-muted" data-testid="whatif-one-run">
              {t('expect.whatIfOneRun', { seed: settings.seed, count: averaged.replications })}
            </p>
          ) : null}
          {result.delayPreview ? <p data-testid="whatif-delay-preview">{text(result.delayPreview)}</p> : null}
          <p data-testid="whatif-opens">{t('expect.whatIfOpens', { from: number(result.opened[0]), to: number(result.opened[1]) })}</p>
          <p>{t('expect.whatIfClicks', { from: number(result.clicked[0]), to: number(result.clicked[1]) })}</p>
          <WhatIfTimelines result={result} project={ran} at={dayPosition(meta.midnights, minute)} />
          <p className="fb-muted">{changed.length > 0 ? t('expect.whatIfSteps') : t('expect.whatIfSame')}</p>
          <ul className="fb-whatif-steps">
            {changed.map((s) => (
              <li key={s.step} data-testid="whatif-step" data-step={s.step}>
                {t('expect.whatIfStepLine', { name: stepNames.get(s.step) ?? s.step, from: number(s.original), to: number(s.changed), delta: signed(s.changed - s.original, lang) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
