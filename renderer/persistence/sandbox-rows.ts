import type { Contact, ContactEvent } from '../../engine/model/index.ts';
import { asContactId, asListId, asPersonaId } from '../../engine/model/index.ts';
import type { ContactRow, HistoryRow, MembershipRow } from './sandbox-db.ts';

/** Contacts to the rows of the v2 schema and back: the engine only ever sees plain `Contact`s. */
export function contactToRows(sandbox: string, contact: Contact, seq: number) {
  const row: ContactRow = { sandbox, id: contact.id, seq, properties: contact.properties, persona: contact.persona };
  const memberships: MembershipRow[] = contact.lists.map((list) => ({ sandbox, list, contact: contact.id }));
  const history: HistoryRow | null = contact.events.length > 0 ? { sandbox, contact: contact.id, events: contact.events } : null;
  return { row, memberships, history };
}

export function rowsToContacts(rows: readonly ContactRow[], memberships: readonly MembershipRow[], histories: readonly HistoryRow[]): Contact[] {
  const lists = new Map<string, string[]>();
  for (const m of memberships) {
    const current = lists.get(m.contact);
    if (current) current.push(m.list);
    else lists.set(m.contact, [m.list]);
  }
  const events = new Map<string, readonly ContactEvent[]>(histories.map((h) => [h.contact, h.events]));
  return [...rows]
    .sort((a, b) => a.seq - b.seq)
    .map((row) => ({
      id: asContactId(row.id),
      properties: row.properties,
      lists: (lists.get(row.id) ?? []).map(asListId),
      events: events.get(row.id) ?? [],
      persona: row.persona === null ? null : asPersonaId(row.persona),
    }));
}
