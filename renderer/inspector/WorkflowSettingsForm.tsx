import { MAX_NAME_LENGTH } from '../../engine/schema/index.ts';
import { X } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setWorkflowSettings, type WorkflowSettingsPatch } from '../../engine/edit/index.ts';
import { WEEKDAYS, WORKFLOW_TYPES, type Workflow, type WorkflowId, type WorkflowTiming, type WorkflowType } from '../../engine/model/index.ts';
import { formatDate } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import { useDocument } from '../stores/context.tsx';
import { useCommands } from '../stores/useCommands.ts';
import { CriteriaBuilder } from './criteria/CriteriaBuilder.tsx';
import { Checkbox, DateField, Field, isCalendarDate, isTime, SelectField, TextField } from './fields.tsx';
import { PropertyPicker } from './pickers.tsx';
import { UnenrollSettings } from '../hubspot/UnenrollSettings.tsx';

function Section({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  return (
    <section className="fb-section">
      <h3 className="fb-section-title">{title}</h3>
      {help ? <p className="fb-help">{help}</p> : null}
      {children}
    </section>
  );
}

/** Type, enrollment, goal, suppression, unenrollment, execution window, blocked dates. */
export function WorkflowSettingsForm({ workflow }: { workflow: Workflow }) {
  const { t } = useTranslation();
  const lang = useLang();
  const project = useDocument((s) => s.project);
  const commands = useCommands();
  const [name, setName] = useState(workflow.name);
  const [blocked, setBlocked] = useState('');
  // Undo, redo or another workflow: show the document's name unless the field is being fixed.
  useEffect(() => setName((current) => (current.trim() === '' ? current : workflow.name)), [workflow.name]);
  const patch = (p: WorkflowSettingsPatch, coalesce?: string) => commands.edit((wf) => setWorkflowSettings(wf, p), coalesce);
  const e = workflow.enrollment;
  const timing = workflow.timing;
  const setType = (type: WorkflowType) => {
    const next: WorkflowTiming =
      type === 'fixed-date' ? { type, anchorDate: project.simulation.startDate } : type === 'date-property' ? { type, anchorProperty: 'birthday', recurAnnually: true } : { type };
    patch({ timing: next });
  };
  const execWindow = workflow.executionWindow;
  const others = project.workflows.filter((w) => w.id !== workflow.id);
  const unenroll = workflow.unenrollFromOthers;

  return (
    <div className="fb-inspector-body" data-testid="workflow-settings">
      <div className="fb-inspector-head">
        <div className="fb-inspector-title">
          <h2>{t('inspector.workflowSettings')}</h2>
        </div>
      </div>
      <div className="fb-form">
        <Section title={t('settings.section.general')}>
          <Field label={t('settings.name')} error={name.trim() === '' ? t('inspector.required') : null}>
            {(id) => (
              <input
                id={id}
                className="fb-input"
                value={name}
                maxLength={MAX_NAME_LENGTH}
                data-testid="settings-name"
                onChange={(ev) => {
                  setName(ev.target.value);
                  if (ev.target.value.trim() !== '') patch({ name: ev.target.value }, 'workflow-name');
                }}
              />
            )}
          </Field>
          <TextField label={t('settings.description')} value={workflow.description ?? ''} multiline onChange={(description) => patch({ description }, 'workflow-description')} />
          <Checkbox label={t('settings.enabled')} checked={workflow.enabled} onChange={(enabled) => patch({ enabled })} />
          {/* The types' names alone in the menu, what each changes under it: a sentence in the menu was cut at the inspector's width. */}
          <SelectField label={t('settings.type')} value={timing.type} testId="settings-type" options={WORKFLOW_TYPES.map((w) => ({ value: w, label: t(`settings.types.${w}`) }))} help={t(`settings.typeHelp.${timing.type}`)} onChange={setType} />
          {timing.type === 'fixed-date' ? <DateField label={t('settings.anchorDate')} value={timing.anchorDate} onChange={(anchorDate) => patch({ timing: { ...timing, anchorDate } })} testId="settings-anchor-date" /> : null}
          {timing.type === 'date-property' ? (
            <>
              <PropertyPicker label={t('settings.anchorProperty')} project={project} types={['date']} value={timing.anchorProperty} onChange={(anchorProperty) => patch({ timing: { ...timing, anchorProperty } })} testId="settings-anchor-property" />
              <Checkbox label={t('settings.recurAnnually')} checked={timing.recurAnnually} onChange={(recurAnnually) => patch({ timing: { ...timing, recurAnnually } })} />
            </>
          ) : null}
        </Section>

        <Section title={t('settings.triggers')} help={t('settings.triggersHelp')}>
          <CriteriaBuilder criteria={e.triggers} project={project} testId="triggers" onChange={(triggers) => patch({ enrollment: { ...e, triggers } })} />
          <Checkbox label={t('settings.enrollExisting')} checked={e.enrollExisting} onChange={(v) => patch({ enrollment: { ...e, enrollExisting: v } })} />
          <Checkbox label={t('settings.reenroll')} checked={e.reenroll} onChange={(v) => patch({ enrollment: { ...e, reenroll: v } })} testId="settings-reenroll" />
        </Section>

        <UnenrollSettings workflow={workflow} project={project} patch={(p) => patch(p)} />

        <Section title={t('settings.unenrollOthers')}>
          <SelectField
            label={t('settings.unenrollOthers')}
            value={unenroll.mode}
            options={(['none', 'all', 'selected'] as const).map((m) => ({ value: m, label: t(`settings.unenrollModes.${m}`) }))}
            onChange={(mode) => patch({ unenrollFromOthers: mode === 'selected' ? { mode, workflows: [] } : { mode } })}
          />
          {unenroll.mode === 'selected' ? (
            <div className="fb-chips">
              {others.map((w) => {
                const on = unenroll.workflows.includes(w.id);
                return (
                  <label key={w.id} className={`fb-chip${on ? ' is-on' : ''}`}>
                    <input type="checkbox" checked={on} onChange={(ev) => patch({ unenrollFromOthers: { mode: 'selected', workflows: ev.target.checked ? [...unenroll.workflows, w.id] : unenroll.workflows.filter((x: WorkflowId) => x !== w.id) } })} />
                    {w.name}
                  </label>
                );
              })}
            </div>
          ) : null}
        </Section>

        <Section title={t('settings.window')} help={t('settings.windowHelp')}>
          <Checkbox
            label={t('settings.useWindow')}
            checked={execWindow !== null}
            testId="settings-use-window"
            onChange={(on) => patch({ executionWindow: on ? { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '18:00' } : null })}
          />
          {execWindow ? <WindowEditor value={execWindow} onChange={(executionWindow) => patch({ executionWindow })} /> : null}
        </Section>

        <Section title={t('settings.blockedDates')}>
          {workflow.blockedDates.length === 0 ? <p className="fb-empty-small">{t('settings.noBlockedDates')}</p> : null}
          <div className="fb-chips">
            {workflow.blockedDates.map((d) => (
              <span key={d} className="fb-chip is-on">
                {formatDate(d, lang)}
                <button type="button" className="fb-chip-remove" aria-label={`${t('resources.remove')} ${d}`} onClick={() => patch({ blockedDates: workflow.blockedDates.filter((x) => x !== d) })}>
                  <X size={12} />
                </button>
              </span>
            ))}
          </div>
          <div className="fb-row">
            <input className="fb-input" type="date" value={blocked} aria-label={t('settings.addBlockedDate')} onChange={(ev) => setBlocked(ev.target.value)} data-testid="blocked-date" />
            <button
              type="button"
              className="fb-button is-small"
              disabled={!isCalendarDate(blocked) || workflow.blockedDates.includes(blocked)}
              onClick={() => {
                patch({ blockedDates: [...workflow.blockedDates, blocked].sort() });
                setBlocked('');
              }}
            >
              {t('settings.addBlockedDate')}
            </button>
          </div>
          <TextField label={t('settings.timeZone')} value={workflow.timeZone} onChange={(timeZone) => isTimeZone(timeZone) && patch({ timeZone }, 'time-zone')} />
        </Section>
      </div>
    </div>
  );
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}

function WindowEditor({ value, onChange }: { value: NonNullable<Workflow['executionWindow']>; onChange: (w: NonNullable<Workflow['executionWindow']>) => void }) {
  const { t } = useTranslation();
  const [start, setStart] = useState(value.start);
  const [end, setEnd] = useState(value.end);
  useEffect(() => {
    setStart(value.start);
    setEnd(value.end);
  }, [value.start, value.end]);
  const order = isTime(start) && isTime(end) && end <= start ? t('inspector.windowOrder') : null;
  const commit = (s: string, e: string) => {
    if (isTime(s) && isTime(e) && e > s) onChange({ ...value, start: s, end: e });
  };
  return (
    <>
      <div className="fb-chips">
        {WEEKDAYS.map((d) => {
          const on = value.days.includes(d);
          return (
            <label key={d} className={`fb-chip${on ? ' is-on' : ''}`}>
              <input type="checkbox" checked={on} disabled={on && value.days.length === 1} onChange={(ev) => onChange({ ...value, days: WEEKDAYS.filter((x) => (x === d ? ev.target.checked : value.days.includes(x))) })} />
              {t(`weekdays.${d}`)}
            </label>
          );
        })}
      </div>
      <div className="fb-row">
        <Field label={t('settings.start')} error={isTime(start) ? null : t('inspector.badTime')}>
          {(id) => <input id={id} className="fb-input" type="time" value={start} data-testid="window-start" onChange={(ev) => { setStart(ev.target.value); commit(ev.target.value, end); }} />}
        </Field>
        <Field label={t('settings.end')} error={isTime(end) ? order : t('inspector.badTime')}>
          {(id) => <input id={id} className="fb-input" type="time" value={end} data-testid="window-end" onChange={(ev) => { setEnd(ev.target.value); commit(start, ev.target.value); }} />}
        </Field>
      </div>
    </>
  );
}
