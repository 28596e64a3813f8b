import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../engine/cli/commands.ts';
import { studyText } from '../../engine/cli/commands/study-report.ts';
import { asBranchId, asProjectId, asStepId, emptyProject, type Criteria, type Project } from '../../engine/model/index.ts';
import { simulate } from '../../engine/sim/index.ts';
import { certainPersona, contact, workflow } from './sim/fixtures.ts';

/**
 * A run of a study is a "tirage" / "run" wherever a marketer reads it, as the app's Runs field
 * ("Tirages") and the study's note ("un nouveau tirage") say: not "réplication", "simulations" or
 * "replication". The option keeps its name, --replications. And "tirage" means a run only: the
 * random split's reason and the comparison's shared chance say so in other words.
 */

const RUN_WORDS = { fr: /réplication|\bsimulations\b/i, en: /\breplications?\b/i } as const;
/** A help's lines without the option's own name. */
const said = (help: string) => help.replace(/--replications\b/g, '');

describe('the runs of a study are "tirages" / "runs"', () => {
  it.each(COMMANDS.flatMap((c) => (['fr', 'en'] as const).map((lang) => [c.name, lang, c] as const)))('in flowbench %s --help (%s)', (_name, lang, command) => {
    // test said "fils de calcul des réplications", report "N simulations", compare "réplication par réplication".
    expect(said(command.help[lang]).split('\n').filter((l) => RUN_WORDS[lang].test(l))).toEqual([]);
  });

  it('in a study’s heading: "1 tirage", "20 runs"', () => {
    const project = { ...emptyProject(asProjectId('p'), 'P') };
    const heading = (replications: number) => ({ project, replications, seed: 1, contacts: 30, days: 3 });
    const summary = { days: 3 } as never;
    expect(studyText(heading(1), [], summary, 'fr').split('\n')[0]).toBe('Étude «\u00a0P\u00a0»\u00a0: 1 tirage, graine 1, 30 contacts, fin du jour 3.');
    expect(studyText(heading(20), [], summary, 'en').split('\n')[0]).toBe('Study "P": 20 runs, seed 1, 30 contacts, end of day 3.');
  });
});

describe('"tirage" means a run only', () => {
  it('a random split’s reason is a "Répartition aléatoire", as its card says', () => {
    // A one-branch split (100 %): the contact goes down it; the reason said "Tirage aléatoire : 100 %…".
    const always: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'email', type: 'string', operation: { op: 'is-known' } }] }] };
    const persona = certainPersona(0);
    const wf = workflow('wf', [{ id: asStepId('split'), kind: 'branch-random', branches: [{ id: asBranchId('b'), name: 'A', percent: 100, next: null }] }], {
      enrollment: { triggers: always, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false },
    });
    const project: Project = { ...emptyProject(asProjectId('p'), 'p'), personas: [persona], workflows: [{ ...wf, start: asStepId('split') }] };
    const result = simulate(project, [contact('a', { email: 'a@example.com' }, [], persona)], { horizonDays: 1 });
    const [decision] = result.contactAt('a', 10)!.enrollments[0]!.decisions;
    expect(decision!.reasons).toEqual([{ fr: 'Répartition aléatoire\u00a0: 100\u00a0% des contacts vont dans cette branche.', en: 'Random split: 100% of contacts go down this branch.' }]);
  });

  it('flowbench compare --help says A and B meet the same chance, not "les mêmes tirages"', () => {
    const compare = COMMANDS.find((c) => c.name === 'compare')!;
    expect(compare.help.fr).toContain('tirage par tirage avec les mêmes graines\u00a0: un contact rencontre le même hasard dans A et B');
    expect(compare.help.fr).not.toContain('mêmes tirages');
  });
});
