import { saveProject } from '../io/index.ts';
import { buildTemplate, isTemplateId, TEMPLATE_IDS } from '../templates/index.ts';
import { complain, EXIT, say, type CliCommand } from './command.ts';
import { writeText } from './files.ts';

/** `flowbench template <id> <out.json>`: writes a template's project file, ready to open or validate. */
export const templateCommand: CliCommand = {
  name: 'template',
  usage: { fr: '<id> <sortie.json> [--lang fr|en]', en: '<id> <out.json> [--lang fr|en]' },
  summary: { fr: 'Écrit le projet d’un modèle dans un fichier.', en: 'Writes a template’s project to a file.' },
  help: {
    fr: `Crée un fichier projet Flowbench à partir du modèle, dans la langue choisie. Modèles\u00a0: ${TEMPLATE_IDS.join(', ')}.`,
    en: `Creates a Flowbench project file from the template, in the chosen language. Templates: ${TEMPLATE_IDS.join(', ')}.`,
  },
  options: {},
  run: async ({ positionals, lang, io }) => {
    const [id, out, ...extra] = positionals;
    if (id === undefined || out === undefined || extra.length > 0) {
      complain(io, lang, {
        fr: 'Utilisation\u00a0: flowbench template <id> <sortie.json> [--lang fr|en]',
        en: 'Usage: flowbench template <id> <out.json> [--lang fr|en]',
      });
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
