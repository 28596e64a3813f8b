import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible } from '../../../engine/cli/terminal.ts';
import { saveProject } from '../../../engine/io/index.ts';
import type { Project, Step } from '../../../engine/model/index.ts';
import { asStepId } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { cli, tempDir, type CliRun } from './capture.ts';

/** What a hostile name may carry: clear screen, cursor home, CR and LF (fake lines), backspace, bell, a one-byte CSI, a bidi override, a title change. */
const HOSTILE = ['\u001b[2J\u001b[H', 'ok\rFAKE', 'line\nFAKE: done', 'ab\bc', 'bell\u0007', 'c1\u009b31m', 'txt.exe\u202egnp', '\u001b]0;pwned\u0007'];
const NAME = `Evil ${HOSTILE.join(' ')}`;

/** Anything a terminal would act on: C0 (LF allowed: our own line breaks), DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function hostileProject(): Project {
  const base = buildTemplate('nurturing', 'en');
  const [workflow] = base.workflows;
  const orphan: Step = { id: asStepId('step-orphan'), kind: 'clear-property', property: 'jobtitle', next: null, title: NAME };
  return {
    ...base,
    name: NAME,
    lists: base.lists.map((l) => ({ ...l, name: NAME })),
    workflows: [{ ...workflow!, name: NAME, steps: [...workflow!.steps.map((s) => ({ ...s, title: NAME })), orphan] }],
  };
}

let dir = '';
let cleanup = () => {};
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'evil.json'), saveProject(hostileProject()));
  // Ordinary rows around the hostile ones, or the import would take the file for binary junk.
  const filler = Array.from({ length: 300 }, (_, i) => `c${i}@example.com,Contact ${i},lead\n`).join('');
  writeFileSync(join(dir, 'evil.csv'), `Email,First Name,Lifecycle Stage\nada@example.com,${NAME.replace(/\n/g, ' ')},lead\n"\u001b[31m@x",Bob,lead\nlin@example.com,Lin,"\u001b[2Jboss\rFAKE"\n${filler}`);
});
afterAll(() => cleanup());

function expectSafe(run: CliRun): void {
  expect(run.out).not.toMatch(RAW);
  expect(run.err).not.toMatch(RAW);
  // No line starts with the text a name tried to fake as a line of its own.
  expect(`${run.out}\n${run.err}`.split('\n').some((l) => l.startsWith('FAKE'))).toBe(false);
}

describe('no user text reaches the terminal raw', () => {
  it('visible() writes every unsafe character as \\uXXXX and leaves ordinary text alone', () => {
    expect(visible('\u001b[2J')).toBe('\\u001b[2J');
    expect(visible('a\rb\nc\bd\te')).toBe('a\\u000db\\u000ac\\u0008d\\u0009e');
    expect(visible('\u202e\u2066\u009b\u007f')).toBe('\\u202e\\u2066\\u009b\\u007f');
    expect(visible('\ud800x')).toBe('\\ud800x');
    expect(visible('Élodie « 😀 » – l’été')).toBe('Élodie « 😀 » – l’été');
  });

  const RUNS: readonly [string, readonly string[]][] = [
    ['validate (findings name the workflow and steps)', ['validate', 'evil.json']],
    ['simulate (summary names project, workflow, steps, lists)', ['simulate', 'evil.json', '--generate', '30', '--days', '3']],
    ['simulate --contacts (CSV values in row errors)', ['simulate', 'evil.json', '--contacts', 'evil.csv', '--days', '3']],
    ['simulate --workflow with an unknown id', ['simulate', 'evil.json', '--workflow', '\u001b[2Jwf\r']],
    ['validate of a file name carrying escapes', ['validate', 'no\u001b[2Jsuch\r.json']],
    ['template written to a file name carrying escapes', ['template', 'nurturing', 'out\u001b[1m\u202e.json']],
    ['templates', ['templates']],
    ['an unknown command', ['\u001b[2Jfrob']],
    ['an unknown option', ['validate', 'evil.json', '--\u001b[2J']],
  ];

  it.each(RUNS.flatMap(([name, argv]) => (['fr', 'en'] as const).map((lang) => [name, lang, argv] as const)))('%s (%s)', async (_, lang, argv) => {
    const run = await cli([...argv, '--lang', lang], dir);
    expectSafe(run);
    if (argv[0] !== 'templates') expect(`${run.out}${run.err}`).toMatch(/\\u001b|\\u000d/);
  });

  it('shows the hostile name escaped where it appears, so the user can still read it', async () => {
    const run = await cli(['validate', 'evil.json'], dir);
    expect(run.out).toContain(visible(NAME));
  });

  it.each(['fr', 'en'] as const)('validate --json stays valid JSON and gives the names back exactly (%s)', async (lang) => {
    const run = await cli(['validate', 'evil.json', '--json', '--lang', lang], dir);
    expectSafe(run);
    const parsed = JSON.parse(run.out) as { findings: { message: { en: string } }[] };
    expect(parsed.findings.some((f) => f.message.en.includes(NAME))).toBe(true);
  });
});
