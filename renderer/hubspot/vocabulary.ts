/**
 * HubSpot renamed lists "segments" in 2025 (hubspot-today.md §2); people still type the old
 * word. Searchable text that speaks of a segment also answers to "list" / "liste".
 */
const FORMER = '\nlist lists liste listes';

export function withFormerWords(text: string): string {
  return /segment/i.test(text) ? `${text}${FORMER}` : text;
}
