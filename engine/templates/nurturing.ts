import { asAssetId, asBranchId, asEmailId, asListId, type Lang, type Localized, type Project } from '../model/index.ts';
import { allOf, KEEP_CONTACTS_NOTE, fromArticle, pick, staticList, step, templateProject, templateWorkflow } from './common.ts';
import type { TemplateDefinition } from './types.ts';

/** What the catalogue (`flowbench templates`, the picker) and the project built from it are called. */
const NAME: Localized = { fr: 'Nurturing après un ebook (exemple 1 de l’article)', en: 'Nurturing after an ebook (article example 1)' };

/**
 * The seed's first example, step by step: an ebook download starts a follow-up, a second ebook
 * five days later, then a yes / no branch five days after that.
 */
const EBOOK_1 = asAssetId('asset-ebook-1');
const EBOOK_2 = asAssetId('asset-ebook-2');
const EMAIL_FOLLOWUP = asEmailId('email-followup');
const EMAIL_EBOOK_2 = asEmailId('email-ebook-2');
const EMAIL_ARTICLES = asEmailId('email-articles');
const LIST_DOWNLOADED = asListId('list-downloaded');
const LIST_ARTICLES = asListId('list-articles');

const EBOOK_1_TITLE = { fr: 'TOP 10 des sujets à aborder pour réussir en sujet Y', en: 'Top 10 topics to cover to succeed at topic Y' };
const EBOOK_2_TITLE = { fr: 'Comment construire votre propre sujet Y\u00a0?', en: 'How to build your own topic Y' };

const NOTES = {
  start: {
    fr: 'Commencez par un schéma de workflow relativement simple et ajoutez-y des éléments au fur et à mesure pour l’améliorer.',
    en: 'Start with a fairly simple workflow and add to it bit by bit to improve it.',
  },
  ebook2: {
    fr: 'Le second ebook propose du contenu en rapport avec le premier : il permet à votre lead de monter en compétences sur le sujet Y.',
    en: 'The second ebook follows on from the first: it helps your lead build up their skills on topic Y.',
  },
  branch: {
    fr: '5 jours passent, 2 solutions sont possibles (oui ou non sur HubSpot).',
    en: 'Five days go by and there are two possible outcomes (yes or no in HubSpot).',
  },
  downloaded: {
    fr: 'Très bon signe : vos ressources ne l’ont pas déçu, vous pourrez lui renvoyer plus tard des ressources pour l’emmener plus loin dans sa réflexion.',
    en: 'A very good sign: your resources did not disappoint, so you can send more later to take their thinking further.',
  },
  articles: {
    fr: 'Pas de panique : votre contact souhaite peut-être des ressources dans un format différent. Envoyez-lui quelques jours plus tard une sélection d’articles de blog sur le sujet Y.',
    en: 'No need to panic: your contact may want resources in a different format. A few days later, send a selection of blog articles on topic Y.',
  },
  test: {
    fr: 'Testez ! Si quelques semaines après le lancement vos résultats ne sont pas à la hauteur, testez de nouveaux contenus, e-mails ou formats.',
    en: 'Test! If a few weeks after launch the results fall short, try new content, emails or formats.',
  },
};

const keepContacts = (lang: Lang, extra: { fr: string; en: string }) => `${pick(extra, lang)}\n\n${pick(KEEP_CONTACTS_NOTE, lang)}`;

function build(lang: Lang): Project {
  const t = (text: { fr: string; en: string }) => pick(text, lang);
  const workflow = templateWorkflow(
    {
      id: 'wf-nurturing',
      name: { fr: 'Nurturing – ebook sujet Y', en: 'Nurturing – topic Y ebook' },
      description: {
        fr: 'Exemple SIMPLE de nurturing : après le téléchargement du premier ebook, un e-mail de suivi, puis le second ebook, puis une sélection d’articles pour ceux qui ne l’ont pas téléchargé.',
        en: 'A SIMPLE nurturing example: after the first ebook download, a follow-up email, then the second ebook, then a selection of articles for those who did not download it.',
      },
      triggers: allOf({ kind: 'form', asset: EBOOK_1, op: 'submitted' }),
      steps: [
        { id: step('step-send-followup'), kind: 'send-email', email: EMAIL_FOLLOWUP, next: step('step-wait-followup'), note: t(NOTES.start) },
        { id: step('step-wait-followup'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 5, unit: 'days' } }, next: step('step-send-ebook-2') },
        { id: step('step-send-ebook-2'), kind: 'send-email', email: EMAIL_EBOOK_2, next: step('step-wait-ebook-2'), note: t(NOTES.ebook2) },
        { id: step('step-wait-ebook-2'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 5, unit: 'days' } }, next: step('step-branch-ebook-2') },
        {
          id: step('step-branch-ebook-2'),
          kind: 'branch-if',
          note: t(NOTES.branch),
          branches: [
            {
              id: asBranchId('branch-downloaded'),
              name: t({ fr: 'A téléchargé l’ebook 2', en: 'Downloaded ebook 2' }),
              criteria: allOf({ kind: 'form', asset: EBOOK_2, op: 'submitted' }),
              next: step('step-list-downloaded'),
            },
          ],
          defaultName: t({ fr: 'Non', en: 'No' }),
          defaultNext: step('step-wait-articles'),
        },
        { id: step('step-list-downloaded'), kind: 'add-to-list', list: LIST_DOWNLOADED, next: null, note: keepContacts(lang, NOTES.downloaded) },
        { id: step('step-wait-articles'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 3, unit: 'days' } }, next: step('step-send-articles'), note: t(NOTES.articles) },
        { id: step('step-send-articles'), kind: 'send-email', email: EMAIL_ARTICLES, next: step('step-list-articles') },
        { id: step('step-list-articles'), kind: 'add-to-list', list: LIST_ARTICLES, next: null, note: keepContacts(lang, NOTES.test) },
      ],
    },
    lang,
  );
  return {
    ...templateProject(
      {
        id: 'template-nurturing',
        name: NAME,
        simulation: { horizonDays: 30, arrivals: { perDay: 0, viaAsset: EBOOK_1, lifecycleStage: 'subscriber' } },
      },
      lang,
    ),
    workflows: [workflow],
    assets: [
      { id: EBOOK_1, name: t({ fr: `Ebook\u00a0: ${EBOOK_1_TITLE.fr}`, en: `Ebook: ${EBOOK_1_TITLE.en}` }), kind: 'ebook', conversionScale: 1 },
      { id: EBOOK_2, name: t({ fr: `Ebook\u00a0: ${EBOOK_2_TITLE.fr}`, en: `Ebook: ${EBOOK_2_TITLE.en}` }), kind: 'ebook', conversionScale: 1 },
    ],
    emails: [
      {
        id: EMAIL_FOLLOWUP,
        name: t({ fr: 'Suivi – ebook 1', en: 'Follow-up – ebook 1' }),
        subject: t({ fr: `Votre ebook «\u00a0${EBOOK_1_TITLE.fr}\u00a0»`, en: `Your ebook "${EBOOK_1_TITLE.en}"` }),
        asset: null,
        openScale: 1,
        clickScale: 1,
      },
      {
        id: EMAIL_EBOOK_2,
        name: t({ fr: 'Offre – ebook 2', en: 'Offer – ebook 2' }),
        subject: t({ fr: `Pour aller plus loin\u00a0: «\u00a0${EBOOK_2_TITLE.fr}\u00a0»`, en: `Go further: "${EBOOK_2_TITLE.en}"` }),
        asset: EBOOK_2,
        openScale: 1,
        clickScale: 1,
      },
      {
        id: EMAIL_ARTICLES,
        name: t({ fr: 'Sélection d’articles de blog sur le sujet Y', en: 'Selection of blog articles on topic Y' }),
        subject: t({ fr: 'Nos meilleurs articles sur le sujet Y', en: 'Our best articles on topic Y' }),
        asset: null,
        openScale: 1,
        clickScale: 1,
      },
    ],
    lists: [
      staticList(
        'list-downloaded',
        { fr: 'Nurturing – ebook 2 téléchargé', en: 'Nurturing – ebook 2 downloaded' },
        { fr: 'Contacts à ré-engager plus tard avec des ressources plus avancées.', en: 'Contacts to re-engage later with more advanced resources.' },
        lang,
      ),
      staticList(
        'list-articles',
        { fr: 'Nurturing – articles envoyés', en: 'Nurturing – articles sent' },
        { fr: 'Contacts qui n’ont pas téléchargé l’ebook 2 et ont reçu la sélection d’articles.', en: 'Contacts who did not download ebook 2 and received the article selection.' },
        lang,
      ),
    ],
  };
}

export const nurturing: TemplateDefinition = {
  info: {
    id: 'nurturing',
    name: NAME,
    description: fromArticle(1, {
      fr: 'e-mail de suivi, second ebook 5 jours plus tard, puis articles de blog pour ceux qui ne l’ont pas téléchargé.',
      en: 'a follow-up email, a second ebook 5 days later, then blog articles for those who did not download it.',
    }),
    workflowTypes: ['contact'],
  },
  build,
};
