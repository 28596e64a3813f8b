import type { Contact, ContactEvent } from '../../engine/model/index.ts';
import { asContactId, asListId, asPersonaId } from '../../engine/model/index.ts';
import type { BucketEntry, HistoryRow, MembershipRow } from './sandbox-db.ts';

/** Contacts to stored rows and back: the engine only ever sees plain `Contact`s. */
export function contactToRows(sandbox: string, contact: Contact, seq: number) {
  const entry: BucketEntry = { id: contact.id, seq, properties: contact.properties, persona: contact.persona };
  const memberships: MembershipRow[] = contact.lists.map((list) => ({ sandbox, list, contact: contact.id }));
  const history: HistoryRow | null = contact.events.length > 0 ? { sandbox, contact: contact.id, events: contact.events } : null;
  return { entry, memberships, history };
}

/** Turns stored entries back into contacts with their lists and history. */
export function contactBuilder(memberships: readonly MembershipRow[], histories: readonly HistoryRow[]): (entry: BucketEntry) => Contact {
  const lists = new Map<string, string[]>();
  for (const m of memberships) {
    const current = lists.get(m.contact);
    if (current) current.push(m.list);
    else lists.set(m.contact, [m.list]);
  }
  const events = new Map<string, readonly ContactEvent[]>(histories.map((h) => [h.contact, h.events]));
  const none: readonly never[] = [];
  return (entry) => ({
    id: asContactId(entry.id),
    properties: entry.properties,
    lists: (lists.get(entry.id) ?? none).map(asListId),
    events: events.get(entry.id) ?? none,
    persona: entry.persona === null ? null : asPersonaId(entry.persona),
  });
}

/**
 * Collects contacts in table order (ascending `seq`) as buckets arrive: `seq`s are unique
 * integers below the sandbox's `nextSeq`, so each contact has its own slot and no sort is needed.
 */
export class SeqOrder {
  private readonly slots: (Contact | undefined)[];
  private readonly stray: { seq: number; contact: Contact }[] = [];

  constructor(private readonly limit: number) {
    this.slots = new Array<Contact | undefined>(limit);
  }

  add(seq: number, contact: Contact): void {
    if (Number.isInteger(seq) && seq >= 0 && seq < this.limit && this.slots[seq] === undefined) this.slots[seq] = contact;
    else this.stray.push({ seq, contact });
  }

  contacts(): Contact[] {
    const placed = this.slots.filter((c): c is Contact => c !== undefined);
    if (this.stray.length === 0) return placed;
    // Only a damaged sandbox has seqs out of range or repeated: merge them by seq, stably.
    const all = [...this.slots.flatMap((c, seq) => (c ? [{ seq, contact: c }] : [])), ...this.stray];
    return all.sort((a, b) => a.seq - b.seq).map((x) => x.contact);
  }
}
