import type { CliCommand } from './command.ts';
import { simulateCommand } from './commands/simulate.ts';
import { reportCommand } from './commands/report.ts';
import { compareCommand } from './commands/compare.ts';
import { templateCommand } from './template-command.ts';
import { templatesCommand } from './templates-command.ts';
import { validateCommand } from './validate-command.ts';
import { hubspotCommand } from './hubspot/hubspot-command.ts';
import { testCommand } from './commands/test.ts';

/**
 * Every `flowbench` command, in the order the usage lists them. A new command is one file
 * exporting a CliCommand, added here (the help test finds each by name).
 */
export const COMMANDS: readonly CliCommand[] = [validateCommand, templatesCommand, templateCommand, hubspotCommand, reportCommand, testCommand, simulateCommand, compareCommand];
