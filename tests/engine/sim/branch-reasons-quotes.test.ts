// A branch's reasons quote as the app's texts do, each language its own way: « » with no-break
// spaces in French, “ ” in English. English mixed them: `No — "Downloaded the ebook “Guide”": not met`,
// `default branch "No"`; French had plain spaces inside « » and before « : ».
import { describe, expect, it } from 'vitest';
import { asAssetId, asBranchId, asProjectId, asStepId, emptyProject, type Contact, type Criteria, type Localized, type Project } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { certainPersona, contact, DAY, START_MS, withPersonas, workflow } from './fixtures.ts';

const never = certainPersona(0, 2);

/** The nurturing template's branch for a contact who never opens: "Non" / "No", its one filter not met. */
function nurturingReasons(lang: 'fr' | 'en'): readonly Localized[] {
  const project = withPersonas(buildTemplate('nurturing', lang), [never]);
  const contacts: Contact[] = [contact('n-0', {}, [{ kind: 'form-submitted', asset: asAssetId('asset-ebook-1'), at: START_MS - 3_600_000 }], never)];
  return simulate(project, contacts, { horizonDays: 30 }).contactAt('n-0', 20 * DAY)!.enrollments[0]!.decisions[0]!.reasons;
}

const everyone: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'email', type: 'string', operation: { op: 'is-known' } }] }] };

/** One workflow branching on the lifecycle stage, its "Lead" branch taken by a lead. */
function valueReasons(stage: string): readonly Localized[] {
  const base = emptyProject(asProjectId('p'), 'p');
  const byStage = workflow('W', [
    { id: asStepId('v'), kind: 'branch-value', property: 'lifecyclestage', branches: [{ id: asBranchId('l'), name: 'Leads', value: 'lead', next: null }], defaultName: 'Autres', defaultNext: null },
  ], { enrollment: { triggers: everyone, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } });
  const project: Project = { ...base, personas: [never], workflows: [byStage], simulation: { ...base.simulation, horizonDays: 2, arrivals: { ...base.simulation.arrivals, perDay: 0 } } };
  return simulate(project, [contact('c0', { lifecyclestage: stage }, [], never)]).contactAt('c0', DAY)!.enrollments[0]!.decisions[0]!.reasons;
}

describe('the reasons of a branch decision', () => {
  it('English: the filter in the card’s words after the branch, the default branch in curly quotes, no straight quote', () => {
    const reasons = nurturingReasons('en').map((r) => r.en);
    expect(reasons).toEqual(['Downloaded ebook 2 — Downloaded the ebook “Ebook: How to build your own topic Y”: not met', 'No branch met: default branch “No”.']);
    expect(reasons.join(' ')).not.toContain('"');
  });

  it('French: guillemets with no-break spaces, a no-break space before the colon', () => {
    const reasons = nurturingReasons('fr').map((r) => r.fr);
    expect(reasons[0]).toMatch(/^A téléchargé l’ebook 2 — A téléchargé l’ebook «\u00a0Ebook.+\u00a0»\u00a0: non rempli$/);
    expect(reasons[1]).toBe('Aucune branche remplie\u00a0: branche par défaut «\u00a0Non\u00a0».');
    expect(reasons.join(' ')).not.toMatch(/« | »| :/);
  });

  it('a value branch names the property and the value by their labels, quoted in each language’s way', () => {
    expect(valueReasons('lead')).toEqual([{ fr: 'La propriété «\u00a0Phase du cycle de vie\u00a0» vaut «\u00a0Lead\u00a0».', en: 'Property “Lifecycle stage” equals “Lead”.' }]);
    expect(valueReasons('customer')).toEqual([{ fr: 'La propriété «\u00a0Phase du cycle de vie\u00a0» ne vaut aucune des valeurs des branches.', en: 'Property “Lifecycle stage” matches no branch value.' }]);
  });
});
