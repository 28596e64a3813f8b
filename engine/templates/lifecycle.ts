import { asScoreRuleId, type Criteria, type Lang, type Localized, type Project, type ScoreEvent, type ScoreModel, type ScoreRule } from '../model/index.ts';
import { allOf, anyOf, KEEP_CONTACTS_NOTE, fromArticle, pick, staticList, step, templateProject, templateWorkflow } from './common.ts';
import { asListId } from '../model/index.ts';
import type { TemplateDefinition } from './types.ts';

/** What the catalogue (`flowbench templates`, the picker) and the project built from it are called. */
const NAME: Localized = { fr: 'Phases du cycle de vie (exemple 2 de l’article)', en: 'Lifecycle stages (article example 2)' };

/**
 * The seed's second example: three short workflows running together on one population, each
 * moving contacts one stage further along the lifecycle.
 */

const QUALIFY_NOTE: Localized = {
  fr: 'Chaque entreprise possède des critères différents pour les étapes du tunnel de conversion : ceux-ci sont des exemples à adapter.',
  en: 'Every company has its own criteria for each stage of the funnel: these are examples to adapt.',
};

const SCORE_RULES_TEXT: readonly { id: string; name: Localized; points: number; criteria: Criteria }[] = [
  {
    id: 'score-form-recent',
    name: { fr: 'Formulaire soumis dans les 30 derniers jours', en: 'Form submitted in the last 30 days' },
    points: 30,
    criteria: allOf({ kind: 'form', asset: null, op: 'submitted', withinDays: 30 }),
  },
  {
    id: 'score-email-clicked',
    name: { fr: 'Clic dans un e-mail dans les 30 derniers jours', en: 'Email clicked in the last 30 days' },
    points: 20,
    criteria: allOf({ kind: 'email', email: null, event: 'clicked', withinDays: 30 }),
  },
  {
    id: 'score-email-opened',
    name: { fr: 'E-mail ouvert dans les 30 derniers jours', en: 'Email opened in the last 30 days' },
    points: 20,
    criteria: allOf({ kind: 'email', email: null, event: 'opened', withinDays: 30 }),
  },
  {
    id: 'score-director',
    name: { fr: 'Poste de direction', en: 'Director-level job title' },
    points: 25,
    criteria: anyOf(
      { kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'contains', value: 'Directeur' } },
      // A woman director is one too: "Directrice commerciale" scored nothing for her title.
      { kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'contains', value: 'Directrice' } },
      { kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'contains', value: 'Director' } },
    ),
  },
  {
    id: 'score-pricing-page',
    name: { fr: 'Page tarifs vue dans les 30 derniers jours', en: 'Pricing page viewed in the last 30 days' },
    points: 15,
    criteria: allOf({ kind: 'page-view', url: '/pricing', match: 'contains', op: 'viewed', withinDays: 30 }),
  },
  {
    id: 'score-student',
    name: { fr: 'Étudiant', en: 'Student' },
    points: -50,
    criteria: allOf({ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['student'] } }),
  },
  {
    id: 'score-competitor',
    name: { fr: 'Concurrent', en: 'Competitor' },
    points: -50,
    criteria: allOf({ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['competitor'] } }),
  },
];

/**
 * The score model (HubSpot's lead scoring since 2025): who the contact is (fit) and what they did
 * lately (engagement). Each email click, open and form counts, and loses half its points every 30
 * days; a pricing page view counts for 30 days. An engaged director (a form, an open and a click
 * this month: 30 + 15 + 25 = 70, plus 25) passes 90, the same activity without the title does not.
 */
const FIT_RULES: readonly { id: string; name: Localized; points: number; criteria: Criteria }[] = SCORE_RULES_TEXT.filter((r) =>
  ['score-director', 'score-student', 'score-competitor'].includes(r.id),
);

function scoreModel(t: (text: Localized) => string): ScoreModel {
  const event = (id: string, name: Localized, points: number, e: ScoreEvent) => ({ type: 'event' as const, id, name: t(name), points, event: e });
  return {
    groups: [
      {
        id: 'group-fit',
        name: t({ fr: 'Profil', en: 'Profile' }),
        kind: 'fit',
        limit: null,
        timeFrameDays: null,
        decay: null,
        rules: FIT_RULES.map((r) => ({ type: 'criteria', id: r.id, name: t(r.name), points: r.points, criteria: r.criteria })),
      },
      {
        id: 'group-email-forms',
        name: t({ fr: 'E-mails et formulaires', en: 'Emails and forms' }),
        kind: 'engagement',
        limit: 70,
        timeFrameDays: null,
        decay: { percent: 50, everyDays: 30 },
        rules: [
          event('score-form', { fr: 'Formulaire soumis', en: 'Form submitted' }, 30, { kind: 'form', asset: null }),
          event('score-click', { fr: 'Clic dans un e-mail', en: 'Email clicked' }, 25, { kind: 'email', event: 'clicked', email: null }),
          event('score-open', { fr: 'E-mail ouvert', en: 'Email opened' }, 15, { kind: 'email', event: 'opened', email: null }),
        ],
      },
      {
        id: 'group-site',
        name: t({ fr: 'Visites du site', en: 'Website visits' }),
        kind: 'engagement',
        limit: 30,
        timeFrameDays: 30,
        decay: null,
        rules: [event('score-pricing', { fr: 'Page tarifs vue', en: 'Pricing page viewed' }, 15, { kind: 'page-view', url: '/pricing', match: 'contains' })],
      },
    ],
    limit: 100,
    thresholds: [
      { label: t({ fr: 'Faible', en: 'Low' }), from: 0 },
      { label: t({ fr: 'Moyen', en: 'Medium' }), from: 40 },
      { label: t({ fr: 'Élevé', en: 'High' }), from: 70 },
    ],
  };
}

/** The legacy HubSpot score rules the template had before the 2025 score model (migration tests compare both). */
export const LEGACY_SCORE_RULES = (lang: Lang): ScoreRule[] =>
  SCORE_RULES_TEXT.map((r) => ({ id: asScoreRuleId(r.id), name: pick(r.name, lang), points: r.points, criteria: r.criteria }));

/**
 * Each workflow ends by adding the contact to a static list, as the seed advises for every
 * workflow ("terminez les branches par des listes statiques"): the contacts that moved this week
 * can be found and re-engaged, and none of them counts as lost.
 */
const STAGE_LISTS = {
  lead: { id: 'list-lifecycle-leads', name: { fr: 'Cycle de vie – Nouveaux leads', en: 'Lifecycle – New leads' } },
  mql: { id: 'list-lifecycle-mql', name: { fr: 'Cycle de vie – Nouveaux MQL', en: 'Lifecycle – New MQLs' } },
  sql: { id: 'list-lifecycle-sql', name: { fr: 'Cycle de vie – Nouveaux SQL', en: 'Lifecycle – New SQLs' } },
} as const;

const STAGE_LIST_DESCRIPTION: Localized = {
  fr: 'Contacts passés à cette phase par le workflow, pour les retrouver et les ré-engager.',
  en: 'Contacts the workflow moved to this stage, to find and re-engage them.',
};

function build(lang: Lang): Project {
  const t = (text: Localized) => pick(text, lang);
  const addTo = (key: keyof typeof STAGE_LISTS, id: string, next: null | ReturnType<typeof step> = null) =>
    ({ id: step(id), kind: 'add-to-list', list: asListId(STAGE_LISTS[key].id), next, note: t(KEEP_CONTACTS_NOTE) }) as const;
  const toLead = templateWorkflow(
    {
      id: 'wf-lifecycle-lead',
      name: { fr: 'Cycle de vie 1 – Formulaire → Lead', en: 'Lifecycle 1 – Form → Lead' },
      description: {
        fr: 'Un visiteur qui remplit n’importe quel formulaire sur votre site web passe dans l’état « Lead ».',
        en: 'A visitor who fills in any form on your website moves to the "Lead" stage.',
      },
      // Only contacts not yet further along, so the set never goes backwards.
      triggers: allOf(
        { kind: 'form', asset: null, op: 'submitted' },
        { kind: 'property', property: 'lifecyclestage', type: 'enumeration', operation: { op: 'any-of', values: ['subscriber'] }, includeUnknown: true },
      ),
      steps: [{ id: step('step-set-lead'), kind: 'set-lifecycle-stage', stage: 'lead', next: step('step-list-leads') }, addTo('lead', 'step-list-leads')],
    },
    lang,
  );
  const toMql = templateWorkflow(
    {
      id: 'wf-lifecycle-mql',
      name: { fr: 'Cycle de vie 2 – Lead → MQL', en: 'Lifecycle 2 – Lead → MQL' },
      description: {
        fr: 'Un contact qui n’est pas un étudiant, un concurrent ou un partenaire passe dans l’état « Marketing Qualified Lead ».',
        en: 'A contact who is not a student, a competitor or a partner moves to the "Marketing Qualified Lead" stage.',
      },
      triggers: allOf(
        { kind: 'property', property: 'lifecyclestage', type: 'enumeration', operation: { op: 'any-of', values: ['lead'] } },
        // A contact whose type nobody filled in is not excluded.
        { kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'none-of', values: ['student', 'competitor', 'partner'] }, includeUnknown: true },
      ),
      steps: [
        { id: step('step-set-mql'), kind: 'set-lifecycle-stage', stage: 'marketingqualifiedlead', next: step('step-list-mql'), note: t(QUALIFY_NOTE) },
        addTo('mql', 'step-list-mql'),
      ],
    },
    lang,
  );
  const toSql = templateWorkflow(
    {
      id: 'wf-lifecycle-sql',
      name: { fr: 'Cycle de vie 3 – MQL → SQL', en: 'Lifecycle 3 – MQL → SQL' },
      description: {
        fr: 'Un MQL dont le score combiné (adéquation + engagement) dépasse 90 points et qui a été actif il y a moins de 6 semaines passe dans l’état « Sales Qualified Lead » ; les commerciaux sont prévenus.',
        en: 'An MQL whose combined score (fit + engagement) is above 90 and who was active less than 6 weeks ago moves to the "Sales Qualified Lead" stage; sales are notified.',
      },
      triggers: allOf(
        { kind: 'property', property: 'lifecyclestage', type: 'enumeration', operation: { op: 'any-of', values: ['marketingqualifiedlead'] } },
        { kind: 'property', property: 'hubspotscore', type: 'number', operation: { op: 'gt', value: 90 } },
        { kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op: 'less-than-days-ago', days: 42 } },
      ),
      steps: [
        { id: step('step-set-sql'), kind: 'set-lifecycle-stage', stage: 'salesqualifiedlead', next: step('step-list-sql'), note: t(QUALIFY_NOTE) },
        addTo('sql', 'step-list-sql', step('step-notify-sales')),
        {
          id: step('step-notify-sales'),
          kind: 'internal-notification',
          recipient: 'sales@example.com',
          subject: t({ fr: 'Nouveau lead qualifié commercial (SQL) à contacter', en: 'New sales qualified lead to contact' }),
          next: null,
        },
      ],
    },
    lang,
  );
  return {
    ...templateProject({ id: 'template-lifecycle', name: NAME }, lang),
    workflows: [toLead, toMql, toSql],
    lists: Object.values(STAGE_LISTS).map((l) => staticList(l.id, l.name, STAGE_LIST_DESCRIPTION, lang)),
    scoreRules: [],
    scoreModel: scoreModel(t),
  };
}

export const lifecycle: TemplateDefinition = {
  info: {
    id: 'lifecycle',
    name: NAME,
    description: fromArticle(2, {
      fr: 'trois workflows qui font passer les contacts de Lead à MQL puis à SQL selon leurs formulaires, leur type et leur score.',
      en: 'three workflows moving contacts from Lead to MQL then SQL by their forms, their type and their score.',
    }),
    workflowTypes: ['contact'],
  },
  build,
};
