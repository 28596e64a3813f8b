import { ArrowDown, ArrowUp, PanelRightOpen } from 'lucide-react';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, ContactId, Lang, PropertyDefinition, PropertyValue } from '../../engine/model/index.ts';
import { EditableCell } from './EditableCell.tsx';
import { ROW_HEIGHT, type SortOrder } from './view.ts';

const OVERSCAN = 8;

export interface TableProps {
  readonly rows: readonly Contact[];
  readonly columns: readonly PropertyDefinition[];
  readonly lang: Lang;
  readonly selected: ReadonlySet<ContactId>;
  readonly sort: SortOrder | null;
  onSort(property: string): void;
  onToggle(id: ContactId): void;
  onToggleAll(): void;
  onOpen(contact: Contact): void;
  onEdit(contact: Contact, property: string, value: PropertyValue): void;
}

const widthOf = (p: PropertyDefinition) => (p.name === 'email' ? 240 : p.type === 'string' ? 150 : p.type === 'number' ? 120 : 140);

const Row = memo(function Row({ contact, index, columns, lang, checked, onToggle, onOpen, onEdit }: {
  contact: Contact;
  index: number;
  columns: readonly PropertyDefinition[];
  lang: Lang;
  checked: boolean;
  onToggle: TableProps['onToggle'];
  onOpen: TableProps['onOpen'];
  onEdit: TableProps['onEdit'];
}) {
  const { t } = useTranslation();
  const name = String(contact.properties.email ?? contact.id);
  return (
    <div className={`fb-sb-row${checked ? ' is-selected' : ''}`} role="row" aria-rowindex={index + 2} style={{ top: index * ROW_HEIGHT }} data-testid="contact-row" data-id={contact.id}>
      <div className="fb-sb-cell is-check" role="gridcell">
        <input type="checkbox" checked={checked} onChange={() => onToggle(contact.id)} aria-label={name} />
        <button type="button" className="fb-sb-open" onClick={() => onOpen(contact)} aria-label={t('sandbox.openContact', { name })} title={t('sandbox.openContact', { name })} data-testid="open-contact">
          <PanelRightOpen size={14} />
        </button>
      </div>
      {columns.map((p) => (
        <div key={p.name} role="gridcell" className="fb-sb-cellwrap">
          <EditableCell property={p} value={contact.properties[p.name]} lang={lang} onCommit={(v) => onEdit(contact, p.name, v)} />
        </div>
      ))}
    </div>
  );
});

/**
 * A windowed table: fixed row height, only the rows in view (plus a few) are in the DOM, so
 * 100,000 contacts scroll like 100.
 */
export function ContactsTable(props: TableProps) {
  const { t } = useTranslation();
  const { rows, columns, lang, selected, sort } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // The first row in view, not the pixel offset: scrolling within a row re-renders nothing.
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, top - OVERSCAN);
  const last = Math.min(rows.length, top + Math.ceil(height / ROW_HEIGHT) + 1 + OVERSCAN);
  const template = `64px ${columns.map((c) => `${widthOf(c)}px`).join(' ')}`;
  const width = 64 + columns.reduce((sum, c) => sum + widthOf(c), 0);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const visible = [];
  for (let i = first; i < last; i++) {
    const contact = rows[i]!;
    visible.push(
      <Row key={contact.id} contact={contact} index={i} columns={columns} lang={lang} checked={selected.has(contact.id)} onToggle={props.onToggle} onOpen={props.onOpen} onEdit={props.onEdit} />,
    );
  }

  return (
    <div className="fb-sb-table" role="grid" aria-rowcount={rows.length + 1} style={{ ['--fb-sb-columns' as string]: template }} ref={scroller} onScroll={(e) => setTop(Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT))} data-testid="contacts-table">
      <div className="fb-sb-head" role="row" style={{ width }}>
        <div className="fb-sb-cell is-check" role="columnheader">
          <input type="checkbox" checked={allSelected} onChange={props.onToggleAll} aria-label={t('sandbox.selected', { count: selected.size })} data-testid="select-all" />
        </div>
        {columns.map((p) => (
          <button key={p.name} type="button" role="columnheader" className="fb-sb-cell fb-sb-sort" onClick={() => props.onSort(p.name)} data-testid={`sort-${p.name}`} aria-sort={sort?.property === p.name ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
            <span>{p.label[lang]}</span>
            {sort?.property === p.name ? sort.descending ? <ArrowDown size={12} /> : <ArrowUp size={12} /> : null}
          </button>
        ))}
      </div>
      <div className="fb-sb-body" style={{ height: rows.length * ROW_HEIGHT, width }}>
        {visible}
      </div>
    </div>
  );
}
