import { oneLine, type Lang, type Localized } from '../model/index.ts';
import type { LoadIssue } from './issues.ts';

/**
 * Where a load issue is, said as a marketer names things: the workflow by its name and the step
 * by its place in it ("workflow « Nurturing », step 6"), an e-mail, list or asset by its name,
 * the scoring model, the expectations, the simulation settings, a contact by its number. Read off
 * the value that was checked (a file as parsed, or the project about to be saved), which may be
 * anything: whatever cannot be read gives no place, and the caller shows the JSON path instead.
 */

/** A name as it may be shown in a sentence: on one line, at most 60 characters. */
function shown(name: unknown): string | null {
  if (typeof name !== 'string' || name.trim() === '') return null;
  const line = oneLine(name).trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

const at = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

function item(list: unknown, index: number): unknown {
  return Array.isArray(list) ? list[index] : undefined;
}

const QUOTED = { fr: (s: string) => `«\u00a0${s}\u00a0»`, en: (s: string) => `“${s}”` } as const;

const NAMED: Record<string, { fr: string; en: string }> = {
  emails: { fr: 'l’e-mail', en: 'e-mail' },
  lists: { fr: 'le segment', en: 'segment' },
  assets: { fr: 'le contenu', en: 'asset' },
};

const WHOLE: Record<string, Localized> = {
  scoreModel: { fr: 'le modèle de score', en: 'the scoring model' },
  scoreRules: { fr: 'les règles de score', en: 'the score rules' },
  tests: { fr: 'les attentes', en: 'the expectations' },
  simulation: { fr: 'les réglages de la simulation', en: 'the simulation settings' },
  personas: { fr: 'les personas', en: 'the personas' },
  hubspot: { fr: 'la correspondance des identifiants HubSpot', en: 'the HubSpot id mapping' },
};

/** The place of `path` (as `project.workflows[2].steps[5].by`) in `file` (an object with a `project`), or null. */
export function issuePlace(file: unknown, path: string): Localized | null {
  const m = /^project\.([A-Za-z]+)(?:\[(\d+)\])?(?:\.steps\[(\d+)\])?/.exec(path);
  if (!m) return null;
  const [, section, index, step] = m;
  const project = at(file, 'project');
  if (section === 'workflows' && index !== undefined) {
    const name = shown(at(item(at(project, 'workflows'), Number(index)), 'name'));
    const fr = name ? `le workflow ${QUOTED.fr(name)}` : `le workflow n°\u00a0${Number(index) + 1}`;
    const en = name ? `workflow ${QUOTED.en(name)}` : `workflow ${Number(index) + 1}`;
    if (step === undefined) return { fr, en };
    return { fr: `${fr}, étape ${Number(step) + 1}`, en: `${en}, step ${Number(step) + 1}` };
  }
  const named = NAMED[section!];
  if (named && index !== undefined) {
    const name = shown(at(item(at(project, section!), Number(index)), 'name'));
    return name ? { fr: `${named.fr} ${QUOTED.fr(name)}`, en: `${named.en} ${QUOTED.en(name)}` } : { fr: `${named.fr} n°\u00a0${Number(index) + 1}`, en: `${named.en} ${Number(index) + 1}` };
  }
  if (section === 'contacts' && index !== undefined) return { fr: `le contact n°\u00a0${Number(index) + 1}`, en: `contact ${Number(index) + 1}` };
  return WHOLE[section!] ?? null;
}

/** An issue as one sentence: its place in words when it has one ("In workflow “X”, step 6: …"), else its path. */
export function issueText(file: unknown, issue: LoadIssue, lang: Lang): string {
  const place = issuePlace(file, issue.path);
  const message = issue.message[lang];
  if (place) return lang === 'fr' ? `Dans ${place.fr}\u00a0: ${message}` : `In ${place.en}: ${message}`;
  if (issue.path === '') return message;
  return lang === 'fr' ? `${issue.path}\u00a0: ${message}` : `${issue.path}: ${message}`;
}
