import type { Contact } from '../../engine/model/index.ts';
import type { ContactName } from './protocol.ts';

/** People are read by name, not by id: the worker looks names up, the page only shows them. */

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export function contactName(contact: Contact | undefined): ContactName {
  if (!contact) return { name: null, email: null };
  const full = [text(contact.properties.firstname), text(contact.properties.lastname)].filter((part) => part !== null).join(' ');
  return { name: full === '' ? null : full, email: text(contact.properties.email) };
}

/** "Émilie Chevalier · emilie.chevalier2@example.fr", else the email, else the id. */
export function contactLabel(who: ContactName | null | undefined, id: string): string {
  if (who?.name && who.email) return `${who.name} · ${who.email}`;
  return who?.name ?? who?.email ?? id;
}
