import { describe, expect, it } from 'vitest';
import { cli, nurturingFolder } from './capture.ts';

/**
 * A study printed « Formulaires envoyés » for two counts 300 times apart (a review): 0,2 under an
 * email (forms sent after a click on it) and 64 in the totals (every form, spontaneous ones too).
 * The first is a download after a click, as the app and the report name it; the totals say "all".
 */
describe('the forms counts of a study say which forms', () => {
  it('names an email’s forms "downloads after a click" and the total "all", in English and French', async () => {
    const dir = nurturingFolder();
    const argv = ['simulate', 'p.json', '--generate', '2000', '--replications', '3', '--workers', '1'];
    const en = (await cli(argv, dir)).out.split('\n');
    const fr = (await cli([...argv, '--lang', 'fr'], dir)).out.split('\n');
    for (const [lines, each, all] of [
      [en, /^ {2}Step .*: downloads after a click: /, /^ {2}Forms submitted \(all, after a click or not\): /],
      [fr, /^ {2}Étape .*\u00a0: téléchargements après un clic\u00a0: /, /^ {2}Formulaires envoyés \(tous, après un clic ou non\)\u00a0: /],
    ] as const) {
      expect(lines.some((l) => each.test(l))).toBe(true);
      expect(lines.filter((l) => all.test(l))).toHaveLength(1);
      // No count is labelled with the bare words any more.
      expect(lines.filter((l) => /(forms submitted|formulaires envoyés)(\u00a0)?:/i.test(l))).toEqual([]);
    }
  });
});
