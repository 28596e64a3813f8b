import type { z } from 'zod';
import { zodIssuesToLoadIssues } from '../io/issue-messages.ts';
import { numberText, type Localized } from '../model/index.ts';
import { MAX_TEXT_LENGTH, type LoadIssue } from '../schema/index.ts';

/**
 * The load issues of a flow that does not match the v4 schema, as the project loader words them
 * (engine/io/issue-messages.ts), and a field the flow leaves out said to be missing whatever it
 * must hold: "The field "time_unit" is missing: it must be one of…", not "must be one of…", which
 * reads as if a wrong value were there. (The loader already says so for a missing field of the
 * wrong type: "is missing: expected text".)
 */
export function flowIssues(issues: readonly z.core.$ZodIssue[]): LoadIssue[] {
  return issues.flatMap((issue) => {
    const said = zodIssuesToLoadIssues([issue]);
    const missing = issue.code !== 'invalid_type' && issue.code !== 'unrecognized_keys' && 'input' in issue && issue.input === undefined;
    if (!missing) return said;
    return said.map((e) => ({
      ...e,
      message: {
        fr: e.message.fr.replace(/^(Le champ «\u00a0.*?\u00a0») doit /, '$1 manque\u00a0: il doit '),
        en: e.message.en.replace(/^(The field ".*?") must /, '$1 is missing: it must '),
      },
    }));
  });
}

/** What a text field of a workflow or a step is, in words, for "text too long in …". */
const TEXT_FIELDS: Readonly<Record<string, Localized>> = {
  description: { fr: 'la description du workflow', en: 'the workflow’s description' },
  name: { fr: 'le nom', en: 'the name' },
  note: { fr: 'la note de l’étape', en: 'the step’s note' },
  title: { fr: 'le titre de l’étape', en: 'the step’s title' },
  subject: { fr: 'l’objet', en: 'the subject' },
  taskTitle: { fr: 'le titre de la tâche', en: 'the task’s title' },
  label: { fr: 'le nom de l’action', en: 'the action’s name' },
};

/** The value at a path such as `project.workflows[0].steps[2].note` in `file`, or undefined. */
function valueAt(file: unknown, path: string): unknown {
  let value = file;
  for (const m of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[m[1] ?? Number(m[2])];
  }
  return value;
}

/**
 * A text of a read workflow longer than a project keeps, said with the field it is in ("Text too
 * long in the workflow’s description: 5,200,000 characters…"): the loader's own words
 * (engine/io/plain-data.ts) name no field, and the place before them names only the workflow.
 * Any other issue is returned as it is.
 */
export function namedTextIssue(file: unknown, issue: LoadIssue): LoadIssue {
  const text = valueAt(file, issue.path);
  if (typeof text !== 'string' || text.length <= MAX_TEXT_LENGTH) return issue;
  const key = /([A-Za-z_$][\w$]*)(?:\[\d+\])*$/.exec(issue.path)?.[1] ?? '';
  const what = TEXT_FIELDS[key] ?? { fr: `le champ «\u00a0${key}\u00a0»`, en: `the field "${key}"` };
  return {
    path: issue.path,
    message: {
      fr: `Texte trop long dans ${what.fr}\u00a0: ${numberText(text.length, 'fr')} caractères, au-delà de la limite de ${numberText(MAX_TEXT_LENGTH, 'fr')}.`,
      en: `Text too long in ${what.en}: ${numberText(text.length, 'en')} characters, over the ${numberText(MAX_TEXT_LENGTH, 'en')} limit.`,
    },
  };
}
