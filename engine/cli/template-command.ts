import { saveProject } from '../io/index.ts';
import { buildTemplate, isTemplateId, TEMPLATE_IDS } from '../templates/index.ts';
import type { Localized } from '../model/index.ts';
import { complain, EXIT, say, type CliCommand } from './command.ts';
import { writeText } from './files.ts';
import { extraArguments } from './args.ts';

const USAGE: Localized = { fr: '<id> <sortie.json> [--lang fr|en]', en: '<id> <out.json> [--lang fr|en]' };

/** What is wrong with the arguments, said before the usage: no template, no output file, one too many. */
function usageMistake(id: string | undefined, out: string | undefined, extra: readonly string[]): Localized | null {
  const ids = TEMPLATE_IDS.join(', ');
  if (id === undefined) return { fr: `Quel modèle\u00a0? Modèles\u00a0: ${ids}.`, en: `Which template? Templates: ${ids}.` };
  if (out === undefined) {
    return {
      fr: `Où écrire le projet\u00a0? Ajoutez le fichier de sortie\u00a0: flowbench template ${id} <sortie.json>.`,
      en: `Where to write the project? Add the output file: flowbench template ${id} <out.json>.`,
    };
  }
  if (extra.length > 0) return extraArguments(extra);
  return null;
}

/** `flowbench template <id> <out.json>`: writes a template's project file, ready to open or validate. */
export const templateCommand: CliCommand = {
  name: 'template',
  usage: USAGE,
  summary: { fr: 'Écrit le projet d’un modèle dans un fichier.', en: 'Writes a template’s project to a file.' },
  help: {
    fr: `Crée un fichier projet Flowbench à partir du modèle, dans la langue choisie. Modèles\u00a0: ${TEMPLATE_IDS.join(', ')}.`,
    en: `Creates a Flowbench project file from the template, in the chosen language. Templates: ${TEMPLATE_IDS.join(', ')}.`,
  },
  options: {},
  run: async ({ positionals, lang, io }) => {
    const [id, out, ...extra] = positionals;
    const wrong = usageMistake(id, out, extra);
    if (wrong || id === undefined || out === undefined) {
      if (wrong) complain(io, lang, wrong);
      complain(io, lang, { fr: `Utilisation\u00a0: flowbench template ${USAGE.fr}`, en: `Usage: flowbench template ${USAGE.en}` });
      return EXIT.usage;
    }
    if (!isTemplateId(id)) {
      complain(io, lang, {
        fr: `Modèle inconnu «\u00a0${id}\u00a0». Modèles disponibles\u00a0: ${TEMPLATE_IDS.join(', ')}.`,
        en: `Unknown template "${id}". Available templates: ${TEMPLATE_IDS.join(', ')}.`,
      });
      return EXIT.usage;
    }
    const project = buildTemplate(id, lang);
    const written = await writeText(io, out, saveProject(project));
    if (!written.ok) {
      complain(io, lang, written.message);
      return EXIT.usage;
    }
    say(io, lang, { fr: `Modèle «\u00a0${project.name}\u00a0» écrit dans ${out}.`, en: `Wrote template "${project.name}" to ${out}.` });
    return EXIT.ok;
  },
};
