import {
  lifecycleRank,
  type Contact,
  type ContactEvent,
  type ContactId,
  type ListId,
  type PersonaId,
  type PropertyValue,
} from '../model/index.ts';
import type { Retention } from './compile.ts';

/** A contact the run may change: the input object is copied on its first change only. */
export interface LiveContact {
  readonly id: ContactId;
  properties: Record<string, PropertyValue>;
  lists: ListId[];
  events: ContactEvent[];
  persona: PersonaId | null;
}

const DAY_MS = 86_400_000;
export const FLAG_UNSUBSCRIBED = 1;
export const FLAG_BOUNCED = 2;

/**
 * The population during a run: the contact objects the criteria read, plus compact per-contact
 * state in typed arrays that grow with arrivals. History is only kept as far back as some
 * filter of the project can read (see Retention), so a year of site visits stays small.
 */
export class ContactStore {
  contacts: (Contact | LiveContact)[] = [];
  private owned: Uint8Array;
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

  constructor(
    capacity: number,
    readonly workflowCount: number,
    private readonly retention: Retention,
    private readonly pageFilters: readonly { readonly url: string; readonly match: 'equals' | 'contains' }[],
    /** The caller hands its contact objects over: change them in place rather than copy. */
    private readonly inPlace = false,
  ) {
    this.capacity = Math.max(16, capacity);
    const n = this.capacity;
    const w = Math.max(1, workflowCount);
    this.owned = new Uint8Array(n);
    this.persona = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.stage = new Int8Array(n);
    this.checkAt = new Int32Array(n).fill(-1);
    this.ruleBits = new Uint32Array(n);
    this.baseline = new Float64Array(n);
    this.active = new Int32Array(n * w).fill(-1);
    this.matched = new Uint8Array(n * w);
    this.ever = new Uint8Array(n * w);
  }

  get count(): number {
    return this.contacts.length;
  }

  add(contact: Contact): number {
    const i = this.contacts.length;
    if (i >= this.capacity) this.grow(this.capacity * 2);
    this.contacts.push(contact);
    this.stage[i] = lifecycleRank(contact.properties.lifecyclestage ?? null);
    for (const e of contact.events) {
      if (e.kind !== 'email') continue;
      if (e.event === 'unsubscribed') this.flags[i]! |= FLAG_UNSUBSCRIBED;
      if (e.event === 'bounced') this.flags[i]! |= FLAG_BOUNCED;
    }
    return i;
  }

  live(i: number): LiveContact {
    const c = this.contacts[i]!;
    if (this.owned[i] || this.inPlace) return c as LiveContact;
    const copy: LiveContact = { id: c.id, properties: { ...c.properties }, lists: [...c.lists], events: [...c.events], persona: c.persona };
    this.contacts[i] = copy;
    this.owned[i] = 1;
    return copy;
  }

  property(i: number, name: string): PropertyValue {
    return this.contacts[i]!.properties[name] ?? null;
  }

  setProperty(i: number, name: string, value: PropertyValue, nowMs: number): void {
    const c = this.live(i);
    c.properties[name] = value;
    if (name === 'lifecyclestage') this.stage[i] = lifecycleRank(value);
    if (this.retention.changed > 0) this.record(i, { kind: 'property-changed', property: name, at: nowMs }, this.retention.changed, nowMs);
  }

  /** Records an event if some filter can read it, dropping what no filter can reach any more. */
  record(i: number, event: ContactEvent, keepDays: number, nowMs: number): void {
    if (keepDays <= 0) return;
    if (event.kind === 'page-viewed' && !this.pageMatters(event.url)) return;
    const events = this.live(i).events;
    events.push(event);
    // Compact now and then: drop what is older than any filter of its kind can read.
    if (events.length % 32 !== 0) return;
    let kept = 0;
    for (const e of events) {
      const days = this.retentionFor(e.kind);
      if (days === Infinity || e.at >= nowMs - (days + 1) * DAY_MS) events[kept++] = e;
    }
    events.length = kept;
  }

  retentionFor(kind: ContactEvent['kind']): number {
    switch (kind) {
      case 'email':
        return this.retention.email;
      case 'form-submitted':
        return this.retention.form;
      case 'page-viewed':
        return this.retention.page;
      case 'property-changed':
        return this.retention.changed;
    }
  }

  pageMatters(url: string): boolean {
    for (const f of this.pageFilters) if (f.match === 'equals' ? url === f.url : url.includes(f.url)) return true;
    return false;
  }

  private grow(capacity: number): void {
    const w = Math.max(1, this.workflowCount);
    const g = <T extends Uint8Array | Int8Array | Int32Array | Uint32Array | Float64Array>(a: T, n: number, fill = 0): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      if (fill !== 0) b.fill(fill);
      b.set(a);
      return b;
    };
    this.owned = g(this.owned, capacity);
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
