import { loadProject } from '../io/index.ts';
import { lintProject, type Finding } from '../lint/index.ts';
import type { Lang, Project } from '../model/index.ts';
import { complain, EXIT, say, type CliCommand, type CliIo } from './command.ts';
import { readText } from './files.ts';

const SEVERITY_LABEL = {
  error: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
  info: { fr: 'info', en: 'info' },
} as const;

/** Info findings are advice: a project with nothing worse is clean. */
const isProblem = (f: Finding) => f.severity !== 'info';

function findingLine(f: Finding, project: Project, lang: Lang): string {
  const workflow = f.workflow === null ? null : project.workflows.find((w) => w.id === f.workflow);
  const where = workflow ? workflow.name : f.workflow === null ? (lang === 'fr' ? '(projet)' : '(project)') : f.workflow;
  const steps = f.steps.length > 0 ? ` [${f.steps.join(', ')}]` : '';
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  return `${SEVERITY_LABEL[f.severity][lang]}${colon}${where}${steps}${colon}${f.message[lang]}`;
}

function summary(findings: readonly Finding[], lang: Lang): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  if (findings.length === 0) return lang === 'fr' ? 'Aucun problème trouvé.' : 'No problems found.';
  return lang === 'fr'
    ? `${errors} erreur(s), ${warnings} avertissement(s), ${infos} info(s).`
    : `${errors} error(s), ${warnings} warning(s), ${infos} info(s).`;
}

function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** `flowbench validate <file>`: loads a project file and lints it, for scripts and CI. */
export const validateCommand: CliCommand = {
  name: 'validate',
  usage: '<file> [--json] [--lang fr|en]',
  summary: { fr: 'Vérifie un fichier projet.', en: 'Checks a project file.' },
  help: {
    fr: 'Charge le fichier, puis signale les problèmes des workflows (contacts perdus, étapes inatteignables…). Codes de sortie\u00a0: 0 sans problème (les infos ne comptent pas), 1 avertissements ou erreurs, 2 fichier illisible ou invalide. --json écrit { ok, errors, findings }.',
    en: 'Loads the file, then reports problems in its workflows (lost contacts, unreachable steps…). Exit codes: 0 clean (info findings do not count), 1 warnings or errors, 2 file unreadable or invalid. --json prints { ok, errors, findings }.',
  },
  options: { json: { type: 'boolean' } },
  run: async ({ positionals, options, lang, io }) => {
    const json = options['json'] === true;
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      complain(io, lang, { fr: 'Utilisation\u00a0: flowbench validate <file> [--json]', en: 'Usage: flowbench validate <file> [--json]' });
      return EXIT.usage;
    }
    const text = await readText(io, file);
    const loaded = text.ok ? loadProject(text.value) : { ok: false as const, errors: [{ path: '', message: text.message }] };
    if (!loaded.ok) {
      if (json) printJson(io, { ok: false, errors: loaded.errors, findings: [] });
      else {
        complain(io, lang, { fr: `${file} ne peut pas être chargé\u00a0:`, en: `${file} cannot be loaded:` });
        const colon = lang === 'fr' ? '\u00a0: ' : ': ';
        for (const e of loaded.errors) io.err(`  ${e.path === '' ? '' : `${e.path}${colon}`}${e.message[lang]}\n`);
      }
      return EXIT.usage;
    }
    const findings = lintProject(loaded.project, loaded.project.contacts ? { contacts: loaded.project.contacts } : {});
    const ok = !findings.some(isProblem);
    if (json) printJson(io, { ok, errors: [], findings });
    else {
      for (const f of findings) io.out(`${findingLine(f, loaded.project, lang)}\n`);
      say(io, lang, { fr: summary(findings, 'fr'), en: summary(findings, 'en') });
    }
    return ok ? EXIT.ok : EXIT.findings;
  },
};
