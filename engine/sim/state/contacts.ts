import { lifecycleRank, SCORE_PROPERTIES, type Contact, type ContactEvent, type ListId, type PersonaId, type PropertyValue } from '../../model/index.ts';
import type { Retention } from '../compile/compile.ts';
import { Interner, PropertyColumn } from './columns.ts';
import { ACTION_CODE, EV_CHANGED, EV_EMAIL, EV_FORM, EV_PAGE } from './history.ts';
import { ContactRecords } from './contact-records.ts';

const DAY_MS = 86_400_000;
export const FLAG_UNSUBSCRIBED = 1;
export const FLAG_BOUNCED = 2;
const NO_LISTS: readonly ListId[] = Object.freeze([]);
const SCORE_PARTS = [SCORE_PROPERTIES.fit, SCORE_PROPERTIES.engagement, SCORE_PROPERTIES.threshold] as const;
/** No time flip ahead (`flipAt`). */
export { NO_FLIP } from './contact-records.ts';

/**
 * The population during a run, column-wise: one column per property, the static lists of each
 * contact, a shared history store, and compact per-contact state in typed arrays that grow
 * with arrivals. The given contact objects are copied in and never kept, so a caller may
 * stream them. History is only kept as far back as some filter can read (see Retention).
 */
export class ContactStore extends ContactRecords {
  count = 0;
  ids: string[] = [];
  private personaIds: (PersonaId | null)[] = [];
  /** The property names of the last contact added and their columns (`columnsOf`). */
  private lastNames: readonly string[] = [];
  private lastColumns: readonly PropertyColumn[] = [];
  readonly columns: PropertyColumn[] = [];
  private readonly byName = new Map<string, PropertyColumn>();
  lists: (readonly ListId[])[] = [];
  readonly strings = new Interner();
  flags: Uint8Array;
  stage: Int8Array;
  baseline: Float64Array;
  /** Counts writes (properties, lists, history): what was read of a contact still holds while it stays. */
  version = 0;
  /** Counts history writes (events added), and since which count the last contact written has written alone. */
  historyWrites = 0;
  historyWriter = -1;
  writerSince = 0;
  /** The score at a minute, when it is read lazily (score.ts); null: it is the stored property. */
  scoreAt: ((i: number, minute: number) => number) | null = null;
  /** A score model's other parts (fitscore, engagementscore, scorethreshold) read when asked (run/score.ts); null: none. */
  scorePart: ((i: number, name: string, minute: number) => PropertyValue | undefined) | null = null;
  capacity: number;
  private readonly pageCache = new Map<string, boolean>();
  private readonly keepDays: Float64Array;

  constructor(
    capacity: number,
    workflowCount: number,
    private readonly retention: Retention,
    private readonly pageFilters: readonly { readonly url: string; readonly match: 'equals' | 'contains' }[],
    /** The instant of minute 0 of the run: criteria are asked at whole minutes (compiled-criteria.ts). */
    readonly originMs = 0,
  ) {
    super(Math.max(16, capacity), workflowCount);
    this.capacity = Math.max(16, capacity);
    const n = this.capacity;
    this.flags = new Uint8Array(n);
    this.stage = new Int8Array(n);
    this.baseline = new Float64Array(n);
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
    this.blankLive();
    this.ids.push(contact.id);
    this.personaIds.push(contact.persona);
    const props = contact.properties;
    const names = Object.keys(props);
    const columns = this.columnsOf(names);
    for (let k = 0; k < names.length; k++) columns[k]!.set(i, props[names[k]!]);
    this.lists.push(contact.lists.length > 0 ? contact.lists.slice() : NO_LISTS);
    this.stage[i] = lifecycleRank(props.lifecyclestage ?? null);
    for (const e of contact.events) {
      this.store(i, e);
      if (e.kind !== 'email') continue;
      if (e.event === 'unsubscribed') this.flags[i]! |= FLAG_UNSUBSCRIBED;
      if (e.event === 'bounced') this.flags[i]! |= FLAG_BOUNCED;
    }
    return i;
  }

  /**
   * The columns of these property names, in their order. Contacts of one source mostly share one
   * set of names in one order: the last one's columns are kept (no lookup by name per property).
   */
  private columnsOf(names: readonly string[]): readonly PropertyColumn[] {
    const last = this.lastNames;
    let same = last.length === names.length;
    for (let k = 0; same && k < names.length; k++) same = names[k] === last[k];
    if (!same) {
      this.lastNames = names;
      this.lastColumns = names.map((name) => this.column(name));
    }
    return this.lastColumns;
  }

  /** Contact i, loaded with the store (`copy`), becomes the one being run. */
  runLoaded(i: number): number {
    if (i >= this.count) throw new Error(`Contact ${i} is not loaded (${this.count} are).`);
    this.blankLive();
    return i;
  }

  /** A property's value at a minute of the run (only a lazy score needs it: score.ts). */
  property(i: number, name: string, minute = 0): PropertyValue {
    if (this.scoreAt && name === 'hubspotscore') return this.scoreAt(i, minute);
    const part = this.scorePart?.(i, name, minute);
    if (part !== undefined) return part;
    const col = this.byName.get(name);
    return col ? col.get(i) : null;
  }

  setProperty(i: number, name: string, value: PropertyValue, nowMs: number): void {
    this.setColumn(i, this.column(name), value, nowMs);
  }

  setColumn(i: number, col: PropertyColumn, value: PropertyValue, nowMs: number): void {
    this.version++;
    col.set(i, value);
    if (col.name === 'lifecyclestage') this.stage[i] = lifecycleRank(value);
    if (this.retention.changed > 0) this.append(i, EV_CHANGED, 0, this.strings.code(col.name), nowMs, nowMs);
  }

  /**
   * Adds the contact to a list (true) or takes it off (false); false when it changed nothing.
   * Each change makes a new array of the exact size (a million contacts hold their lists).
   */
  setListed(i: number, list: ListId, listed: boolean): boolean {
    this.version++;
    const lists = this.lists[i]!;
    const at = lists.indexOf(list);
    if (listed === at >= 0) return false;
    // Arrays of the exact size: a spread or push keeps room for 17.
    this.lists[i] = listed ? withList(lists, list) : withoutList(lists, at);
    return true;
  }

  /** Whether the contact's history may hold an event after `nowMs` (an import may give one). */
  eventAhead(i: number, nowMs: number): boolean {
    const h = this.history;
    if (h.unsorted(i)) return true;
    const n = h.head(i);
    return n >= 0 && h.at(n) > nowMs;
  }

  recordEmail(i: number, action: keyof typeof ACTION_CODE, email: string, nowMs: number): void {
    if (this.retention.email > 0) this.append(i, EV_EMAIL, ACTION_CODE[action], this.strings.code(email), nowMs, nowMs);
  }

  recordForm(i: number, asset: string, nowMs: number): void {
    if (this.retention.form > 0) this.append(i, EV_FORM, 0, this.strings.code(asset), nowMs, nowMs);
  }

  /**
   * Records the view of a page some filter can read (`pageMatters`), by its interned code
   * (visits.ts keeps each page's): nothing when no filter reads page views.
   */
  recordPage(i: number, code: number, nowMs: number): void {
    if (this.retention.page > 0) this.append(i, EV_PAGE, 0, code, nowMs, nowMs);
  }

  /** Adds an event, dropping now and then what no filter of its kind can reach any more. */
  private append(i: number, kind: number, sub: number, ref: number, at: number, nowMs: number): void {
    this.version++;
    this.countHistoryWrite(i);
    const h = this.history;
    h.push(i, kind, sub, ref, at);
    if (h.length(i) % 32 !== 0) return;
    const keep = this.keepDays;
    h.prune(i, (n) => {
      const days = keep[h.kind(n)]!;
      return days === Infinity || h.at(n) >= nowMs - (days + 1) * DAY_MS;
    });
  }

  /** An input event, kept whatever the retention (it is part of the contact as given). */
  /** A score model keeps event points while only its contact adds events (run/score-model.ts). */
  private countHistoryWrite(i: number): void {
    if (this.historyWriter !== i) {
      this.historyWriter = i;
      this.writerSince = this.historyWrites;
    }
    this.historyWrites++;
  }

  private store(i: number, e: ContactEvent): void {
    this.countHistoryWrite(i);
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
  /** Contact i as it stands at a minute of the run. */
  contact(i: number, minute = 0): Contact {
    const properties: Record<string, PropertyValue> = {};
    for (const col of this.columns) if (col.present(i)) properties[col.name] = col.get(i);
    if (this.scoreAt) properties.hubspotscore = this.scoreAt(i, minute);
    if (this.scorePart) for (const name of SCORE_PARTS) properties[name] = this.scorePart(i, name, minute) ?? null;
    return {
      id: this.ids[i] as Contact['id'],
      properties,
      lists: [...this.lists[i]!],
      events: this.history.events(i, this.strings),
      persona: this.personaIds[i] ?? null,
    };
  }

  /**
   * A copy holding every contact as loaded, to run from (engine/sim/loaded.ts): the columns,
   * lists, histories and records of this store, none shared, and its interned strings with the
   * same codes, and room for `reserveNodes` history events. Only a store no contact has been run
   * in is copied.
   */
  copy(reserveNodes = 0): ContactStore {
    const c = new ContactStore(this.capacity, this.workflowCount, this.retention, this.pageFilters, this.originMs);
    c.count = this.count;
    c.ids = this.ids.slice();
    c.personaIds = this.personaIds.slice();
    c.lists = this.lists.slice();
    for (const col of this.columns) {
      const copied = col.copy();
      c.columns.push(copied);
      c.byName.set(copied.name, copied);
    }
    c.strings.copyFrom(this.strings);
    c.flags = this.flags.slice();
    c.stage = this.stage.slice();
    c.baseline = this.baseline.slice();
    c.version = this.version;
    c.historyWrites = this.historyWrites;
    c.historyWriter = this.historyWriter;
    c.writerSince = this.writerSince;
    c.copyRecords(this, reserveNodes);
    return c;
  }

  private grow(capacity: number): void {
    const g = <T extends Uint8Array | Int8Array | Float64Array>(a: T, n: number): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    for (const col of this.columns) col.grow(capacity);
    this.flags = g(this.flags, capacity);
    this.stage = g(this.stage, capacity);
    this.baseline = g(this.baseline, capacity);
    this.hot = this.blankRecords(capacity, this.capacity, this.hot);
    this.capacity = capacity;
  }
}

/**
 * The lists and one more, in an array of the exact size. One or two lists are written out:
 * `concat` takes V8's slow generic path, and most contacts are on one or two lists.
 */
function withList(lists: readonly ListId[], list: ListId): readonly ListId[] {
  const n = lists.length;
  if (n === 0) return [list];
  if (n === 1) return [lists[0]!, list];
  return lists.concat(list);
}

/** The lists without the one at `at`, in an array of the exact size (see `withList`). */
function withoutList(lists: readonly ListId[], at: number): readonly ListId[] {
  const n = lists.length;
  if (n === 1) return NO_LISTS;
  if (n === 2) return [lists[1 - at]!];
  return lists.slice(0, at).concat(lists.slice(at + 1));
}
