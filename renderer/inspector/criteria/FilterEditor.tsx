import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMAIL_EVENTS, type AssetId, type EmailId, type Filter, type FilterKind, type ListId, type Project } from '../../../engine/model/index.ts';
import { MAX_SPAN_DAYS } from '../../../engine/schema/index.ts';
import { useLang } from '../../i18n/useLang.ts';
import { Select } from '../fields.tsx';
import { useReportInvalid } from '../formValidity.tsx';
import { numberProblem, problemText } from '../numberFields.tsx';
import { useInlineCreate } from '../useInlineCreate.ts';
import { defaultFilter } from './defaults.ts';
import { PropertyFilterEditor } from './PropertyFilterEditor.tsx';

const KINDS: readonly FilterKind[] = ['property', 'list', 'form', 'email', 'page-view'];
const ANY = '__any__';

/** "Within the last N days": empty means ever; else a whole number of days up to ten years (engine/schema wholeDays). */
function WithinDays({ value, onChange }: { value: number | undefined; onChange: (v: number | undefined) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    // Undo or another edit: show the filter's value.
    setText((current) => ((current.trim() === '' ? undefined : Number(current)) === value ? current : value === undefined ? '' : String(value)));
  }, [value]);
  const rules = { integer: true, positive: true, max: MAX_SPAN_DAYS, spanUnit: t('unitNames.days') };
  const problem = text.trim() === '' ? null : numberProblem(text, rules);
  useReportInvalid(problem !== null);
  return (
    <label className="fb-within">
      <span>{t('criteria.withinDays')}</span>
      <input
        className={`fb-input fb-narrow${problem ? ' is-invalid' : ''}`}
        inputMode="numeric"
        value={text}
        aria-invalid={problem !== null}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          if (next.trim() === '') onChange(undefined);
          else if (!numberProblem(next, rules)) onChange(Number(next.trim().replace(',', '.')));
        }}
        data-testid="filter-within"
      />
      {problem ? (
        <span className="fb-field-error" role="alert">
          {problemText(problem, t, lang)}
        </span>
      ) : null}
    </label>
  );
}

function withWithin<T extends { withinDays?: number }>(filter: T, days: number | undefined): T {
  const { withinDays: _old, ...rest } = filter;
  return (days === undefined ? rest : { ...rest, withinDays: days }) as T;
}

/** One filter of any kind; changing its kind starts from that kind's defaults. */
export function FilterEditor({ filter, project, onChange }: { filter: Filter; project: Project; onChange: (f: Filter) => void }) {
  const { t } = useTranslation();
  const newList = useInlineCreate('list');
  const newForm = useInlineCreate('asset', { assetKind: 'form' });
  const newEmail = useInlineCreate('email');
  const required = <span className="fb-field-error" role="alert">{t('inspector.required')}</span>;
  const body = (() => {
    switch (filter.kind) {
      case 'property':
        return <PropertyFilterEditor filter={filter} project={project} onChange={onChange} />;
      case 'list': {
        const known = project.lists.some((l) => l.id === filter.list);
        return (
          <div className="fb-filter-body">
            <Select value={filter.op} ariaLabel={t('criteria.operator')} options={(['in', 'not-in'] as const).map((v) => ({ value: v, label: t(`criteria.listOps.${v}`) }))} onChange={(op) => onChange({ ...filter, op })} />
            <Select value={known ? filter.list : ''} ariaLabel={t('inspector.list')} testId="filter-list" placeholder={t('inspector.choose')} options={[...project.lists.map((l) => ({ value: l.id as string, label: l.name })), newList.option]} onChange={(list) => newList.intercept(list, (id) => onChange({ ...filter, list: id as ListId })) || onChange({ ...filter, list: list as ListId })} />
            {!known ? required : null}
          </div>
        );
      }
      case 'form':
        return (
          <div className="fb-filter-body">
            <Select value={filter.op} ariaLabel={t('criteria.operator')} options={(['submitted', 'not-submitted'] as const).map((v) => ({ value: v, label: t(`criteria.formOps.${v}`) }))} onChange={(op) => onChange({ ...filter, op })} />
            <Select
              value={filter.asset ?? ANY}
              ariaLabel={t('inspector.asset')}
              testId="filter-asset"
              options={[{ value: ANY, label: t('inspector.anyAsset') }, ...project.assets.map((a) => ({ value: a.id as string, label: a.name })), newForm.option]}
              onChange={(v) => newForm.intercept(v, (id) => onChange({ ...filter, asset: id as AssetId })) || onChange({ ...filter, asset: v === ANY ? null : (v as AssetId) })}
            />
            <WithinDays value={filter.withinDays} onChange={(d) => onChange(withWithin(filter, d))} />
          </div>
        );
      case 'email':
        return (
          <div className="fb-filter-body">
            <Select
              value={filter.email ?? ANY}
              ariaLabel={t('inspector.email')}
              testId="filter-email"
              options={[{ value: ANY, label: t('inspector.anyEmail') }, ...project.emails.map((m) => ({ value: m.id as string, label: m.name })), newEmail.option]}
              onChange={(v) => newEmail.intercept(v, (id) => onChange({ ...filter, email: id as EmailId })) || onChange({ ...filter, email: v === ANY ? null : (v as EmailId) })}
            />
            <Select value={filter.event} ariaLabel={t('inspector.event')} options={EMAIL_EVENTS.map((v) => ({ value: v, label: t(`criteria.emailEvents.${v}`) }))} onChange={(event) => onChange({ ...filter, event })} />
            <WithinDays value={filter.withinDays} onChange={(d) => onChange(withWithin(filter, d))} />
          </div>
        );
      case 'page-view':
        return (
          <div className="fb-filter-body">
            <Select value={filter.op} ariaLabel={t('criteria.operator')} options={(['viewed', 'not-viewed'] as const).map((v) => ({ value: v, label: t(`criteria.pageOps.${v}`) }))} onChange={(op) => onChange({ ...filter, op })} />
            <Select value={filter.match} ariaLabel={t('inspector.url')} options={(['equals', 'contains'] as const).map((v) => ({ value: v, label: t(`criteria.match.${v}`) }))} onChange={(match) => onChange({ ...filter, match })} />
            <input className="fb-input" value={filter.url} placeholder="https://…" aria-label={t('inspector.url')} onChange={(e) => onChange({ ...filter, url: e.target.value })} />
            {filter.url.trim() === '' ? required : null}
            <WithinDays value={filter.withinDays} onChange={(d) => onChange(withWithin(filter, d))} />
          </div>
        );
    }
  })();
  return (
    <div className="fb-filter" data-testid="filter" data-kind={filter.kind}>
      <Select value={filter.kind} ariaLabel={t('criteria.filterKind')} testId="filter-kind" options={KINDS.map((k) => ({ value: k, label: t(`criteria.kinds.${k}`) }))} onChange={(kind) => onChange(defaultFilter(kind, project))} />
      {body}
    </div>
  );
}

