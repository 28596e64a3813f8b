import { describe, expect, it } from 'vitest';
import { fromHubSpotFlow, type ImportResult } from '../../../engine/index.ts';

/**
 * What an import says about a flow it cannot read or reads with a gap: the field at fault and
 * what is wrong with it as it is (a number, a missing field), in French and English. Expected
 * sentences written by hand from the loader's wording (engine/io/issue-messages.ts: "must be text,
 * not a number", "is missing") and HubSpot's editor names (api.ts ACTION_NAMES).
 */
const go = (n: string) => ({ edgeType: 'STANDARD', nextActionId: n });
const single = (actionId: unknown, actionTypeId: string, fields: object, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeId,
  actionTypeVersion: 0,
  fields,
  ...(next ? { connection: go(next) } : {}),
});
const flow = (extra: object) => ({
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  name: 'Messages',
  startActionId: '1',
  enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
  actions: [single('1', '0-4', { content_id: '1001' }, '2'), single('2', '0-1', { delta: '3', time_unit: 'DAYS' })],
  ...extra,
});
const errors = (r: ImportResult) => (r.ok ? [] : r.errors);
const at = (r: ImportResult, path: string) => errors(r).find((e) => e.path === path)?.message;

describe('an unreadable flow is described as it is', () => {
  it('a number where HubSpot writes text is "a number", not "an object"', () => {
    const r = fromHubSpotFlow(flow({ actions: [single(1, '0-4', { content_id: '1001' })] }));
    expect(at(r, 'actions[0].actionId')).toEqual({
      fr: 'Le champ «\u00a0actionId\u00a0» doit être du texte, pas un nombre.',
      en: 'The field "actionId" must be text, not a number.',
    });
  });

  it('a delay without its fields: each one said to be missing, with what it must hold', () => {
    const r = fromHubSpotFlow(flow({ actions: [single('1', '0-1', {})] }));
    expect(at(r, 'actions[0].fields.delta')).toEqual({
      fr: 'Le champ «\u00a0delta\u00a0» manque\u00a0: il doit être un nombre entier de 0 ou plus écrit en chiffres, entre guillemets (par exemple "3").',
      en: 'The field "delta" is missing: it must be a whole number of 0 or more in digits, as text (for example "3").',
    });
    expect(at(r, 'actions[0].fields.time_unit')).toEqual({
      fr: 'Le champ «\u00a0time_unit\u00a0» manque\u00a0: il doit valoir l’une de ces valeurs\u00a0: "MINUTES", "HOURS", "DAYS".',
      en: 'The field "time_unit" is missing: it must be one of: "MINUTES", "HOURS", "DAYS".',
    });
    // A delta written as a number is there, of the wrong kind: not "missing".
    const number = fromHubSpotFlow(flow({ actions: [single('1', '0-1', { delta: 3, time_unit: 'DAYS' })] }));
    expect(at(number, 'actions[0].fields.delta')!.en).toBe('The field "delta" must be a whole number of 0 or more in digits, as text (for example "3").');
  });

  it('a suppression segment id that is not a number says a numeric id is needed', () => {
    const r = fromHubSpotFlow(flow({ suppressionListIds: ['abc'] }));
    expect(at(r, 'suppressionListIds[0]')).toEqual({
      fr: 'Le champ «\u00a0suppressionListIds[0]\u00a0» doit être un identifiant de segment numérique\u00a0: un nombre entier, par exemple 502.',
      en: 'The field "suppressionListIds[0]" must be a numeric segment id: a whole number, for example 502.',
    });
    // HubSpot's integers and a quoted whole number both read.
    expect(fromHubSpotFlow(flow({ suppressionListIds: [502, '503'] })).ok).toBe(true);
  });

  it('a description longer than a project keeps names the workflow and the field', () => {
    // 100,001 characters: one over MAX_TEXT_LENGTH (engine/schema/limits.ts).
    const [e] = errors(fromHubSpotFlow(flow({ description: 'x'.repeat(100_001) })));
    expect(e!.message.en).toBe('In workflow “Messages”: Text too long in the workflow’s description: 100,001 characters, over the 100,000 limit.');
    expect(e!.message.fr).toBe('Dans le workflow «\u00a0Messages\u00a0»\u00a0: Texte trop long dans la description du workflow\u00a0: 100\u202f001 caractères, au-delà de la limite de 100\u202f000.');
  });
});

describe('an action nothing leads to', () => {
  it('is named by its id and HubSpot’s name for it', () => {
    // Action 3 sends an email, but neither 1 nor 2 leads to it.
    const r = fromHubSpotFlow(flow({ actions: [single('1', '0-1', { delta: '1', time_unit: 'DAYS' }, '2'), single('2', '0-1', { delta: '2', time_unit: 'DAYS' }), single('3', '0-4', { content_id: '1001' })] }));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const note = r.notes.find((n) => n.path === 'actions[2]');
    expect(note?.message).toEqual({
      fr: 'L’action 3 («\u00a0Envoyer un e-mail marketing\u00a0») ne peut pas être atteinte depuis le début\u00a0: gardée, sans lien.',
      en: 'Action 3 (“Send marketing email”) cannot be reached from the start: kept, not linked.',
    });
  });

  it('a branch is named by its kind', () => {
    const r = fromHubSpotFlow(flow({ actions: [single('1', '0-1', { delta: '1', time_unit: 'DAYS' }), { type: 'AB_TEST_BRANCH', actionId: '2', testBranches: [go('1'), go('1')] }] }));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.notes.find((n) => n.path === 'actions[1]')?.message.en).toBe('Action 2 (“Random split”) cannot be reached from the start: kept, not linked.');
  });
});
