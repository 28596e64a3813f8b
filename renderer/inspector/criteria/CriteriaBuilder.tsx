import { Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Criteria, Filter, FilterGroup, Project } from '../../../engine/model/index.ts';
import { defaultFilter } from './defaults.ts';
import { FilterEditor } from './FilterEditor.tsx';

/**
 * HubSpot's filter builder: OR of AND groups. Used for enrollment triggers, goals, if/then
 * branches and "criteria met" waits.
 */
export function CriteriaBuilder({ criteria, project, onChange, testId = 'criteria' }: { criteria: Criteria; project: Project; onChange: (c: Criteria) => void; testId?: string }) {
  const { t } = useTranslation();
  const setGroup = (index: number, group: FilterGroup | null) =>
    onChange({ groups: group === null ? criteria.groups.filter((_, i) => i !== index) : criteria.groups.map((g, i) => (i === index ? group : g)) });
  const setFilter = (gi: number, fi: number, filter: Filter | null) => {
    const group = criteria.groups[gi]!;
    const filters = filter === null ? group.filters.filter((_, i) => i !== fi) : group.filters.map((f, i) => (i === fi ? filter : f));
    setGroup(gi, filters.length === 0 ? null : { filters });
  };
  return (
    <div className="fb-criteria" data-testid={testId}>
      {criteria.groups.length === 0 ? <div className="fb-empty-small">{t('criteria.empty')}</div> : null}
      {criteria.groups.map((group, gi) => (
        <div key={gi}>
          {gi > 0 ? <div className="fb-or">{t('criteria.or')}</div> : null}
          <div className="fb-group" data-testid="filter-group">
            <div className="fb-group-head">
              <span>{t('criteria.group', { n: gi + 1 })}</span>
              <button type="button" className="fb-icon-button" onClick={() => setGroup(gi, null)} aria-label={t('criteria.removeGroup')} title={t('criteria.removeGroup')}>
                <X size={14} />
              </button>
            </div>
            {group.filters.map((filter, fi) => (
              <div key={fi} className="fb-group-filter">
                {fi > 0 ? <div className="fb-and">{t('criteria.and')}</div> : null}
                <div className="fb-filter-row">
                  <FilterEditor filter={filter} project={project} onChange={(f) => setFilter(gi, fi, f)} />
                  <button type="button" className="fb-icon-button" onClick={() => setFilter(gi, fi, null)} aria-label={t('criteria.removeFilter')} title={t('criteria.removeFilter')}>
                    <X size={14} />
                  </button>
                </div>
              </div>
            ))}
            <button type="button" className="fb-link-button" onClick={() => setGroup(gi, { filters: [...group.filters, defaultFilter('property', project)] })} data-testid="add-filter">
              <Plus size={14} aria-hidden /> {t('criteria.addFilter')}
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="fb-button is-small" onClick={() => onChange({ groups: [...criteria.groups, { filters: [defaultFilter('property', project)] }] })} data-testid="add-group">
        <Plus size={14} aria-hidden /> {t('criteria.addGroup')}
      </button>
    </div>
  );
}
