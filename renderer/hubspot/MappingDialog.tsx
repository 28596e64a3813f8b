import { useMemo } from 'react';
import { TABLE_TITLES } from '../../engine/hubspot/index.ts';
import { EMPTY_HUBSPOT_MAPPING, withMappedId, type HubSpotMappingTable } from '../../engine/model/index.ts';
import { Modal } from '../app/Modal.tsx';
import { useLang, useText } from '../i18n/useLang.ts';
import { useDocument, useStores } from '../stores/context.tsx';
import { useHubSpotT } from './hubspot-i18n.ts';
import { IdInput } from './IdInput.tsx';
import { EDITOR_TABLES, ID_SHAPE, mappingRows, neededKeys, type MappingRow } from './mapping-rows.ts';
import { useHubSpotView, useHubSpotViewStore } from './view.tsx';
import './hubspot.css';

/**
 * The HubSpot id mapping of the open project: one table per kind (item, HubSpot id, status).
 * Every accepted id is one edit of the document (typing coalesces), so Undo and autosave work
 * as for any other change; an invalid id stays at its field with the reason.
 */
export function MappingDialog() {
  const t = useHubSpotT();
  const lang = useLang();
  const text = useText();
  const { document } = useStores();
  const project = useDocument((s) => s.project);
  const view = useHubSpotViewStore();
  const focus = useHubSpotView((s) => s.mapping?.focus);
  const close = () => view.getState().closeMapping();
  // The export's walk per workflow: only when the workflows change, not on each id typed.
  const needed = useMemo(() => neededKeys({ ...project, hubspot: EMPTY_HUBSPOT_MAPPING }), [project.workflows, project.emails, project.lists, project.assets, project.properties]); // eslint-disable-line react-hooks/exhaustive-deps
  const tables = EDITOR_TABLES.map((table) => ({ table, rows: mappingRows(project, table, needed, lang) }));
  const missing = tables.reduce((n, { rows }) => n + rows.filter((r) => r.status === 'missing').length, 0);
  const set = (table: HubSpotMappingTable, key: string, id: string) =>
    document.getState().apply((p) => ({ ...p, hubspot: withMappedId(p.hubspot ?? EMPTY_HUBSPOT_MAPPING, table, key, id) }), { coalesce: `hubspot:${table}:${key}` });
  const setPortal = (id: string) =>
    document.getState().apply(
      (p) => {
        const { portalId: _old, ...rest } = p.hubspot ?? EMPTY_HUBSPOT_MAPPING;
        return { ...p, hubspot: id === '' ? rest : { ...rest, portalId: id } };
      },
      { coalesce: 'hubspot:portal' },
    );
  return (
    <Modal title={t('hubspot.mappingTitle')} onClose={close} width={820} testId="hubspot-mapping">
      <p className="fb-help hs-intro">{t('hubspot.mappingHelp')}</p>
      <div className={`hs-summary ${missing > 0 ? 'is-missing' : 'is-done'}`} data-testid="mapping-summary" data-missing={missing}>
        {missing > 0 ? t('hubspot.neededCount', { count: missing }) : t('hubspot.allMapped')}
      </div>
      <label className="hs-portal">
        <span className="fb-label">{t('hubspot.portalId')}</span>
        <IdInput value={project.hubspot?.portalId ?? ''} shape="digits" portal onChange={setPortal} label={t('hubspot.portalId')} testId="mapping-portal" />
      </label>
      {tables.map(({ table, rows }) => (
        <section key={table} className="hs-table" data-testid={`mapping-table-${table}`}>
          <h3>{text(TABLE_TITLES[table])}</h3>
          {table === 'lifecycleStages' ? <p className="fb-help">{t('hubspot.standardStages')}</p> : null}
          {rows.length === 0 ? (
            <p className="fb-muted hs-empty">{t('hubspot.emptyTable')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('hubspot.item')}</th>
                  <th scope="col">{t('hubspot.hubspotId')}</th>
                  <th scope="col">{t('hubspot.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <Row key={row.key} row={row} onChange={(id) => set(table, row.key, id)} focused={focus?.table === table && focus.key === row.key} />
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <div className="fb-modal-actions">
        <button type="button" className="fb-button is-primary" onClick={close} data-testid="mapping-done">
          {t('hubspot.done')}
        </button>
      </div>
    </Modal>
  );
}

function Row({ row, onChange, focused }: { row: MappingRow; onChange: (id: string) => void; focused: boolean }) {
  const t = useHubSpotT();
  const testKey = `${row.table}-${row.key}`;
  return (
    <tr className={`is-${row.status}${focused ? ' is-focused' : ''}`} data-testid={`mapping-row-${testKey}`} data-status={row.status}>
      <th scope="row" title={row.key}>
        {row.label}
      </th>
      <td>
        <IdInput value={row.id} shape={ID_SHAPE[row.table]} onChange={onChange} label={`${t('hubspot.hubspotId')} – ${row.label}`} testId={`mapping-id-${testKey}`} autoFocus={focused} />
      </td>
      <td>
        <span className={`hs-status is-${row.status}`}>{t(`hubspot.${row.status}`)}</span>
      </td>
    </tr>
  );
}
