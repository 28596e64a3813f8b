import { asAssetId, asEmailId, asListId, DEFAULT_SIMULATION, type Lang, type Localized, type Project } from '../model/index.ts';
import { addDays, allOf, KEEP_CONTACTS_NOTE, fromArticle, pick, staticList, step, templateProject, templateWorkflow } from './common.ts';
import type { TemplateDefinition } from './types.ts';

/** What the catalogue (`flowbench templates`, the picker) and the project built from it are called. */
const NAME: Localized = { fr: 'Webinar à date fixe', en: 'Fixed-date webinar' };

/**
 * A fixed-date workflow ("Centrer sur une date"): every step is timed from the webinar's date,
 * which falls a month into the simulation so the whole sequence plays out.
 */
const WEBINAR = asAssetId('asset-webinar');
const EMAIL_INVITATION = asEmailId('email-invitation');
const EMAIL_REMINDER = asEmailId('email-reminder');
const EMAIL_REPLAY = asEmailId('email-replay');
const START_DATE = DEFAULT_SIMULATION.startDate;
const WEBINAR_DATE = addDays(START_DATE, 30);

const email = (id: typeof EMAIL_INVITATION, name: string, subject: string, offers: boolean) => ({
  id,
  name,
  subject,
  asset: offers ? WEBINAR : null,
  openScale: 1,
  clickScale: 1,
});

function build(lang: Lang): Project {
  const t = (text: Localized) => pick(text, lang);
  const workflow = templateWorkflow(
    {
      id: 'wf-webinar',
      name: { fr: 'Webinar – invitation, rappel et replay', en: 'Webinar – invitation, reminder and replay' },
      description: {
        fr: `Workflow à date fixe\u00a0: tout se cale sur la date du webinar (${WEBINAR_DATE}). Invitation 14 jours avant, rappel la veille à 9\u00a0h, replay le lendemain.`,
        en: `Fixed-date workflow: everything is timed from the webinar date (${WEBINAR_DATE}). Invitation 14 days before, reminder the day before at 9 am, replay the day after.`,
      },
      timing: { type: 'fixed-date', anchorDate: WEBINAR_DATE },
      triggers: allOf({
        kind: 'property',
        property: 'lifecyclestage',
        type: 'enumeration',
        operation: { op: 'any-of', values: ['lead', 'marketingqualifiedlead'] },
      }),
      steps: [
        { id: step('step-list-invited'), kind: 'add-to-list', list: asListId('list-webinar-invited'), next: step('step-wait-invitation'), note: t(KEEP_CONTACTS_NOTE) },
        { id: step('step-wait-invitation'), kind: 'delay', delay: { mode: 'relative-to-anchor', offsetDays: -14, time: '10:00' }, next: step('step-send-invitation') },
        { id: step('step-send-invitation'), kind: 'send-email', email: EMAIL_INVITATION, next: step('step-wait-reminder') },
        { id: step('step-wait-reminder'), kind: 'delay', delay: { mode: 'relative-to-anchor', offsetDays: -1, time: '09:00' }, next: step('step-send-reminder') },
        { id: step('step-send-reminder'), kind: 'send-email', email: EMAIL_REMINDER, next: step('step-wait-replay') },
        { id: step('step-wait-replay'), kind: 'delay', delay: { mode: 'relative-to-anchor', offsetDays: 1, time: '10:00' }, next: step('step-send-replay') },
        {
          id: step('step-send-replay'),
          kind: 'send-email',
          email: EMAIL_REPLAY,
          next: null,
          note: t({
            fr: 'Le replay part à tous les invités, qu’ils aient assisté au webinar ou non.',
            en: 'The replay goes to every invitee, whether they attended the webinar or not.',
          }),
        },
      ],
    },
    lang,
  );
  return {
    ...templateProject({ id: 'template-webinar', name: NAME, simulation: { horizonDays: 45 } }, lang),
    workflows: [workflow],
    assets: [{ id: WEBINAR, name: t({ fr: 'Inscription au webinar sujet Y', en: 'Topic Y webinar registration' }), kind: 'webinar', conversionScale: 1 }],
    emails: [
      email(EMAIL_INVITATION, t({ fr: 'Webinar – invitation', en: 'Webinar – invitation' }), t({ fr: 'Vous êtes invité à notre webinar sur le sujet Y', en: 'You are invited to our topic Y webinar' }), true),
      email(EMAIL_REMINDER, t({ fr: 'Webinar – rappel', en: 'Webinar – reminder' }), t({ fr: 'C’est demain : notre webinar sur le sujet Y', en: 'Tomorrow: our topic Y webinar' }), true),
      email(EMAIL_REPLAY, t({ fr: 'Webinar – replay', en: 'Webinar – replay' }), t({ fr: 'Le replay du webinar sur le sujet Y est disponible', en: 'The topic Y webinar replay is available' }), false),
    ],
    lists: [
      staticList(
        'list-webinar-invited',
        { fr: 'Webinar – invités', en: 'Webinar – invitees' },
        { fr: 'Leads et MQL invités au webinar.', en: 'Leads and MQLs invited to the webinar.' },
        lang,
      ),
    ],
  };
}

export const webinar: TemplateDefinition = {
  info: {
    id: 'webinar',
    name: NAME,
    description: fromArticle(null, {
      fr: 'un workflow centré sur une date (invitation 14 jours avant le webinar, rappel la veille à 9\u00a0h, replay le lendemain).',
      en: 'a workflow centred on a date (invitation 14 days before the webinar, reminder the day before at 9 am, replay the day after).',
    }),
    workflowTypes: ['fixed-date'],
  },
  build,
};
