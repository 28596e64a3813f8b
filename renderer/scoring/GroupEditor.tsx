import { MAX_NAME_LENGTH } from '../../engine/schema/index.ts';
import { Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Project, ScoreGroup, ScoreModel } from '../../engine/model/index.ts';
import { Field, Select } from '../inspector/fields.tsx';
import { NumberInput } from '../inspector/numberFields.tsx';
import { DAYS_RULES, DECAY_PERCENT_RULES } from './field-rules.ts';
import { newRule, setRule, timingOf, withTiming, type Timing } from './model-edit.ts';
import { RuleEditor } from './RuleEditor.tsx';
import { LimitInput } from './LimitInput.tsx';

/** One score group: name, limit, the timing of its events (engagement), and its rules. */
export function GroupEditor({ group, model, project, onChange }: { group: ScoreGroup; model: ScoreModel; project: Project; onChange: (g: ScoreGroup | null) => void }) {
  const { t } = useTranslation();
  const timing = timingOf(group);
  const engagement = group.kind === 'engagement';
  const days = { ...DAYS_RULES, spanUnit: t('unitNames.days') };
  return (
    <section className={`fb-scoring-group is-${group.kind}`} data-testid="scoring-group" data-group-id={group.id} aria-label={group.name}>
      <div className="fb-scoring-group-head">
        <span className="fb-scoring-kind">{t(`scoring.kind.${group.kind}`)}</span>
        <input maxLength={MAX_NAME_LENGTH} className="fb-input" value={group.name} aria-label={t('scoring.groupName')} onChange={(e) => onChange({ ...group, name: e.target.value })} data-testid="scoring-group-name" />
        <button type="button" className="fb-icon-button" onClick={() => onChange(null)} aria-label={t('scoring.removeGroup')} title={t('scoring.removeGroup')}>
          <X size={16} />
        </button>
      </div>
      <div className="fb-scoring-settings">
        <LimitInput label={t('scoring.groupLimit')} value={group.limit} onChange={(limit) => onChange({ ...group, limit })} testId="scoring-group-limit" />
        {engagement ? (
          <Field label={t('scoring.timing')}>
            {(id) => (
              <Select<Timing>
                id={id}
                value={timing}
                testId="scoring-group-timing"
                options={(['always', 'time-frame', 'decay'] as const).map((v) => ({ value: v, label: t(`scoring.timings.${v}`) }))}
                onChange={(v) => onChange(withTiming(group, v))}
              />
            )}
          </Field>
        ) : null}
        {timing === 'time-frame' ? (
          <Field label={t('scoring.timeFrameDays')}>
            {(id) => <NumberInput id={id} value={group.timeFrameDays ?? 30} onChange={(d) => onChange({ ...group, timeFrameDays: d })} rules={days} testId="scoring-time-frame" />}
          </Field>
        ) : null}
        {timing === 'decay' && group.decay ? (
          <>
            <Field label={t('scoring.decayPercent')} help={t('scoring.decayHelp')}>
              {(id) => <NumberInput id={id} value={group.decay!.percent} onChange={(percent) => onChange({ ...group, decay: { ...group.decay!, percent } })} rules={DECAY_PERCENT_RULES} testId="scoring-decay-percent" />}
            </Field>
            <Field label={t('scoring.decayEvery')}>
              {(id) => <NumberInput id={id} value={group.decay!.everyDays} onChange={(everyDays) => onChange({ ...group, decay: { ...group.decay!, everyDays } })} rules={days} testId="scoring-decay-days" />}
            </Field>
          </>
        ) : null}
      </div>
      <div className="fb-scoring-rules">
        {group.rules.length === 0 ? <div className="fb-empty-small">{t('scoring.noRules')}</div> : null}
        {group.rules.map((rule, k) => (
          <RuleEditor key={rule.id} rule={rule} project={project} onChange={(r) => onChange(setRule(group, k, r))} />
        ))}
        <div className="fb-scoring-actions">
          {engagement ? (
            <button type="button" className="fb-button is-ghost" onClick={() => onChange({ ...group, rules: [...group.rules, newRule(model, 'event', t('scoring.newRule'))] })} data-testid="scoring-add-event-rule">
              <Plus size={14} aria-hidden />
              {t('scoring.addEventRule')}
            </button>
          ) : null}
          <button type="button" className="fb-button is-ghost" onClick={() => onChange({ ...group, rules: [...group.rules, newRule(model, 'criteria', t('scoring.newRule'))] })} data-testid="scoring-add-criteria-rule">
            <Plus size={14} aria-hidden />
            {t('scoring.addCriteriaRule')}
          </button>
        </div>
      </div>
    </section>
  );
}
