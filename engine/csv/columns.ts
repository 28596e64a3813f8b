import type { PropertyDefinition } from '../model/index.ts';
import { oneLine, STANDARD_PROPERTIES } from '../model/index.ts';

/** Where a CSV column goes: a contact property, the record id, list memberships, the persona, or nowhere. */
export type ColumnTarget =
  | { readonly kind: 'property'; readonly property: string }
  | { readonly kind: 'id' }
  | { readonly kind: 'lists' }
  | { readonly kind: 'persona' }
  | { readonly kind: 'ignore' };

/** One target per column, in the file's column order. */
export type ColumnMapping = readonly ColumnTarget[];

export const IGNORE: ColumnTarget = { kind: 'ignore' };

/** The column names HubSpot's contact export writes (English portal); export uses these. */
export const HUBSPOT_COLUMNS: Readonly<Record<string, string>> = {
  email: 'Email',
  firstname: 'First Name',
  lastname: 'Last Name',
  company: 'Company Name',
  jobtitle: 'Job Title',
  contacttype: 'Contact Type',
  lifecyclestage: 'Lifecycle Stage',
  hubspotscore: 'HubSpot Score',
  createdate: 'Create Date',
  lastactivitydate: 'Last Activity Date',
  birthday: 'Birthday',
  renewaldate: 'Renewal Date',
};
export const ID_COLUMN = 'Record ID';
export const LISTS_COLUMN = 'Static Lists';
export const PERSONA_COLUMN = 'Persona';

/** Other names the same columns take in HubSpot exports, French portals and hand-made files. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  email: ['Email', 'E-mail', 'Adresse e-mail', 'Adresse email', 'Courriel', 'Email Address', 'Mail'],
  firstname: ['First Name', 'Prénom', 'Firstname'],
  lastname: ['Last Name', 'Nom', 'Nom de famille', 'Lastname'],
  company: ['Company Name', 'Company', "Nom de l'entreprise", 'Entreprise', 'Société'],
  jobtitle: ['Job Title', 'Intitulé du poste', 'Poste', 'Fonction', 'Titre'],
  contacttype: ['Contact Type', 'Type de contact', 'Type'],
  lifecyclestage: ['Lifecycle Stage', 'Phase du cycle de vie', 'Étape du cycle de vie', 'Cycle de vie'],
  hubspotscore: ['HubSpot Score', 'Score HubSpot', 'Score'],
  createdate: ['Create Date', 'Date de création', 'Created', 'Date created'],
  lastactivitydate: ['Last Activity Date', 'Date de dernière activité', 'Dernière activité'],
  birthday: ['Birthday', 'Date of birth', "Date d'anniversaire", 'Date de naissance', 'Anniversaire'],
  renewaldate: ['Renewal Date', 'Date de renouvellement'],
};
const SPECIAL: readonly [ColumnTarget, readonly string[]][] = [
  [{ kind: 'id' }, [ID_COLUMN, 'ID de fiche', 'Contact ID', 'ID du contact', 'ID']],
  [{ kind: 'lists' }, [LISTS_COLUMN, 'List memberships', 'Lists', 'Listes', 'Listes statiques', 'Appartenance aux listes']],
  [{ kind: 'persona' }, [PERSONA_COLUMN, 'Persona']],
];

/**
 * Lower case, no accents, apostrophes and dashes as spaces, single spaces, no control character
 * nor direction override: "Nom de l’entreprise" = "nom de l entreprise".
 */
export function foldHeader(name: string): string {
  return oneLine(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`_\-.:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function aliasTable(custom: readonly PropertyDefinition[]): Map<string, ColumnTarget> {
  const table = new Map<string, ColumnTarget>();
  const add = (name: string, target: ColumnTarget) => {
    const key = foldHeader(name);
    if (key && !table.has(key)) table.set(key, target);
  };
  for (const [target, names] of SPECIAL) for (const name of names) add(name, target);
  for (const [property, names] of Object.entries(ALIASES)) for (const name of names) add(name, { kind: 'property', property });
  for (const p of [...STANDARD_PROPERTIES, ...custom]) {
    const target: ColumnTarget = { kind: 'property', property: p.name };
    for (const name of [p.name, p.label.en, p.label.fr]) add(name, target);
  }
  return table;
}

/**
 * Maps HubSpot export columns (English or French, any case or accents) and the project's own
 * properties automatically; unknown columns, and second columns for an already-mapped target,
 * are ignored until the user maps them.
 */
export function autoMapColumns(headers: readonly string[], custom: readonly PropertyDefinition[] = []): ColumnMapping {
  const table = aliasTable(custom);
  const used = new Set<string>();
  return headers.map((header) => {
    const target = table.get(foldHeader(header));
    if (!target) return IGNORE;
    const key = targetKey(target);
    if (used.has(key)) return IGNORE;
    used.add(key);
    return target;
  });
}

export function targetKey(target: ColumnTarget): string {
  return target.kind === 'property' ? `property:${target.property}` : target.kind;
}

/** The column names recognised for `target` (what a message tells a user whose file lacks one). */
export function recognisedColumnNames(target: ColumnTarget, custom: readonly PropertyDefinition[] = []): string[] {
  const key = targetKey(target);
  const names = SPECIAL.filter(([t]) => targetKey(t) === key).flatMap(([, n]) => n);
  if (target.kind === 'property') {
    names.push(...(ALIASES[target.property] ?? []));
    const property = [...STANDARD_PROPERTIES, ...custom].find((p) => p.name === target.property);
    if (property) names.push(property.name, property.label.en, property.label.fr);
  }
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(foldHeader(n)) && seen.add(foldHeader(n)));
}
