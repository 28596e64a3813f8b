import { parseArgs } from 'node:util';
import type { Lang } from '../model/index.ts';
import { complain, EXIT, type CliCommand, type CliIo } from './command.ts';
import { COMMANDS } from './commands.ts';
import { isLang, langFromArgv, langFromEnv } from './lang.ts';

const COMMON_OPTIONS = { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } } as const;

function usage(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.usage}`.length));
  const lines = COMMANDS.map((c) => `  flowbench ${`${c.name} ${c.usage}`.padEnd(width)}  ${c.summary[lang]}`);
  const intro = lang === 'fr' ? 'Utilisation\u00a0:' : 'Usage:';
  const outro =
    lang === 'fr'
      ? 'Options communes\u00a0: --lang fr|en (par défaut selon LC_ALL / LANG), --help.'
      : 'Common options: --lang fr|en (default from LC_ALL / LANG), --help.';
  return `${intro}\n${lines.join('\n')}\n\n${outro}\n`;
}

function commandHelp(command: CliCommand, lang: Lang): string {
  const head = lang === 'fr' ? 'Utilisation\u00a0:' : 'Usage:';
  return `${head} flowbench ${command.name} ${command.usage}\n\n${command.summary[lang]}\n${command.help[lang]}\n`;
}

/** Runs one command line (without `node` and the script) and resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const requested = langFromArgv(argv);
  const lang = isLang(requested) ? requested : langFromEnv(io.env);
  if (requested !== undefined && !isLang(requested)) {
    complain(io, lang, { fr: `Langue inconnue «\u00a0${requested}\u00a0»\u00a0: fr ou en.`, en: `Unknown language "${requested}": fr or en.` });
    return EXIT.usage;
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    if (topic) io.out(commandHelp(topic, lang));
    else (name === undefined ? io.err : io.out)(usage(lang));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    complain(io, lang, { fr: `Commande inconnue\u00a0: ${name}`, en: `Unknown command: ${name}` });
    io.err(usage(lang));
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: { ...command.options, ...COMMON_OPTIONS }, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n`);
    io.err(commandHelp(command, lang));
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.out(commandHelp(command, lang));
    return EXIT.ok;
  }
  try {
    return await command.run({ positionals: parsed.positionals, options: parsed.values, lang, io });
  } catch (error) {
    // A bug, not a user mistake: say so plainly rather than print half a result.
    complain(io, lang, { fr: 'Erreur inattendue\u00a0:', en: 'Unexpected error:' });
    io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
}
