import { addImportToProject, buildSheet, fromHubSpotBytes, preflight, sheetMarkdown, skippedMessages, toHubSpotFlow } from '../../hubspot/index.ts';
import { MAX_PROJECT_BYTES, saveProject } from '../../io/index.ts';
import { asProjectId, counted, emptyProject, type Lang, type Project, type Workflow } from '../../model/index.ts';
import { complain, EXIT, say, type CliCommand, type CliIo, type CommandContext } from '../command.ts';
import { outputClash, outputOptions, readBytes, readProjectFile, writeAll, writeText, type InputPath, type OutputFile, type OutputPath } from '../files.ts';
import { printLoadErrors } from '../load-errors.ts';
import { visible as terminalSafe } from '../terminal.ts';
import { printCreated, printProblems } from './print.ts';
import { hubspotArgs, HUBSPOT_USAGE, refuseUsage } from './hubspot-usage.ts';
import { HUBSPOT_HELP } from './hubspot-help.ts';


async function load(io: CliIo, lang: Lang, file: string): Promise<Project | null> {
  const read = await readProjectFile(io, file);
  if (read.ok) return read.project;
  printLoadErrors(io, lang, read);
  return null;
}

/** Refuses an output that is also the input, or two outputs on one file (nothing read, run or written yet). */
async function clashes(io: CliIo, lang: Lang, input: InputPath, outputs: readonly OutputPath[]): Promise<boolean> {
  const clash = await outputClash(io, [input], outputs);
  if (clash) complain(io, lang, clash);
  return clash !== null;
}

async function write(io: CliIo, lang: Lang, file: string, text: string): Promise<boolean> {
  const written = await writeText(io, file, text);
  if (!written.ok) complain(io, lang, written.message);
  return written.ok;
}

/** The workflow `--workflow` names, else the project's first; null (said) when there is none such. */
function pickWorkflow(io: CliIo, lang: Lang, project: Project, asked: unknown): Workflow | null {
  const id = typeof asked === 'string' ? asked : project.workflows[0]?.id;
  const workflow = project.workflows.find((w) => w.id === id);
  if (workflow) return workflow;
  const ids = project.workflows.map((w) => w.id).join(', ');
  complain(io, lang, { fr: `Aucun workflow «\u00a0${String(id)}\u00a0». Workflows\u00a0: ${ids}.`, en: `No workflow "${String(id)}". Workflows: ${ids}.` });
  return null;
}

/** The pre-flight of every workflow, or of the one `--workflow` names. */
async function check({ options, lang, io }: CommandContext, file: string): Promise<number> {
  const project = await load(io, lang, file);
  if (!project) return EXIT.usage;
  const one = typeof options['workflow'] === 'string' ? pickWorkflow(io, lang, project, options['workflow']) : undefined;
  if (one === null) return EXIT.usage;
  const result = preflight(project, one?.id);
  printProblems(io, project, result.problems, lang);
  const blocking = result.problems.filter((p) => p.severity === 'blocking').length;
  say(io, lang, blocking === 0 ? { fr: 'Prêt pour HubSpot : aucun problème bloquant.', en: 'Ready for HubSpot: no blocking problem.' } : { fr: `${counted(blocking, 'fr', 'problème bloquant', 'problèmes bloquants')}.`, en: `${counted(blocking, 'en', 'blocking problem', 'blocking problems')}.` });
  return result.ok ? EXIT.ok : EXIT.findings;
}

async function exportFlow({ options, lang, io }: CommandContext, file: string): Promise<number> {
  const asked = outputOptions(options, ['out', 'sheet']);
  if (await clashes(io, lang, { path: file, what: { fr: 'le projet lu', en: 'the project read' } }, asked)) return EXIT.usage;
  const project = await load(io, lang, file);
  if (!project) return EXIT.usage;
  const workflow = pickWorkflow(io, lang, project, options['workflow']);
  if (!workflow) return EXIT.usage;
  const result = toHubSpotFlow(project, workflow.id);
  const sheet = typeof options['sheet'] === 'string' ? options['sheet'] : undefined;
  const out = typeof options['out'] === 'string' ? options['out'] : undefined;
  // Without --out the body is the standard output: nothing else may go there (`> flow.json` must be JSON).
  printProblems(io, project, result.problems, lang, out === undefined ? 'stderr' : 'by-severity');
  // The build sheet needs no HubSpot id: it is written even when blocking problems keep the body from being made.
  const json = result.ok ? `${JSON.stringify(result.flow, null, 2)}\n` : '';
  const files: OutputFile[] = result.ok && out !== undefined ? [{ path: out, option: '--out', text: json }] : [];
  if (sheet !== undefined) files.push({ path: sheet, option: '--sheet', text: sheetMarkdown(buildSheet(project, workflow, lang), lang) });
  // Every file asked or none (files.ts#writeAll): a sheet without its body, or the reverse, would look like a finished export.
  const written = await writeAll(io, files);
  if (!written.ok) {
    complain(io, lang, written.message);
    const names = files.map((f) => f.path).join(', ');
    complain(io, lang, { fr: `Aucun fichier écrit (${names} inchangés).`, en: `No file written (${names} unchanged).` });
    return EXIT.usage;
  }
  if (!result.ok) {
    complain(
      io,
      lang,
      sheet === undefined
        ? { fr: 'Export impossible tant que les problèmes bloquants ci-dessus restent.', en: 'Cannot export while the blocking problems above remain.' }
        : { fr: `Export impossible tant que les problèmes bloquants ci-dessus restent (seule la fiche ${sheet} a été écrite).`, en: `Cannot export while the blocking problems above remain (only the sheet ${sheet} was written).` },
    );
    return EXIT.findings;
  }
  if (out !== undefined) say(io, lang, { fr: `Corps POST /automation/v4/flows écrit dans ${terminalSafe(out)}.`, en: `POST /automation/v4/flows body written to ${terminalSafe(out)}.` });
  else io.out(json);
  return EXIT.ok;
}

async function importFlow({ lang, io }: CommandContext, file: string, out: string): Promise<number> {
  if (await clashes(io, lang, { path: file, what: { fr: 'le workflow HubSpot lu', en: 'the HubSpot workflow read' } }, [{ path: out }])) return EXIT.usage;
  const bytes = await readBytes(io, file, MAX_PROJECT_BYTES);
  if (!bytes.ok) return complain(io, lang, bytes.message), EXIT.usage;
  const base = emptyProject(asProjectId('project-hubspot-import'), lang === 'fr' ? 'Import HubSpot' : 'HubSpot import');
  // Decoded as a project file is: UTF-16 too (Windows PowerShell's `>` writes UTF-16 LE with a BOM).
  const result = fromHubSpotBytes(bytes.value, { project: base, lang });
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  if (!result.ok) {
    complain(io, lang, { fr: `${terminalSafe(file)} n’est pas un workflow HubSpot lisible\u00a0:`, en: `${terminalSafe(file)} is not a readable HubSpot workflow:` });
    for (const e of result.errors) io.err(`  ${terminalSafe(`${e.path === '' ? '' : `${e.path}${colon}`}${e.message[lang]}`)}\n`);
    return EXIT.usage;
  }
  for (const n of result.notes) io.out(`${terminalSafe(`${n.path === '' ? '' : `${n.path}${colon}`}${n.message[lang]}`)}\n`);
  if (!(await write(io, lang, out, saveProject(addImportToProject(base, result))))) return EXIT.usage;
  const n = result.workflows.length;
  say(io, lang, { fr: `${counted(n, 'fr', 'workflow importé', 'workflows importés')} dans ${terminalSafe(out)}.`, en: `Imported ${counted(n, 'en', 'workflow', 'workflows')} into ${terminalSafe(out)}.` });
  // A deal workflow beside the contact ones: left out, said so (exit 0: the contact workflows were read).
  for (const line of skippedMessages(result.skipped)) io.out(`${terminalSafe(line[lang])}\n`);
  // Named after their HubSpot ids, in the user's language: rename them in the app.
  printCreated(io, lang, [
    { one: { fr: 'e-mail créé', en: 'email created' }, many: { fr: 'e-mails créés', en: 'emails created' }, names: result.emails.map((e) => e.name) },
    { one: { fr: 'segment créé', en: 'segment created' }, many: { fr: 'segments créés', en: 'segments created' }, names: result.lists.map((l) => l.name) },
    { one: { fr: 'formulaire créé', en: 'form created' }, many: { fr: 'formulaires créés', en: 'forms created' }, names: result.assets.map((a) => a.name) },
    { one: { fr: 'propriété créée', en: 'property created' }, many: { fr: 'propriétés créées', en: 'properties created' }, names: result.properties.map((p) => p.name) },
  ]);
  return EXIT.ok;
}

/** `flowbench hubspot export|check|import`: the bridge to HubSpot's v4 flows JSON. */
export const hubspotCommand: CliCommand = {
  name: 'hubspot',
  usage: HUBSPOT_USAGE,
  summary: { fr: 'Exporte vers HubSpot (JSON v4), vérifie, importe.', en: 'Exports to HubSpot (v4 JSON), checks, imports.' },
  help: HUBSPOT_HELP,
  options: { workflow: { type: 'string', example: 'wf-nurturing' }, out: { type: 'string', example: 'flow.json' }, sheet: { type: 'string', example: { fr: 'fiche.md', en: 'sheet.md' } } },
  run: async (ctx) => {
    const args = hubspotArgs(ctx);
    if (!args.ok) return refuseUsage(ctx.io, ctx.lang, args.why);
    const [file, out] = args.files as [string, string];
    if (args.sub === 'export') return exportFlow(ctx, file);
    if (args.sub === 'check') return check(ctx, file);
    return importFlow(ctx, file, out);
  },
};
