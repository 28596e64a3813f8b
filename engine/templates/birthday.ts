import { asEmailId, asListId, type Lang, type Localized, type Project } from '../model/index.ts';
import { allOf, KEEP_CONTACTS_NOTE, fromArticle, pick, staticList, step, templateProject, templateWorkflow } from './common.ts';
import type { TemplateDefinition } from './types.ts';

/** What the catalogue (`flowbench templates`, the picker) and the project built from it are called. */
const NAME: Localized = { fr: 'Anniversaire (propriété de date)', en: 'Birthday (date property)' };

/**
 * A date-property workflow ("Centrer sur une propriété de date"): each contact's own birthday
 * is the anchor, every year. Swapping the anchor for `renewaldate` gives a renewal reminder.
 */
const EMAIL_BIRTHDAY = asEmailId('email-birthday');

function build(lang: Lang): Project {
  const t = (text: Localized) => pick(text, lang);
  const workflow = templateWorkflow(
    {
      id: 'wf-birthday',
      name: { fr: 'Anniversaire – offre 30 jours avant', en: 'Birthday – offer 30 days before' },
      description: {
        fr: 'Workflow centré sur une propriété de date, chaque année : un e-mail 30 jours avant l’anniversaire du contact. Variante : remplacez la propriété d’ancrage par « Date de renouvellement » pour rappeler un renouvellement de contrat.',
        en: 'A workflow centred on a date property, every year (an email 30 days before the contact’s birthday. Variant: swap the anchor property for "Renewal date" to remind contacts of a contract renewal.',
      },
      timing: { type: 'date-property', anchorProperty: 'birthday', recurAnnually: true },
      triggers: allOf({ kind: 'property', property: 'birthday', type: 'date', operation: { op: 'is-known' } }),
      steps: [
        { id: step('step-wait-birthday'), kind: 'delay', delay: { mode: 'relative-to-anchor', offsetDays: -30, time: '09:00' }, next: step('step-send-birthday') },
        { id: step('step-send-birthday'), kind: 'send-email', email: EMAIL_BIRTHDAY, next: step('step-list-birthday') },
        { id: step('step-list-birthday'), kind: 'add-to-list', list: asListId('list-birthday-sent'), next: null, note: t(KEEP_CONTACTS_NOTE) },
      ],
    },
    lang,
  );
  return {
    ...templateProject({ id: 'template-birthday', name: NAME, simulation: { horizonDays: 365 } }, lang),
    workflows: [workflow],
    emails: [
      {
        id: EMAIL_BIRTHDAY,
        name: t({ fr: 'Anniversaire – offre', en: 'Birthday – offer' }),
        subject: t({ fr: 'Votre anniversaire approche : un cadeau vous attend', en: 'Your birthday is coming: a gift is waiting for you' }),
        asset: null,
        openScale: 1,
        clickScale: 1,
      },
    ],
    lists: [
      staticList(
        'list-birthday-sent',
        { fr: 'Anniversaire – e-mail envoyé', en: 'Birthday – email sent' },
        { fr: 'Contacts qui ont reçu l’offre d’anniversaire cette année.', en: 'Contacts who received the birthday offer this year.' },
        lang,
      ),
    ],
  };
}

export const birthday: TemplateDefinition = {
  info: {
    id: 'birthday',
    name: NAME,
    description: fromArticle(null, {
      fr: 'un workflow centré sur la date d’anniversaire de chaque contact, tous les ans, un e-mail 30 jours avant (ou un rappel de renouvellement).',
      en: 'a workflow centred on each contact’s birthday, every year, an email 30 days before (or a renewal reminder).',
    }),
    workflowTypes: ['date-property'],
  },
  build,
};
