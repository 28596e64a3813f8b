import { TEMPLATES } from '../templates/index.ts';
import { complain, EXIT, type CliCommand } from './command.ts';
import { wrap } from './help.ts';
import { extraArguments } from './args.ts';

/** `flowbench templates`: the catalogue, one template per paragraph. */
export const templatesCommand: CliCommand = {
  name: 'templates',
  usage: { fr: '[--lang fr|en]', en: '[--lang fr|en]' },
  summary: { fr: 'Liste les modèles de workflows.', en: 'Lists the workflow templates.' },
  help: {
    fr: 'Affiche l’identifiant, le nom et la description de chaque modèle. L’identifiant sert à «\u00a0flowbench template\u00a0».',
    en: 'Prints the id, name and description of each template. The id is what "flowbench template" takes.',
  },
  options: {},
  run: ({ positionals, lang, io }) => {
    if (positionals.length > 0) {
      complain(io, lang, {
        fr: `${extraArguments(positionals).fr} Pour écrire un modèle\u00a0: flowbench template <id> <sortie.json>.`,
        en: `${extraArguments(positionals).en} To write a template: flowbench template <id> <out.json>.`,
      });
      return Promise.resolve(EXIT.usage);
    }
    const width = Math.max(...TEMPLATES.map((t) => t.id.length));
    const indent = ' '.repeat(width + 2);
    for (const t of TEMPLATES) io.out(`${wrap(`${t.id.padEnd(width)}  ${t.name[lang]}\n${indent}${t.description[lang]}`, io.columns)}\n`);
    return Promise.resolve(EXIT.ok);
  },
};
