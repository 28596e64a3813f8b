import { counted, type Localized } from '../model/index.ts';
import { cleanName } from '../schema/limits.ts';

/**
 * Workflows of a file that are not contact workflows (a deal, company or ticket workflow, as a
 * page of `GET /automation/v4/flows` mixes them): left out of an import that reads contact
 * workflows beside them, and said so by kind and name.
 */
export interface SkippedFlow {
  /** JSON path of the flow in the file (`results[1]`). */
  readonly path: string;
  readonly name: string;
  /** The CRM object the workflow enrolls (`0-3` for deals). */
  readonly objectTypeId: string;
}

/** HubSpot's object type ids (contacts are `0-1`) and the words for a workflow on each. */
const OBJECTS: Readonly<Record<string, { readonly one: Localized; readonly many: Localized }>> = {
  '0-2': { one: { fr: 'workflow d’entreprises laissé de côté', en: 'company workflow skipped' }, many: { fr: 'workflows d’entreprises laissés de côté', en: 'company workflows skipped' } },
  '0-3': { one: { fr: 'workflow de transactions laissé de côté', en: 'deal workflow skipped' }, many: { fr: 'workflows de transactions laissés de côté', en: 'deal workflows skipped' } },
  '0-5': { one: { fr: 'workflow de tickets laissé de côté', en: 'ticket workflow skipped' }, many: { fr: 'workflows de tickets laissés de côté', en: 'ticket workflows skipped' } },
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object a flow enrolls when it says one other than contacts (`objectTypeId` ≠ `0-1`), else null. */
export function otherObject(flow: unknown): string | null {
  return isObj(flow) && typeof flow.objectTypeId === 'string' && flow.objectTypeId !== '0-1' ? flow.objectTypeId : null;
}

/** A flow's name for a sentence, else its place in the file. */
export function flowName(flow: unknown, path: string): string {
  const name = isObj(flow) && typeof flow.name === 'string' ? cleanName(flow.name) : '';
  return name || path;
}

/**
 * One sentence per kind of workflow left out, with their names:
 * "1 deal workflow skipped (“Deal flow”): Flowbench reads contact workflows only."
 */
export function skippedMessages(skipped: readonly SkippedFlow[]): Localized[] {
  const kinds = [...new Set(skipped.map((s) => (Object.hasOwn(OBJECTS, s.objectTypeId) ? s.objectTypeId : 'other')))];
  return kinds.map((kind) => {
    const these = skipped.filter((s) => (Object.hasOwn(OBJECTS, s.objectTypeId) ? s.objectTypeId : 'other') === kind);
    const words = OBJECTS[kind] ?? {
      one: { fr: 'workflow d’un autre objet laissé de côté', en: 'workflow on another object skipped' },
      many: { fr: 'workflows d’autres objets laissés de côté', en: 'workflows on other objects skipped' },
    };
    const shown = these.slice(0, 6);
    const more = these.length > shown.length ? ', …' : '';
    const names = {
      fr: shown.map((s) => `«\u00a0${s.name}\u00a0»${kind === 'other' ? ` (${s.objectTypeId})` : ''}`).join(', ') + more,
      en: shown.map((s) => `“${s.name}”${kind === 'other' ? ` (${s.objectTypeId})` : ''}`).join(', ') + more,
    };
    return {
      fr: `${counted(these.length, 'fr', words.one.fr, words.many.fr)} (${names.fr})\u00a0: Flowbench ne lit que les workflows de contacts.`,
      en: `${counted(these.length, 'en', words.one.en, words.many.en)} (${names.en}): Flowbench reads contact workflows only.`,
    };
  });
}
