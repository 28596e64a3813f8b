import { TEMPLATES } from '../templates/index.ts';
import { EXIT, type CliCommand } from './command.ts';

/** `flowbench templates`: the catalogue, one template per paragraph. */
export const templatesCommand: CliCommand = {
  name: 'templates',
  usage: '[--lang fr|en]',
  summary: { fr: 'Liste les modèles de workflows.', en: 'Lists the workflow templates.' },
  help: {
    fr: 'Affiche l’identifiant, le nom et la description de chaque modèle. L’identifiant sert à «\u00a0flowbench template\u00a0».',
    en: 'Prints the id, name and description of each template. The id is what "flowbench template" takes.',
  },
  options: {},
  run: ({ lang, io }) => {
    const width = Math.max(...TEMPLATES.map((t) => t.id.length));
    for (const t of TEMPLATES) {
      io.out(`${t.id.padEnd(width)}  ${t.name[lang]}\n${' '.repeat(width)}  ${t.description[lang]}\n`);
    }
    return Promise.resolve(EXIT.ok);
  },
};
