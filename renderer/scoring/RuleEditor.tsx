import { MAX_NAME_LENGTH } from '../../engine/schema/index.ts';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Project, ScoreEvent, ScoreModelRule } from '../../engine/model/index.ts';
import { CriteriaBuilder } from '../inspector/criteria/CriteriaBuilder.tsx';
import { Field, Select } from '../inspector/fields.tsx';
import { NumberInput } from '../inspector/numberFields.tsx';
import { POINTS_RULES } from './field-rules.ts';

type EventChoice = 'opened' | 'clicked' | 'form' | 'page-view';

const choiceOf = (e: ScoreEvent): EventChoice => (e.kind === 'email' ? e.event : e.kind);

function eventFor(choice: EventChoice, before: ScoreEvent): ScoreEvent {
  if (choice === 'opened' || choice === 'clicked') return { kind: 'email', event: choice, email: before.kind === 'email' ? before.email : null };
  if (choice === 'form') return { kind: 'form', asset: before.kind === 'form' ? before.asset : null };
  return { kind: 'page-view', url: before.kind === 'page-view' ? before.url : '/pricing', match: before.kind === 'page-view' ? before.match : 'contains' };
}

/** One rule of a score group: its name and points, then the event it counts or the criteria it needs. */
export function RuleEditor({ rule, project, onChange }: { rule: ScoreModelRule; project: Project; onChange: (r: ScoreModelRule | null) => void }) {
  const { t } = useTranslation();
  const ANY = '__any__';
  return (
    <div className="fb-scoring-rule" data-testid="scoring-rule" data-rule-id={rule.id}>
      <div className="fb-scoring-rule-head">
        <input maxLength={MAX_NAME_LENGTH} className="fb-input" value={rule.name} aria-label={t('scoring.ruleName')} onChange={(e) => onChange({ ...rule, name: e.target.value })} data-testid="scoring-rule-name" />
        <Field label={t('scoring.points')} inline>
          {(id) => <NumberInput id={id} value={rule.points} onChange={(points) => onChange({ ...rule, points })} rules={POINTS_RULES} testId="scoring-rule-points" />}
        </Field>
        <button type="button" className="fb-icon-button" onClick={() => onChange(null)} aria-label={t('scoring.removeRule')} title={t('scoring.removeRule')}>
          <X size={14} />
        </button>
      </div>
      {rule.type === 'event' ? (
        <div className="fb-scoring-event">
          <Select<EventChoice>
            value={choiceOf(rule.event)}
            ariaLabel={t('scoring.event')}
            testId="scoring-rule-event"
            options={(['clicked', 'opened', 'form', 'page-view'] as const).map((v) => ({ value: v, label: t(`scoring.events.${v}`) }))}
            onChange={(choice) => onChange({ ...rule, event: eventFor(choice, rule.event) })}
          />
          {rule.event.kind === 'email' ? (
            <Select
              value={rule.event.email ?? ANY}
              ariaLabel={t('scoring.email')}
              options={[{ value: ANY, label: t('scoring.any') }, ...project.emails.map((e) => ({ value: e.id as string, label: e.name }))]}
              onChange={(v) => rule.event.kind === 'email' && onChange({ ...rule, event: { ...rule.event, email: v === ANY ? null : (v as typeof rule.event.email) } })}
            />
          ) : rule.event.kind === 'form' ? (
            <Select
              value={rule.event.asset ?? ANY}
              ariaLabel={t('scoring.asset')}
              options={[{ value: ANY, label: t('scoring.any') }, ...project.assets.map((a) => ({ value: a.id as string, label: a.name }))]}
              onChange={(v) => rule.event.kind === 'form' && onChange({ ...rule, event: { ...rule.event, asset: v === ANY ? null : (v as typeof rule.event.asset) } })}
            />
          ) : (
            <>
              <Select<'contains' | 'equals'>
                value={rule.event.match}
                ariaLabel={t('scoring.url')}
                options={(['contains', 'equals'] as const).map((v) => ({ value: v, label: t(`scoring.match.${v}`) }))}
                onChange={(match) => rule.event.kind === 'page-view' && onChange({ ...rule, event: { ...rule.event, match } })}
              />
              <input
                className={`fb-input${rule.event.url.trim() === '' ? ' is-invalid' : ''}`}
                value={rule.event.url}
                aria-label={t('scoring.url')}
                onChange={(e) => rule.event.kind === 'page-view' && onChange({ ...rule, event: { ...rule.event, url: e.target.value } })}
                data-testid="scoring-rule-url"
              />
            </>
          )}
        </div>
      ) : (
        <div className="fb-scoring-criteria">
          <div className="fb-help">{t('scoring.criteria')}</div>
          <CriteriaBuilder criteria={rule.criteria} project={project} onChange={(criteria) => onChange({ ...rule, criteria })} testId="scoring-rule-criteria" />
        </div>
      )}
    </div>
  );
}
