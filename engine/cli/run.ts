import { didYouMean, missingValue, parseCommandArgs } from './args.ts';
import { complain, EXIT, type CliIo } from './command.ts';
import { COMMANDS } from './commands.ts';
import { commandHelpText, usageText } from './help.ts';
import { isLang, langFromArgv, langFromEnv, langValue } from './lang.ts';
import { visible, visibleLines } from './terminal.ts';
import { VERSION } from './version.ts';

/**
 * The io every command gets: whatever it writes goes through `visibleLines`, so no user text
 * reaches the terminal raw even if a message forgot to escape it; a status line's carriage
 * return, which the escaping would show as `\u000d`, is added after it.
 */
function safeIo(io: CliIo): CliIo {
  return { ...io, out: (text) => io.out(visibleLines(text)), err: (text) => io.err(visibleLines(text)), status: (line) => io.err(`\r${visible(line)}`) };
}

/** The command line without `--lang X` / `--lang=X` (read first, so that every message speaks it). */
function withoutLang(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') i += langValue(argv, i) === undefined ? 0 : 1;
    else if (!arg.startsWith('--lang=')) out.push(arg);
  }
  return out;
}

/** Runs one command line (without `node` and the script) and resolves to the exit code. */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = safeIo(rawIo);
  const requested = langFromArgv(argv);
  const lang = isLang(requested) ? requested : langFromEnv(io.env);
  if (requested === '') {
    complain(io, lang, missingValue('lang', { fr: 'fr', en: 'fr' }));
    return EXIT.usage;
  }
  if (requested !== undefined && !isLang(requested)) {
    complain(io, lang, {
      fr: `Langue inconnue «\u00a0${requested}\u00a0»\u00a0: écrivez --lang fr ou --lang en.`,
      en: `Unknown language "${requested}": write --lang fr or --lang en.`,
    });
    return EXIT.usage;
  }
  const columns = io.columns;
  const [name, ...rest] = withoutLang(argv);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    if (topic) io.out(commandHelpText(topic, lang, columns));
    else (name === undefined ? io.err : io.out)(usageText(COMMANDS, lang, columns));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`flowbench ${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const guess = didYouMean(name, COMMANDS.map((c) => c.name));
    complain(io, lang, { fr: `Commande inconnue\u00a0: ${name}.${guess.fr}`, en: `Unknown command: ${name}.${guess.en}` });
    io.err(usageText(COMMANDS, lang, columns));
    return EXIT.usage;
  }
  const parsed = parseCommandArgs(rest, { ...command.options, lang: { type: 'string', example: 'fr' }, help: { type: 'boolean' } }, command.name);
  if (!parsed.ok) {
    complain(io, lang, parsed.message);
    return EXIT.usage;
  }
  if (parsed.options['help'] === true) {
    io.out(commandHelpText(command, lang, columns));
    return EXIT.ok;
  }
  try {
    return await command.run({ positionals: parsed.positionals, options: parsed.options, lang, io });
  } catch (error) {
    // A bug, not a user mistake: say so plainly rather than print half a result.
    complain(io, lang, { fr: 'Erreur inattendue\u00a0:', en: 'Unexpected error:' });
    io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
}
