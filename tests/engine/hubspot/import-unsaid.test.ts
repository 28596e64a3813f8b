import { describe, expect, it } from 'vitest';
import { buildTemplate, fromHubSpotFlow, toHubSpotFlow, type Project } from '../../../engine/index.ts';
import { fullMapping } from './helpers.ts';

/**
 * "Enroll contacts who already meet the criteria" and a date-property workflow's "recur annually"
 * have no field in v4's JSON (hubspot-today.md §1.2: HubSpot asks about existing records when the
 * workflow is turned on): an import sets them off and says so, for each workflow, so that a
 * simulation enrolling fewer contacts than the original (51 -> 8 on the cleanup template) is explained.
 */
const ENROLL = {
  fr: 'Le JSON d’un workflow HubSpot ne dit pas si les contacts existants sont inscrits quand il est activé\u00a0: réglé sur non\u00a0; vérifiez-le dans les paramètres du workflow.',
  en: 'HubSpot’s workflow JSON does not say whether existing contacts are enrolled when it is turned on: set to off; check it in the workflow’s settings.',
};
const RECUR = {
  fr: 'Le JSON d’un workflow HubSpot ne dit pas si un workflow centré sur une propriété de date se répète chaque année\u00a0: réglé sur non\u00a0; vérifiez-le dans les paramètres du workflow.',
  en: 'HubSpot’s workflow JSON does not say whether a workflow centred on a date property recurs every year: set to off; check it in the workflow’s settings.',
};

function exported(project: Project, index = 0): unknown {
  const r = toHubSpotFlow(project, project.workflows[index]!.id, fullMapping(project));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return JSON.parse(JSON.stringify(r.flow));
}

describe('settings v4 has no field for', () => {
  it('the cleanup template enrolls existing contacts: back from HubSpot it does not, and the import says so', () => {
    const project = buildTemplate('cleanup', 'en');
    expect(project.workflows[0]!.enrollment.enrollExisting).toBe(true);
    const r = fromHubSpotFlow(exported(project));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.workflows[0]!.enrollment.enrollExisting).toBe(false);
    expect(r.notes).toEqual([{ path: '', kind: 'unsaid', message: ENROLL }]);
  });

  it('the birthday template recurs every year: both settings said', () => {
    const project = buildTemplate('birthday', 'en');
    expect(project.workflows[0]!.timing).toMatchObject({ type: 'date-property', recurAnnually: true });
    const r = fromHubSpotFlow(exported(project));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.workflows[0]!.timing).toMatchObject({ type: 'date-property', recurAnnually: false });
    expect(r.notes).toEqual([
      { path: '', kind: 'unsaid', message: ENROLL },
      { path: '', kind: 'unsaid', message: RECUR },
    ]);
  });

  it('several workflows in one file: each one’s notes name it', () => {
    const project = buildTemplate('lifecycle', 'fr');
    const flows = project.workflows.map((_, i) => exported(project, i));
    const r = fromHubSpotFlow({ results: flows });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const unsaid = r.notes.filter((n) => n.kind === 'unsaid');
    expect(unsaid.map((n) => n.path)).toEqual(['results[0]', 'results[1]', 'results[2]']);
    const first = r.workflows[0]!.name;
    expect(unsaid[0]!.message).toEqual({
      fr: `Workflow «\u00a0${first}\u00a0»\u00a0: le JSON d’un workflow HubSpot ne dit pas si les contacts existants sont inscrits quand il est activé\u00a0: réglé sur non\u00a0; vérifiez-le dans les paramètres du workflow.`,
      en: `Workflow “${first}”: ${ENROLL.en}`,
    });
  });
});
