import type { Contact } from '../model/index.ts';

/**
 * Rows of an import that are already in the sandbox: the same e-mail (compared in lower case, as
 * the import compares rows with one another) or the same record id. Added a second time, such a
 * contact would be enrolled twice and count twice in every figure; HubSpot keys contacts by
 * e-mail the same way. `fresh` keeps the file's order.
 */
export function alreadyThere(incoming: readonly Contact[], existing: readonly Contact[]): { readonly fresh: Contact[]; readonly already: number } {
  const emails = new Set<string>();
  const ids = new Set<string>();
  for (const c of existing) {
    ids.add(c.id);
    const email = c.properties.email;
    if (typeof email === 'string' && email !== '') emails.add(email.toLowerCase());
  }
  const fresh = incoming.filter((c) => {
    const email = c.properties.email;
    return !ids.has(c.id) && !(typeof email === 'string' && email !== '' && emails.has(email.toLowerCase()));
  });
  return { fresh, already: incoming.length - fresh.length };
}
