import type { Lang, Project } from '../../model/index.ts';
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
    (p.severity === 'blocking' || where === 'stderr' ? io.err : io.out)(`${visible(line)}\n`);
  }
}
