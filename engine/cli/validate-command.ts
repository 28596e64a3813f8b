import type { Finding } from '../lint/index.ts';
import { counted, type Lang, type Project } from '../model/index.ts';
import { complain, EXIT, say, type CliCommand, type CliIo } from './command.ts';
import { printLoadErrors } from './load-errors.ts';
import { readProjectFile } from './files.ts';
import { projectFindings } from './project-findings.ts';
import { visible } from './terminal.ts';

/** Severities as the app's Problems panel names them: an info finding is a "Suggestion". */
const SEVERITY_LABEL = {
  error: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
  info: { fr: 'suggestion', en: 'suggestion' },
} as const;

/** A tally's count and noun: "aucune erreur", "1 avertissement", "2 suggestions" / "no errors", "1 warning". */
const TALLY_NOUN: Readonly<Record<Finding['severity'], { fr: { none: string; one: string; many: string }; en: { one: string; many: string } }>> = {
  error: { fr: { none: 'aucune erreur', one: 'erreur', many: 'erreurs' }, en: { one: 'error', many: 'errors' } },
  warning: { fr: { none: 'aucun avertissement', one: 'avertissement', many: 'avertissements' }, en: { one: 'warning', many: 'warnings' } },
  info: { fr: { none: 'aucune suggestion', one: 'suggestion', many: 'suggestions' }, en: { one: 'suggestion', many: 'suggestions' } },
};

function tallied(n: number, severity: Finding['severity'], lang: Lang): string {
  if (lang === 'fr') {
    const w = TALLY_NOUN[severity].fr;
    return n === 0 ? w.none : counted(n, lang, w.one, w.many);
  }
  const w = TALLY_NOUN[severity].en;
  return n === 0 ? `no ${w.many}` : counted(n, lang, w.one, w.many);
}

/** Info findings are advice: a project with nothing worse is clean. */
const isProblem = (f: Finding) => f.severity !== 'info';

function findingLine(f: Finding, project: Project, lang: Lang): string {
  const workflow = f.workflow === null ? null : project.workflows.find((w) => w.id === f.workflow);
  const where = workflow ? workflow.name : f.workflow === null ? (lang === 'fr' ? '(projet)' : '(project)') : f.workflow;
  const steps = f.steps.length > 0 ? ` [${f.steps.join(', ')}]` : '';
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  return visible(`${SEVERITY_LABEL[f.severity][lang]}${colon}${where}${steps}${colon}${f.message[lang]}`);
}

function summary(findings: readonly Finding[], lang: Lang): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  if (findings.length === 0) return lang === 'fr' ? 'Aucun problème trouvé.' : 'No problems found.';
  const text = (['error', 'warning', 'info'] as const).map((s) => tallied(count(s), s, lang)).join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const NO_FILE = {
  fr: 'Quel fichier vérifier\u00a0? Écrivez\u00a0: flowbench validate <fichier> (un projet .json, ou une image PNG ou SVG exportée par Flowbench).',
  en: 'Which file to check? Write: flowbench validate <file> (a project .json, or a PNG or SVG picture exported by Flowbench).',
};

function tooMany(extra: readonly string[]) {
  return {
    fr: `Un seul fichier à la fois\u00a0; en trop\u00a0: ${extra.join(' ')}. Écrivez\u00a0: flowbench validate <fichier>.`,
    en: `One file at a time; extra: ${extra.join(' ')}. Write: flowbench validate <file>.`,
  };
}

function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** `flowbench validate <file>`: loads a project file and lints it, for scripts and CI. */
export const validateCommand: CliCommand = {
  name: 'validate',
  usage: { fr: '<fichier> [--json] [--lang fr|en]', en: '<file> [--json] [--lang fr|en]' },
  summary: { fr: 'Vérifie un fichier projet.', en: 'Checks a project file.' },
  help: {
    fr: [
      'Charge le fichier, puis signale les problèmes de ses workflows (contacts perdus, étapes inatteignables, propriétés inconnues…).',
      '',
      'Fichiers lus : le projet .json (UTF-8 avec ou sans BOM, UTF-16 LE ou BE), ou une image PNG ou SVG exportée par Flowbench, qui contient le projet.',
      '',
      'Options :',
      '  --json  écrit { ok, errors, findings } au lieu du texte.',
      '',
      'Codes de sortie : 0 sans problème (les suggestions ne comptent pas), 1 avertissements ou erreurs, 2 fichier illisible ou invalide.',
    ].join('\n'),
    en: [
      'Loads the file, then reports problems in its workflows (lost contacts, unreachable steps, unknown properties…).',
      '',
      'Files read: the project .json (UTF-8 with or without BOM, UTF-16 LE or BE), or a PNG or SVG picture exported by Flowbench, which holds the project.',
      '',
      'Options:',
      '  --json  prints { ok, errors, findings } instead of text.',
      '',
      'Exit codes: 0 clean (suggestions do not count), 1 warnings or errors, 2 file unreadable or invalid.',
    ].join('\n'),
  },
  options: { json: { type: 'boolean' } },
  run: async ({ positionals, options, lang, io }) => {
    const json = options['json'] === true;
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      complain(io, lang, file === undefined ? NO_FILE : tooMany(extra));
      return EXIT.usage;
    }
    const loaded = await readProjectFile(io, file);
    if (!loaded.ok) {
      if (json) printJson(io, { ok: false, errors: loaded.errors, findings: [] });
      else printLoadErrors(io, lang, loaded);
      return EXIT.usage;
    }
    const findings = projectFindings(loaded.project);
    const ok = !findings.some(isProblem);
    if (json) printJson(io, { ok, errors: [], findings });
    else {
      for (const f of findings) io.out(`${findingLine(f, loaded.project, lang)}\n`);
      say(io, lang, { fr: summary(findings, 'fr'), en: summary(findings, 'en') });
    }
    return ok ? EXIT.ok : EXIT.findings;
  },
};
