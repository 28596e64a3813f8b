import { FlaskConical, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { testContacts } from '../../engine/expect/index.ts';
import { asStepId, durationMinutes, type PersonaId, type Project } from '../../engine/model/index.ts';
import { formatDuration, stepTitle } from '../canvas/summary.ts';
import { useLang, useText } from '../i18n/useLang.ts';
import { MAX_SPAN_DAYS } from '../../engine/schema/index.ts';
import { Checkbox, FormValidityScope, NumberField, SelectField, useFormValidity } from '../inspector/fields.tsx';
import { useSim } from '../simulator/context.tsx';
import { dayPosition, formatInstant } from '../simulator/time.ts';
import { WhatIfTimelines } from './WhatIfTimelines.tsx';
import { useDocument } from '../stores/context.tsx';
import { useExpectTexts } from './i18n.ts';
import { useExpect, useExpectStore } from './useExpect.ts';
import { askWhatIf } from './whatif-client.ts';
import type { WhatIfRequest } from './whatif-protocol.ts';
import { NO_PROPERTY, propertyChange, WhatIfProperty, type PropertyEdit } from './WhatIfProperty.tsx';
import { workflowEditSince } from './workflow-edit.ts';

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

/** In Simulate, under the setup: "What if from here…" changes a persona's rates from the current minute. */
export function WhatIfSection() {
  useExpectTexts();
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const status = useSim((s) => s.status);
  const minute = useSim((s) => s.minute);
  const meta = useSim((s) => s.meta);
  const ran = useSim((s) => s.ranProject);
  const ranOrigin = useSim((s) => s.ranOrigin);
  const settings = useSim((s) => s.settings);
  const workflow = useDocument((s) => s.project.workflows.find((w) => w.id === s.activeWorkflowId));
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
  // A field showing a refused value has not passed it on: a run now would use its old value.
  const fields = useFormValidity();
  if (status !== 'done' || !meta || !ran || !settings) return null;
  const chosen = ran.personas.find((p) => p.id === persona) ?? ran.personas[0];
  const current = rates ?? (chosen ? { open: chosen.openRate * 100, click: chosen.clickRate * 100, download: chosen.conversionRate * 100 } : null);
  const origin = originOf(ran, ranOrigin, settings.sandbox);
  // Delays of a set length of the open workflow, as the run had them.
  const delays = (ran.workflows.find((w) => w.id === workflow?.id)?.steps ?? []).flatMap((x) => (x.kind === 'delay' && x.delay.mode === 'duration' ? [x] : []));
  const edited = delays.find((x) => x.id === delay.step);
  // "Délai 3 jours": two delays of a workflow read apart.
  const delayName = (x: (typeof delays)[number], tr: TFunction = t) => x.title?.trim() || (x.delay.mode === 'duration' ? `${stepTitle(x, tr)} ${formatDuration(x.delay.duration, tr)}` : stepTitle(x, tr));
  // The preview is said in both languages (a switch of language redraws it): the step's name too.
  const delayNames = (x: (typeof delays)[number]) => ({ fr: delayName(x, i18n.getFixedT('fr')), en: delayName(x, i18n.getFixedT('en')) });
  const editedDays = edited && edited.delay.mode === 'duration' ? (delay.days ?? Math.round((durationMinutes(edited.delay.duration) / 1440) * 100) / 100) : 0;
  const date = (m: number) => formatInstant(meta.startMs + m * 60_000, meta.timeZone, lang);
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
      minute,
      changes: [{ persona: chosen.id as PersonaId, openRate: current.open / 100, clickRate: current.click / 100, conversionRate: current.download / 100 }],
      ...(propertyEdit ? { properties: [propertyEdit] } : {}),
      ...(editing ? { workflow: editing.workflow } : {}),
      ...(edited && workflow ? { delay: { workflow: workflow.id, step: asStepId(edited.id), minutes: delay.remove ? null : Math.round(editedDays * 1440), name: delayNames(edited) } } : {}),
    }).then((answer) => store.setState({ whatIfRunning: false, whatIf: answer.ok ? answer : null, whatIfOf: meta }));
  };
  const changed = result && workflow ? result.steps.filter((s) => s.workflow === workflow.id && s.original !== s.changed) : [];
  return (
    <section className="fb-sim-section fb-whatif" data-testid="whatif" data-state={running ? 'running' : result ? 'done' : 'idle'}>
      {!open ? (
        <button type="button" className="fb-button" onClick={() => setOpen(true)} data-testid="whatif-open">
          <FlaskConical size={14} aria-hidden />
          {t('expect.whatIf')}
        </button>
      ) : (
        <FormValidityScope validity={fields}>
          <h3 className="fb-sim-h">{t('expect.whatIfTitle', { date: date(minute) })}</h3>
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
            options={[{ value: NO_DELAY, label: t('expect.whatIfNoDelay') }, ...delays.map((x) => ({ value: x.id as string, label: delayName(x) }))]}
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
          {result.delayPreview ? <p data-testid="whatif-delay-preview">{text(result.delayPreview)}</p> : null}
          <p data-testid="whatif-opens">{t('expect.whatIfOpens', { from: result.opened[0], to: result.opened[1] })}</p>
          <p>{t('expect.whatIfClicks', { from: result.clicked[0], to: result.clicked[1] })}</p>
          <WhatIfTimelines result={result} project={ran} at={dayPosition(meta.midnights, minute)} />
          <p className="fb-muted">{changed.length > 0 ? t('expect.whatIfSteps') : t('expect.whatIfSame')}</p>
          <ul className="fb-whatif-steps">
            {changed.map((s) => {
              // A step deleted since the run is named as it ran.
              const step = workflow?.steps.find((x) => x.id === s.step) ?? ran.workflows.find((w) => w.id === s.workflow)?.steps.find((x) => x.id === s.step);
              const delta = s.changed - s.original;
              return (
                <li key={s.step} data-testid="whatif-step" data-step={s.step}>
                  {step ? stepTitle(step, t) : s.step}: {s.original} → {s.changed} ({delta > 0 ? `+${delta}` : delta})
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
