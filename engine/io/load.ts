import { z } from 'zod';
import type { Localized } from '../model/index.ts';
import { checkProjectIntegrity, projectSchema } from '../schema/index.ts';
import { FILE_FORMAT, FILE_VERSION, MAX_NESTING_DEPTH, MAX_PROJECT_BYTES, failure, type LoadResult } from './envelope.ts';
import { zodIssuesToLoadIssues, topIssues } from './issue-messages.ts';
import { checkJsonText, type JsonTextProblem } from './json-text.ts';
import { OLDEST_VERSION, migrate } from './migrations.ts';

const envelopeSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  app: z.strictObject({ name: z.string(), version: z.string() }),
  project: projectSchema,
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nesting depth check without recursion: a hostile value cannot overflow the stack. */
function tooDeep(value: unknown, maxDepth: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= maxDepth) return true;
    for (const child of Object.values(v)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

function syntaxMessage(problem: JsonTextProblem): Localized {
  const at = { fr: `ligne ${problem.line}, colonne ${problem.column}`, en: `line ${problem.line}, column ${problem.column}` };
  switch (problem.kind) {
    case 'unexpected-end':
      return {
        fr: `Le fichier s’arrête au milieu du contenu (${at.fr}) : il est tronqué ou incomplet.`,
        en: `The file stops in the middle of its content (${at.en}): it is truncated or incomplete.`,
      };
    case 'unexpected-character':
      return {
        fr: `Le fichier n’est pas du JSON valide : caractère inattendu « ${problem.found} » (${at.fr}).`,
        en: `The file is not valid JSON: unexpected character "${problem.found}" (${at.en}).`,
      };
    case 'too-deep':
      return deepMessage(at);
  }
}

function deepMessage(at?: Localized): Localized {
  const where = at ? { fr: ` (${at.fr})`, en: ` (${at.en})` } : { fr: '', en: '' };
  return {
    fr: `Le contenu est imbriqué sur plus de ${MAX_NESTING_DEPTH} niveaux${where.fr} : ce n’est pas un projet Flowbench.`,
    en: `The content is nested more than ${MAX_NESTING_DEPTH} levels deep${where.en}: this is not a Flowbench project.`,
  };
}

/** Checks the envelope's `format` and `version`, so an unrelated or newer file gets a clear answer. */
function envelopeProblem(value: unknown): LoadResult | number {
  if (!isObject(value))
    return failure('', {
      fr: 'Ce fichier n’est pas un projet Flowbench : il contient autre chose qu’un projet.',
      en: 'This file is not a Flowbench project: it holds something other than a project.',
    });
  if (value.format !== FILE_FORMAT)
    return failure('format', {
      // Said as a marketer sees it; the technical detail (the "format" field) is the issue's path.
      fr: 'Ce fichier n’est pas un projet Flowbench : il n’a pas été enregistré par Flowbench, ou il a été modifié depuis.',
      en: 'This file is not a Flowbench project: it was not saved by Flowbench, or it was changed since.',
    });
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION)
    return failure('version', {
      fr: `Ce projet Flowbench est abîmé : son numéro de version est illisible (il doit être un nombre entier entre ${OLDEST_VERSION} et ${FILE_VERSION}).`,
      en: `This Flowbench project is damaged: its version number cannot be read (it must be a whole number from ${OLDEST_VERSION} to ${FILE_VERSION}).`,
    });
  if (version > FILE_VERSION)
    return failure('version', {
      fr: `Ce fichier a été créé par un Flowbench plus récent (version ${version}) ; celui-ci lit jusqu’à la version ${FILE_VERSION}. Mettez Flowbench à jour pour l’ouvrir.`,
      en: `This file was made by a newer Flowbench (version ${version}); this one reads up to ${FILE_VERSION}. Update Flowbench to open it.`,
    });
  return version;
}

function validate(value: unknown): LoadResult {
  if (tooDeep(value, MAX_NESTING_DEPTH)) return failure('', deepMessage());
  const envelope = envelopeProblem(value);
  if (typeof envelope !== 'number') return envelope;
  const migrated = migrate(value as Record<string, unknown>, envelope);
  const parsed = envelopeSchema.safeParse(migrated, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: topIssues(zodIssuesToLoadIssues(parsed.error.issues)) };
  const project = parsed.data.project;
  const integrity = checkProjectIntegrity(project);
  if (integrity.length > 0) return { ok: false, errors: topIssues(integrity) };
  return envelope < FILE_VERSION ? { ok: true, project, migratedFrom: envelope } : { ok: true, project };
}

const unexpected = (error: unknown): LoadResult =>
  failure('', {
    fr: `Le fichier n’a pas pu être lu (${error instanceof Error ? error.name : 'erreur inconnue'}).`,
    en: `The file could not be read (${error instanceof Error ? error.name : 'unknown error'}).`,
  });

/** Validates and migrates a value already parsed from JSON (e.g. pulled out of a PNG). Never throws. */
export function parseProject(value: unknown): LoadResult {
  try {
    return validate(value);
  } catch (error) {
    return unexpected(error);
  }
}

/** Reads a project file's text: size, syntax, envelope, migration, schema, integrity. Never throws. */
export function loadProject(text: string): LoadResult {
  try {
    if (typeof text !== 'string')
      return failure('', { fr: 'Le contenu à ouvrir doit être du texte.', en: 'The content to open must be text.' });
    if (text.length > MAX_PROJECT_BYTES) {
      const mb = (text.length / (1024 * 1024)).toFixed(0);
      return failure('', {
        fr: `Fichier trop volumineux : ${mb} Mo, au-delà de la limite de ${MAX_PROJECT_BYTES / (1024 * 1024)} Mo d’un projet.`,
        en: `File too large: ${mb} MB, over the ${MAX_PROJECT_BYTES / (1024 * 1024)} MB limit for a project.`,
      });
    }
    // A byte-order mark is what some editors put first; it is not content.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '')
      return failure('', { fr: 'Le fichier est vide : il ne contient aucun projet.', en: 'The file is empty: it holds no project.' });
    const problem = checkJsonText(body, MAX_NESTING_DEPTH);
    if (problem) return failure('', syntaxMessage(problem));
    return parseProject(JSON.parse(body));
  } catch (error) {
    return unexpected(error);
  }
}
