import { recognisedColumnNames } from '../../csv/columns.ts';
import { autoMapColumns, decodeCsvBytes, foldHeader, parseContactsCsv, readCsvHeader, targetKey, type ColumnMapping, type ColumnTarget } from '../../csv/index.ts';
import { readProjectText } from '../../io/embedded.ts';
import { allProperties, isPlural, type Contact, type Localized, type Project } from '../../model/index.ts';
import { num } from '../../study/index.ts';
import type { FileResult } from '../files.ts';
import { readBytes } from '../files.ts';
import type { CliIo } from '../command.ts';

/**
 * `--contacts file.csv [--map column=property]...`: the CSV read as the sandbox import reads
 * it, with the automatic column mapping, corrected by each `--map`.
 */

export interface ContactsRead {
  readonly contacts: Contact[];
  /** Messages about rows left out, each naming its line, then how many were left out of how many. */
  readonly warnings: readonly Localized[];
  /** Why the run cannot go on when every row was left out (after the warnings); null when some contact is usable. */
  readonly unusable: Localized | null;
}

const fail = (message: Localized): { ok: false; message: Localized } => ({ ok: false, message });
const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** A Flowbench project (JSON, or a picture carrying one) is not a contacts CSV: say what it is. */
function projectFileMessage(path: string, bytes: Uint8Array): Localized | null {
  const read = readProjectText(path, bytes);
  if (!read.ok || (read.kind === 'json' && !/^\s*[{[]/.test(read.text))) return null;
  const isProject = read.kind !== 'json' || /"format"\s*:\s*"flowbench-project"/.test(read.text.slice(0, 4096));
  return isProject
    ? {
        fr: `${path} est un fichier projet Flowbench, pas un CSV de contacts. Donnez le projet en premier argument et les contacts avec --contacts\u00a0: flowbench simulate projet.json --contacts contacts.csv.`,
        en: `${path} is a Flowbench project file, not a contacts CSV. Give the project as the first argument and the contacts with --contacts: flowbench simulate project.json --contacts contacts.csv.`,
      }
    : {
        fr: `${path} est un fichier JSON, pas un CSV de contacts\u00a0: exportez les contacts en CSV (une ligne d’en-tête, une ligne par contact).`,
        en: `${path} is a JSON file, not a contacts CSV: export the contacts as CSV (a header line, then one line per contact).`,
      };
}

/** The property (or special column) a `--map` value names: internal name, English or French label. */
function mapTarget(name: string, project: Project): ColumnTarget | null {
  const folded = foldHeader(name);
  if (folded === 'ignore' || folded === 'ignorer') return { kind: 'ignore' };
  for (const kind of ['id', 'lists', 'persona'] as const) if (folded === kind) return { kind };
  const property = allProperties(project.properties).find((p) => [p.name, p.label.en, p.label.fr].some((n) => foldHeader(n) === folded));
  return property ? { kind: 'property', property: property.name } : null;
}

function applyMaps(headers: readonly string[], auto: ColumnMapping, maps: readonly string[], project: Project): FileResult<ColumnMapping> {
  const mapping = [...auto];
  for (const map of maps) {
    const eq = map.lastIndexOf('=');
    if (eq <= 0 || eq === map.length - 1) {
      return fail({
        fr: `--map ${map}\u00a0: attendu colonne=propriété, par exemple --map "Courriel pro=email".`,
        en: `--map ${map}: expected column=property, for example --map "Work email=email".`,
      });
    }
    const [column, property] = [map.slice(0, eq).trim(), map.slice(eq + 1).trim()];
    const index = headers.findIndex((h) => foldHeader(h) === foldHeader(column));
    if (index < 0) {
      return fail({ fr: `--map ${map}\u00a0: le fichier n’a pas de colonne «\u00a0${column}\u00a0». Ses colonnes\u00a0: ${list(headers)}.`, en: `--map ${map}: the file has no column "${column}". Its columns: ${list(headers)}.` });
    }
    const target = mapTarget(property, project);
    if (!target) {
      const names = allProperties(project.properties).map((p) => p.name);
      return fail({
        fr: `--map ${map}\u00a0: propriété inconnue «\u00a0${property}\u00a0». Propriétés du projet\u00a0: ${names.join(', ')}\u00a0; ou id, lists, persona, ignore.`,
        en: `--map ${map}: unknown property "${property}". The project's properties: ${names.join(', ')}; or id, lists, persona, ignore.`,
      });
    }
    // The column takes the target; another column holding it before lets it go.
    for (let i = 0; i < mapping.length; i++) if (i !== index && target.kind !== 'ignore' && targetKey(mapping[i]!) === targetKey(target)) mapping[i] = { kind: 'ignore' };
    mapping[index] = target;
  }
  return { ok: true, value: mapping };
}

/** The column whose first values look like email addresses, to show `--map` with it. */
function likelyEmailColumn(headers: readonly string[], preview: readonly (readonly string[])[]): string | null {
  const index = headers.findIndex((_, i) => preview.some((row) => /^[^@\s]+@[^@\s]+$/.test((row[i] ?? '').trim())));
  return index < 0 ? null : headers[index]!;
}

function noEmailMessage(path: string, headers: readonly string[], preview: readonly (readonly string[])[], project: Project): Localized {
  const guess = likelyEmailColumn(headers, preview);
  const email = recognisedColumnNames({ kind: 'property', property: 'email' }, project.properties);
  const id = recognisedColumnNames({ kind: 'id' });
  return {
    fr: `${path}\u00a0: aucune colonne ne donne l’adresse e-mail (ni l’ID de fiche). Noms reconnus pour l’e-mail\u00a0: ${list(email)}\u00a0; pour l’ID de fiche\u00a0: ${list(id)} (majuscules et accents indifférents). Colonnes du fichier\u00a0: ${list(headers)}. Indiquez la colonne de l’e-mail avec --map, par exemple --map "${guess ?? 'colonne'}=email".`,
    en: `${path}: no column gives the email address (nor the record ID). Names recognised for the email: ${list(email)}; for the record ID: ${list(id)} (any case or accents). The file's columns: ${list(headers)}. Name the email column with --map, for example --map "${guess ?? 'column'}=email".`,
  };
}

export async function readContactsCsv(io: CliIo, project: Project, path: string, maps: readonly string[]): Promise<FileResult<ContactsRead>> {
  const bytes = await readBytes(io, path);
  if (!bytes.ok) return bytes;
  const asProject = projectFileMessage(path, bytes.value);
  if (asProject) return fail(asProject);
  const { text } = decodeCsvBytes(bytes.value);
  const header = readCsvHeader(text);
  if ('fatal' in header) return fail({ fr: `${path}\u00a0: ${header.fatal.fr}`, en: `${path}: ${header.fatal.en}` });
  const mapping = applyMaps(header.headers, autoMapColumns(header.headers, project.properties), maps, project);
  if (!mapping.ok) return mapping;
  if (!mapping.value.some((t) => (t.kind === 'property' && t.property === 'email') || t.kind === 'id')) return fail(noEmailMessage(path, header.headers, header.preview, project));
  const parsed = parseContactsCsv(text, mapping.value, { custom: project.properties, lists: project.lists, personas: project.personas, delimiter: header.delimiter });
  if (parsed.fatal) return fail({ fr: `${path}\u00a0: ${parsed.fatal.fr}`, en: `${path}: ${parsed.fatal.en}` });
  const warnings: Localized[] = parsed.errors.slice(0, 10).map((e) => ({ fr: `${path}, ligne ${e.line}\u00a0: ${e.reason.fr}`, en: `${path}, line ${e.line}: ${e.reason.en}` }));
  const more = parsed.errors.length - 10;
  if (more > 0) warnings.push(moreRows(more));
  if (parsed.contacts.length === 0) return { ok: true, value: { contacts: [], warnings, unusable: noUsableRow(path, parsed.total) } };
  if (parsed.errors.length > 0) warnings.push(rowsLeftOut(parsed.errors.length, parsed.total));
  return { ok: true, value: { contacts: parsed.contacts, warnings, unusable: null } };
}


function moreRows(more: number): Localized {
  return {
    fr: isPlural(more, 'fr') ? `… et ${num(more, 'fr')} autres lignes écartées.` : `… et ${num(more, 'fr')} autre ligne écartée.`,
    en: isPlural(more, 'en') ? `… and ${num(more, 'en')} more rows left out.` : `… and ${num(more, 'en')} more row left out.`,
  };
}

/** After the rows' messages: how many were left out, and how many the run is on. */
function rowsLeftOut(leftOut: number, total: number): Localized {
  const kept = total - leftOut;
  const fr = isPlural(leftOut, 'fr') ? `${num(leftOut, 'fr')} lignes sur ${num(total, 'fr')} écartées` : `${num(leftOut, 'fr')} ligne sur ${num(total, 'fr')} écartée`;
  const en = isPlural(leftOut, 'en') ? `${num(leftOut, 'en')} rows out of ${num(total, 'en')} left out` : `${num(leftOut, 'en')} row out of ${num(total, 'en')} left out`;
  return {
    fr: `${fr} (voir ci-dessus)\u00a0; la simulation porte sur ${isPlural(kept, 'fr') ? `les ${num(kept, 'fr')} autres` : 'la seule restante'}.`,
    en: `${en} (see above); the simulation runs on ${isPlural(kept, 'en') ? `the other ${num(kept, 'en')}` : 'the remaining one'}.`,
  };
}

function noUsableRow(path: string, total: number): Localized {
  const [fr, en] = total === 1 ? ['la seule ligne est écartée', 'its only row was left out'] : [`les ${num(total, 'fr')} lignes sont écartées`, `all its ${num(total, 'en')} rows were left out`];
  return {
    fr: `${path}\u00a0: aucun contact utilisable, ${fr} (voir ci-dessus). Rien n’a été simulé ni écrit.`,
    en: `${path}: no usable contact, ${en} (see above). Nothing was run or written.`,
  };
}
