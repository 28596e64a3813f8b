import { describe, expect, it } from 'vitest';
import { startOption } from '../../../engine/cli/commands/simulate-options.ts';
import { cli } from './capture.ts';

const cwd = process.cwd();
const message = (raw: string) => {
  const checked = startOption(raw);
  return checked.ok ? null : checked.message;
};

describe('--start: a well-formed day out of range is told the supported range', () => {
  it.each(['0001-01-01', '0999-12-31', '0000-06-01'])('%s', (day) => {
    expect(message(day)).toEqual({
      fr: `--start ${day}\u00a0: hors des dates prises en charge, du 1000-01-01 au 9999-12-31, par exemple --start 2025-03-01.`,
      en: `--start ${day}: outside the supported dates, 1000-01-01 to 9999-12-31, for example --start 2025-03-01.`,
    });
  });

  it('the range’s ends are accepted, leap days too', () => {
    for (const day of ['1000-01-01', '9999-12-31', '2024-02-29', '2000-02-29']) expect(startOption(day)).toEqual({ ok: true, value: day });
  });

  it('a day that does not exist, or another form, is still told the form', () => {
    for (const day of ['2025-02-30', '1900-02-29', '2025-13-01', '2025-3-1', '01/03/2025']) expect(message(day)?.en).toContain('expected a calendar date as YYYY-MM-DD');
  });

  it('through the command line, FR/EN, and in simulate’s help', async () => {
    const en = await cli(['simulate', 'p.json', '--start', '0001-01-01'], cwd);
    expect([en.code, en.err]).toEqual([2, '--start 0001-01-01: outside the supported dates, 1000-01-01 to 9999-12-31, for example --start 2025-03-01.\n']);
    const fr = await cli(['compare', 'a.json', 'b.json', '--start', '0001-01-01', '--lang', 'fr'], cwd);
    expect(fr.err).toContain('hors des dates prises en charge, du 1000-01-01 au 9999-12-31');
    const help = (await cli(['simulate', '--help'], cwd)).out.replace(/\n {6}/g, ' ');
    expect(help).toContain('--start YYYY-MM-DD  first simulated day (1000-01-01 to 9999-12-31).');
  });
});
