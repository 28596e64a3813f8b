import { lifecycleRank, type Contact, type ContactEvent, type ListId, type PersonaId, type PropertyValue } from '../model/index.ts';
import type { Retention } from './compile.ts';
import { Interner, PropertyColumn } from './columns.ts';
import { ACTION_CODE, EV_CHANGED, EV_EMAIL, EV_FORM, EV_PAGE, History } from './history.ts';

const DAY_MS = 86_400_000;
export const FLAG_UNSUBSCRIBED = 1;
export const FLAG_BOUNCED = 2;
const NO_LISTS: readonly ListId[] = Object.freeze([]);

/**
 * The population during a run, column-wise: one column per property, the static lists of each
 * contact, a shared history store, and compact per-contact state in typed arrays that grow
 * with arrivals. The given contact objects are copied in and never kept, so a caller may
 * stream them. History is only kept as far back as some filter can read (see Retention).
 */
export class ContactStore {
  count = 0;
  ids: string[] = [];
  private personaIds: (PersonaId | null)[] = [];
  readonly columns: PropertyColumn[] = [];
  private readonly byName = new Map<string, PropertyColumn>();
  lists: (readonly ListId[])[] = [];
  readonly history: History;
  readonly strings = new Interner();
  persona: Uint8Array;
  flags: Uint8Array;
  stage: Int8Array;
  checkAt: Int32Array;
  ruleBits: Uint32Array;
  baseline: Float64Array;
  /** Per (contact, workflow): active enrollment or -1; trigger matched at last look; ever enrolled. */
  active: Int32Array;
  matched: Uint8Array;
  ever: Uint8Array;
  capacity: number;
  private readonly pageCache = new Map<string, boolean>();
  private readonly keepDays: Float64Array;

  constructor(
    capacity: number,
    readonly workflowCount: number,
    private readonly retention: Retention,
    private readonly pageFilters: readonly { readonly url: string; readonly match: 'equals' | 'contains' }[],
  ) {
    this.capacity = Math.max(16, capacity);
    const n = this.capacity;
    const w = Math.max(1, workflowCount);
    this.history = new History(n);
    this.persona = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.stage = new Int8Array(n);
    this.checkAt = new Int32Array(n).fill(-1);
    this.ruleBits = new Uint32Array(n);
    this.baseline = new Float64Array(n);
    this.active = new Int32Array(n * w).fill(-1);
    this.matched = new Uint8Array(n * w);
    this.ever = new Uint8Array(n * w);
    this.keepDays = Float64Array.of(0, retention.email, retention.form, retention.page, retention.changed);
  }

  /** The column of a property, created (empty) on first use. */
  column(name: string): PropertyColumn {
    let col = this.byName.get(name);
    if (!col) {
      col = new PropertyColumn(name, this.columns.length, this.capacity);
      this.byName.set(name, col);
      this.columns.push(col);
    }
    return col;
  }

  add(contact: Contact): number {
    const i = this.count;
    if (i >= this.capacity) this.grow(this.capacity * 2);
    this.count = i + 1;
    this.ids.push(contact.id);
    this.personaIds.push(contact.persona);
    const props = contact.properties;
    for (const name in props) if (Object.hasOwn(props, name)) this.column(name).set(i, props[name]);
    this.lists.push(contact.lists.length > 0 ? [...contact.lists] : NO_LISTS);
    this.stage[i] = lifecycleRank(props.lifecyclestage ?? null);
    for (const e of contact.events) {
      this.store(i, e);
      if (e.kind !== 'email') continue;
      if (e.event === 'unsubscribed') this.flags[i]! |= FLAG_UNSUBSCRIBED;
      if (e.event === 'bounced') this.flags[i]! |= FLAG_BOUNCED;
    }
    return i;
  }

  property(i: number, name: string): PropertyValue {
    const col = this.byName.get(name);
    return col ? col.get(i) : null;
  }

  setProperty(i: number, name: string, value: PropertyValue, nowMs: number): void {
    this.setColumn(i, this.column(name), value, nowMs);
  }

  setColumn(i: number, col: PropertyColumn, value: PropertyValue, nowMs: number): void {
    col.set(i, value);
    if (col.name === 'lifecyclestage') this.stage[i] = lifecycleRank(value);
    if (this.retention.changed > 0) this.append(i, EV_CHANGED, 0, this.strings.code(col.name), nowMs, nowMs);
  }

  /** A contact's lists, to change: copied on the first change. */
  ownLists(i: number): ListId[] {
    const lists = this.lists[i]!;
    if (lists !== NO_LISTS) return lists as ListId[];
    const own: ListId[] = [];
    this.lists[i] = own;
    return own;
  }

  recordEmail(i: number, action: keyof typeof ACTION_CODE, email: string, nowMs: number): void {
    if (this.retention.email > 0) this.append(i, EV_EMAIL, ACTION_CODE[action], this.strings.code(email), nowMs, nowMs);
  }

  recordForm(i: number, asset: string, nowMs: number): void {
    if (this.retention.form > 0) this.append(i, EV_FORM, 0, this.strings.code(asset), nowMs, nowMs);
  }

  /** Records a page view if some filter can read it. */
  recordPage(i: number, url: string, nowMs: number): void {
    if (this.retention.page > 0 && this.pageMatters(url)) this.append(i, EV_PAGE, 0, this.strings.code(url), nowMs, nowMs);
  }

  /** Adds an event, dropping now and then what no filter of its kind can reach any more. */
  private append(i: number, kind: number, sub: number, ref: number, at: number, nowMs: number): void {
    const h = this.history;
    h.push(i, kind, sub, ref, at);
    if (h.length[i]! % 32 !== 0) return;
    const keep = this.keepDays;
    h.prune(i, (n) => {
      const days = keep[h.kind[n]!]!;
      return days === Infinity || h.at[n]! >= nowMs - (days + 1) * DAY_MS;
    });
  }

  /** An input event, kept whatever the retention (it is part of the contact as given). */
  private store(i: number, e: ContactEvent): void {
    const h = this.history;
    const s = this.strings;
    switch (e.kind) {
      case 'email':
        return h.push(i, EV_EMAIL, ACTION_CODE[e.event] ?? 0, s.code(e.email), e.at);
      case 'form-submitted':
        return h.push(i, EV_FORM, 0, s.code(e.asset), e.at);
      case 'page-viewed':
        return h.push(i, EV_PAGE, 0, s.code(e.url), e.at);
      case 'property-changed':
        return h.push(i, EV_CHANGED, 0, s.code(e.property), e.at);
    }
  }

  pageMatters(url: string): boolean {
    let known = this.pageCache.get(url);
    if (known === undefined) {
      known = false;
      for (const f of this.pageFilters) if (f.match === 'equals' ? url === f.url : url.includes(f.url)) known = true;
      this.pageCache.set(url, known);
    }
    return known;
  }

  /** The contact as it stands, rebuilt from the columns. */
  contact(i: number): Contact {
    const properties: Record<string, PropertyValue> = {};
    for (const col of this.columns) if (col.present(i)) properties[col.name] = col.get(i);
    return {
      id: this.ids[i] as Contact['id'],
      properties,
      lists: [...this.lists[i]!],
      events: this.history.events(i, this.strings),
      persona: this.personaIds[i] ?? null,
    };
  }

  private grow(capacity: number): void {
    const w = Math.max(1, this.workflowCount);
    const g = <T extends Uint8Array | Int8Array | Int32Array | Uint32Array | Float64Array>(a: T, n: number, fill = 0): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      if (fill !== 0) b.fill(fill);
      b.set(a);
      return b;
    };
    for (const col of this.columns) col.grow(capacity);
    this.history.growContacts(capacity);
    this.persona = g(this.persona, capacity);
    this.flags = g(this.flags, capacity);
    this.stage = g(this.stage, capacity);
    this.checkAt = g(this.checkAt, capacity, -1);
    this.ruleBits = g(this.ruleBits, capacity);
    this.baseline = g(this.baseline, capacity);
    this.active = g(this.active, capacity * w, -1);
    this.matched = g(this.matched, capacity * w);
    this.ever = g(this.ever, capacity * w);
    this.capacity = capacity;
  }
}
