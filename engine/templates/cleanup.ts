import { asListId, type Lang, type Localized, type Project } from '../model/index.ts';
import { allOf, KEEP_CONTACTS_NOTE, fromArticle, pick, staticList, step, templateProject, templateWorkflow } from './common.ts';
import type { TemplateDefinition } from './types.ts';

/** What the catalogue (`flowbench templates`, the picker) and the project built from it are called. */
const NAME: Localized = { fr: 'Nettoyage de la base (exemple 3 de l’article)', en: 'Database cleanup (article example 3)' };

/**
 * The seed's third example. HubSpot cannot delete contacts from a workflow, so the workflow only
 * gathers them in a list; clearing the email and deleting the list's members stay manual
 * choices, described rather than automated.
 */

const MANUAL_STEPS: Localized = {
  fr: 'HubSpot ne permet pas de supprimer des fiches contacts de manière automatisée. Vous pouvez ajouter l’action « Effacer la valeur de la propriété » sur l’e-mail : une fiche sans e-mail est inutilisable. Pour supprimer : ouvrir le segment « Nettoyage » > sélectionner tous les contacts > supprimer (dans le bac à sable).',
  en: 'HubSpot cannot delete contact records automatically. You may add a "Clear property value" action on the email: a record without an email is unusable. To delete: open the "Cleanup" segment > select all contacts > delete (in the sandbox).',
};

function build(lang: Lang): Project {
  const t = (text: Localized) => pick(text, lang);
  const workflow = templateWorkflow(
    {
      id: 'wf-cleanup',
      name: { fr: 'Nettoyage – inactifs depuis plus de 2 ans', en: 'Cleanup – inactive for more than 2 years' },
      description: {
        fr: `Garder une base de données «\u00a0propre\u00a0»\u00a0: une base saine est une garantie pour vos résultats (emailing notamment). ${MANUAL_STEPS.fr}`,
        en: `Keep the database "clean": a healthy database is a guarantee for your results (email marketing especially). ${MANUAL_STEPS.en}`,
      },
      triggers: allOf({ kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op: 'more-than-days-ago', days: 730 } }),
      steps: [
        {
          id: step('step-list-cleanup'),
          kind: 'add-to-list',
          list: asListId('list-cleanup'),
          next: null,
          note: `${t(MANUAL_STEPS)}\n\n${t(KEEP_CONTACTS_NOTE)}`,
        },
      ],
    },
    lang,
  );
  return {
    ...templateProject({ id: 'template-cleanup', name: NAME }, lang),
    workflows: [workflow],
    lists: [
      staticList(
        'list-cleanup',
        { fr: 'Nettoyage', en: 'Cleanup' },
        { fr: 'Contacts inactifs depuis plus de 2 ans, à supprimer à la main.', en: 'Contacts inactive for more than 2 years, to delete by hand.' },
        lang,
      ),
    ],
  };
}

export const cleanup: TemplateDefinition = {
  info: {
    id: 'cleanup',
    name: NAME,
    description: fromArticle(3, {
      fr: 'les contacts inactifs depuis plus de 2 ans rejoignent le segment « Nettoyage ».',
      en: 'contacts inactive for more than 2 years join the "Cleanup" segment.',
    }),
    workflowTypes: ['contact'],
  },
  build,
};
