import { counted, type Lang, type Localized, type Project } from '../../model/index.ts';
import type { PreflightProblem } from '../../hubspot/index.ts';
import type { CliIo } from '../command.ts';
import { visible } from '../terminal.ts';

const SEVERITY = {
  blocking: { fr: 'bloquant', en: 'blocking' },
  warning: { fr: 'avertissement', en: 'warning' },
  info: { fr: 'info', en: 'info' },
} as const;

/** Blocking problems on stderr, the others on stdout; all on stderr when stdout carries data (export's body). */
export function printProblems(io: CliIo, project: Project, problems: readonly PreflightProblem[], lang: Lang, where: 'by-severity' | 'stderr' = 'by-severity'): void {
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  for (const p of problems) {
    const workflow = project.workflows.find((w) => w.id === p.workflow)?.name ?? p.workflow;
    const steps = p.steps.length > 0 ? ` [${p.steps.join(', ')}]` : '';
    const line = `${SEVERITY[p.severity][lang]}${colon}${workflow}${steps}${colon}${p.message[lang]}`;
    const print = p.severity === 'blocking' || where === 'stderr' ? io.err : io.out;
    print(`${visible(line)}\n`);
    // An inferred field's technical detail (the field written, why it is uncertain): for whoever sends the body.
    if (p.detail) print(`  ${visible(p.detail[lang])}\n`);
  }
}

/** What an import created, kind by kind: "3 e-mails : E-mail HubSpot 7771, …" (names escaped, at most six). */
export function printCreated(io: CliIo, lang: Lang, created: readonly { readonly one: Localized; readonly many: Localized; readonly names: readonly string[] }[]): void {
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  for (const kind of created) {
    if (kind.names.length === 0) continue;
    const shown = kind.names.slice(0, 6).join(', ') + (kind.names.length > 6 ? ', …' : '');
    io.out(`${visible(`${counted(kind.names.length, lang, kind.one[lang], kind.many[lang])}${colon}${shown}`)}\n`);
  }
}
