import { numberText, type DelaySpec, type DelayUntilEventStep, type Step, type StepId, type WaitEvent } from '../model/index.ts';
import { ACTION_TYPES, actionTitle, BRANCH_TYPES, EVENT_MET_KEY, EVENT_TYPES, LIMITS } from './api.ts';
import { dateToEpoch, hourMinute, hubspotDuration } from './durations.ts';
import type { ExportContext } from './export-context.ts';
import { criteriaBranch, pageUrl } from './filters-out.ts';
import { keptRecipients, notificationBody, TASK_ASSOCIATIONS, withKept } from './kept-fields.ts';
import { isEvenSplit, wholeShares } from './splits.ts';
import type { Connection, FilterBranch, FlowAction, Json, SingleConnectionAction } from './types.ts';

/**
 * One Flowbench step to its v4 action(s). `link(target)` gives the connection to a step (a
 * `GOTO` edge when the target is a go-to step, nothing at the end of a path), `ids` the action
 * ids assigned in walk order. Returns null when HubSpot cannot express the step (the problem is
 * recorded in the context, and the export stops before building a body).
 */
export interface StepWriter {
  readonly ctx: ExportContext;
  readonly link: (target: StepId | null) => Connection | undefined;
  readonly actionId: (step: StepId) => string;
}

type Fields = SingleConnectionAction['fields'];

const single = (actionId: string, actionTypeId: string, fields: Fields, connection: Connection | undefined): SingleConnectionAction => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeId,
  actionTypeVersion: 0,
  fields,
  ...(connection ? { connection } : {}),
});

const cannot = (w: StepWriter, fr: string, en: string): null => {
  w.ctx.problem('blocking', 'inexpressible', { fr, en });
  return null;
};

function delayFields(delay: DelaySpec, w: StepWriter): Fields | null {
  const { ctx } = w;
  switch (delay.mode) {
    case 'duration': {
      const h = hubspotDuration(delay.duration);
      if (!h) return cannot(w, 'Ce délai n’est pas un nombre entier de minutes : HubSpot ne l’accepte pas.', 'This delay is not a whole number of minutes: HubSpot does not accept it.');
      return { delta: String(h.delta), time_unit: h.unit };
    }
    case 'until-date':
      return { date: { type: 'STATIC_VALUE', staticValue: String(dateToEpoch(delay.date)) }, delta: '0', time_unit: 'DAYS', time_of_day: hourMinute(delay.time) };
    case 'until-date-property':
      return { date: { type: 'OBJECT_PROPERTY', propertyName: ctx.property(delay.property) }, delta: String(delay.offsetDays), time_unit: 'DAYS', time_of_day: hourMinute(delay.time) };
    case 'relative-to-anchor': {
      ctx.inferred('anchor-delay');
      const timing = ctx.workflow.timing;
      const date =
        timing.type === 'fixed-date'
          ? { type: 'STATIC_VALUE', staticValue: String(dateToEpoch(timing.anchorDate)) }
          : timing.type === 'date-property'
            ? { type: 'OBJECT_PROPERTY', propertyName: ctx.property(timing.anchorProperty) }
            : null;
      if (!date) return cannot(w, 'Délai relatif à une date d’ancrage dans un workflow qui n’est pas centré sur une date.', 'Delay relative to an anchor date in a workflow that is not date-centred.');
      return { date, delta: String(delay.offsetDays), time_unit: 'DAYS', time_of_day: hourMinute(delay.time) };
    }
    case 'until-weekday':
    case 'until-time':
      return cannot(
        w,
        'Délai jusqu’à un jour de la semaine ou une heure : l’identifiant d’action v4 (0-28) est contradictoire selon les sources ; créez ce délai à la main dans HubSpot.',
        'Delay until a weekday or time of day: the v4 action id (0-28) is contradictory across sources; build this delay by hand in HubSpot.',
      );
  }
}

/** The UNIFIED_EVENTS branch a delay-until-event waits for. */
function eventBranch(event: WaitEvent, w: StepWriter): FilterBranch | null {
  const { ctx } = w;
  const restrict = (property: string, operator: string, value: string) => {
    ctx.inferred('wait-event-restriction');
    return [{ filterType: 'PROPERTY', property, operation: { operationType: 'STRING', operator, value, includeObjectsWithNoValueSet: false } }];
  };
  const make = (eventTypeId: string, filters: readonly { readonly [k: string]: Json | undefined }[]): FilterBranch => ({
    filterBranchType: 'UNIFIED_EVENTS',
    filterBranchOperator: 'AND',
    eventTypeId,
    operator: 'HAS_COMPLETED',
    filters,
    filterBranches: [],
  });
  switch (event.kind) {
    case 'email-opened':
    case 'email-clicked':
      return make(
        event.kind === 'email-opened' ? EVENT_TYPES.emailOpened : EVENT_TYPES.emailClicked,
        event.email === null ? [] : restrict('hs_email_id', 'IS_EQUAL_TO', ctx.id('emails', event.email, ctx.emailName(event.email))),
      );
    case 'form-submitted':
      return make(EVENT_TYPES.formSubmitted, event.asset === null ? [] : restrict('hs_form_id', 'IS_EQUAL_TO', ctx.id('forms', event.asset, ctx.assetName(event.asset))));
    case 'page-viewed':
      ctx.inferred('page-visited-event');
      return make(EVENT_TYPES.pageVisited, restrict('hs_url', 'IS_EQUAL_TO', pageUrl(event.url, ctx)));
    case 'criteria-met':
      return cannot(
        w,
        'Délai jusqu’à ce que des critères soient remplis : la v4 n’attend que des événements ; remplacez-le par un délai suivi d’une branche si/alors.',
        'Delay until criteria are met: v4 only waits for events; replace it with a delay followed by an if/then branch.',
      );
  }
}

function delayUntilEvent(step: DelayUntilEventStep, w: StepWriter): FlowAction[] | null {
  const branch = eventBranch(step.event, w);
  const wait = hubspotDuration(step.maxWait);
  if (!wait) return cannot(w, 'L’attente maximale n’est pas un nombre entier de minutes.', 'The longest wait is not a whole number of minutes.');
  if (!branch) return null;
  const waitId = w.actionId(step.id);
  const splitId = String(Number(waitId) + 1);
  const met = w.link(step.met);
  const notMet = w.link(step.notMet);
  const minutes = wait.delta * (wait.unit === 'DAYS' ? 1440 : wait.unit === 'HOURS' ? 60 : 1);
  return [
    single(waitId, ACTION_TYPES.delayUntilEvent, { event_filter_branches: [branch], expiration_minutes: String(minutes) }, { edgeType: 'STANDARD', nextActionId: splitId }),
    {
      type: 'STATIC_BRANCH',
      actionId: splitId,
      inputValue: { type: 'FIELD_DATA', actionId: waitId, dataKey: EVENT_MET_KEY },
      staticBranches: [{ branchValue: 'true', ...(met ? { connection: met } : {}) }],
      defaultBranchName: 'Not met',
      ...(notMet ? { defaultBranch: notMet } : {}),
    },
  ];
}

/**
 * The v4 actions of one step (two for a delay until an event: the wait and its met / not-met
 * split). A step imported from HubSpot writes its action as it was read: what the step does not
 * hold (`keptFromHubSpot`: a task's body, a version) under the fields the step gives.
 */
export function stepActions(step: Step, w: StepWriter): FlowAction[] | null {
  const actions = freshActions(step, w);
  const [first, ...rest] = actions ?? [];
  if (!actions || first?.type !== 'SINGLE_CONNECTION' || step.kind === 'hubspot-action') return actions;
  return [withKept(first, step.keptFromHubSpot), ...rest];
}

function freshActions(step: Step, w: StepWriter): FlowAction[] | null {
  const { ctx } = w;
  const id = w.actionId(step.id);
  const next = 'next' in step ? w.link(step.next) : undefined;
  const setProperty = (property_name: string, value: Json) => [single(id, ACTION_TYPES.setProperty, { property_name, value }, next)];
  switch (step.kind) {
    case 'send-email':
      return [single(id, ACTION_TYPES.sendEmail, { content_id: ctx.id('emails', step.email, ctx.emailName(step.email)) }, next)];
    case 'delay': {
      const fields = delayFields(step.delay, w);
      return fields && [single(id, step.delay.mode === 'duration' ? ACTION_TYPES.delay : ACTION_TYPES.delayUntilDate, fields, next)];
    }
    case 'delay-until-event':
      return delayUntilEvent(step, w);
    case 'branch-if': {
      if (step.branches.length > LIMITS.ifThenBranches)
        ctx.problem('blocking', 'limit', {
          fr: `Cette branche si/alors a ${step.branches.length} branches : HubSpot en accepte ${LIMITS.ifThenBranches} au plus.`,
          en: `This if/then branch has ${step.branches.length} branches: HubSpot accepts at most ${LIMITS.ifThenBranches}.`,
        });
      if (step.branches.some((b) => b.criteria.groups.length === 0))
        return cannot(w, 'Une branche si/alors sans condition : HubSpot exige au moins un filtre par branche.', 'An if/then branch with no condition: HubSpot needs at least one filter per branch.');
      const fallback = w.link(step.defaultNext);
      return [
        {
          type: 'LIST_BRANCH',
          actionId: id,
          listBranches: step.branches.map((b) => {
            const connection = w.link(b.next);
            return { branchName: b.name, filterBranch: criteriaBranch(b.criteria, ctx), ...(connection ? { connection } : {}) };
          }),
          defaultBranchName: step.defaultName,
          ...(fallback ? { defaultBranch: fallback } : {}),
        },
      ];
    }
    case 'branch-value': {
      if (step.branches.length > LIMITS.valueBranches)
        ctx.problem('blocking', 'limit', {
          fr: `Cette branche « valeur égale à » a ${step.branches.length} branches : HubSpot en accepte ${LIMITS.valueBranches} au plus.`,
          en: `This value-equals branch has ${step.branches.length} branches: HubSpot accepts at most ${LIMITS.valueBranches}.`,
        });
      if (step.branches.some((b) => b.name !== b.value))
        ctx.problem('warning', 'approximated', {
          fr: 'HubSpot nomme chaque branche « valeur égale à » par sa valeur : les noms donnés ici ne sont pas exportés.',
          en: 'HubSpot names each value-equals branch after its value: the names given here are not exported.',
        });
      const fallback = w.link(step.defaultNext);
      const stageValue = (v: string) => (step.property === 'lifecyclestage' ? ctx.stage(v) : v);
      return [
        {
          type: 'STATIC_BRANCH',
          actionId: id,
          inputValue: { type: 'OBJECT_PROPERTY', propertyName: ctx.property(step.property) },
          staticBranches: step.branches.map((b) => {
            const connection = w.link(b.next);
            return { branchValue: stageValue(b.value), ...(connection ? { connection } : {}) };
          }),
          defaultBranchName: step.defaultName,
          ...(fallback ? { defaultBranch: fallback } : {}),
        },
      ];
    }
    case 'branch-random': {
      if (step.branches.length < 2) return cannot(w, 'Une répartition aléatoire doit avoir au moins deux branches.', 'A random split needs at least two branches.');
      if (step.branches.some((b) => b.next === null))
        return cannot(w, 'Une branche de répartition aléatoire se termine aussitôt : la v4 exige une étape au bout de chaque branche.', 'A random split branch ends at once: v4 needs a step at the end of each branch.');
      const shares = step.branches.map((b) => b.percent);
      const links = step.branches.map((b) => w.link(b.next)!);
      if (isEvenSplit(shares)) {
        ctx.inferred('random-even');
        return [{ type: 'AB_TEST_BRANCH', actionId: id, testBranches: links }];
      }
      // Uneven: each branch's percentage, so that an import gives the same split back (splits.ts).
      const whole = wholeShares(shares);
      const rounded = whole.some((s, k) => s !== shares[k]);
      ctx.inferred('random-percentage');
      ctx.problem('warning', 'approximated', {
        fr: `Répartition inégale (${whole.join(' / ')}\u00a0%${rounded ? `, arrondie depuis ${shares.map((s) => numberText(s, 'fr')).join(' / ')}` : ''})\u00a0: écrite dans testBranches[].percentage, que le schéma v4 ne liste pas\u00a0; HubSpot décrit des groupes de même taille\u00a0: vérifiez la répartition une fois le workflow créé.`,
        en: `Uneven split (${whole.join(' / ')}%${rounded ? `, rounded from ${shares.map((s) => numberText(s, 'en')).join(' / ')}` : ''}): written as testBranches[].percentage, which the v4 schema does not list; HubSpot describes evenly sized groups: check the split once the workflow is created.`,
      });
      return [{ type: 'AB_TEST_BRANCH', actionId: id, testBranches: links.map((link, k) => ({ ...link, percentage: whole[k]! })) }];
    }
    case 'set-property': {
      if (step.value === null)
        return cannot(w, 'Vider une propriété : aucune action « effacer la valeur » n’est confirmée en v4 ; faites-le à la main dans HubSpot.', 'Clearing a property: no "clear value" action is confirmed in v4; do it by hand in HubSpot.');
      const value = step.property === 'lifecyclestage' ? ctx.stage(String(step.value)) : String(step.value);
      return setProperty(ctx.property(step.property), { type: 'STATIC_VALUE', staticValue: value });
    }
    case 'clear-property':
      return cannot(w, 'Effacer la valeur d’une propriété : aucune action v4 confirmée ; faites-le à la main dans HubSpot.', 'Clear property value: no confirmed v4 action; do it by hand in HubSpot.');
    case 'copy-property':
      ctx.inferred('copy-property');
      return setProperty(ctx.property(step.to), { type: 'OBJECT_PROPERTY', propertyName: ctx.property(step.from) });
    case 'increment-property':
      ctx.inferred('increment');
      return setProperty(ctx.property(step.property), { type: 'INCREMENT', incrementAmount: step.by });
    case 'set-lifecycle-stage':
      return setProperty('lifecyclestage', { type: 'STATIC_VALUE', staticValue: ctx.stage(step.stage) });
    case 'add-to-list':
    case 'remove-from-list':
      ctx.inferred('list-action-version');
      return [single(id, step.kind === 'add-to-list' ? ACTION_TYPES.addToList : ACTION_TYPES.removeFromList, { listId: ctx.id('lists', step.list, ctx.listName(step.list)) }, next)];
    case 'enroll-in-workflow':
      ctx.inferred('enroll-workflow-field');
      return [single(id, ACTION_TYPES.enrollInWorkflow, { flow_id: ctx.id('workflows', step.workflow, ctx.workflowName(step.workflow)) }, next)];
    case 'unenroll-from-workflow':
      return cannot(w, 'Désinscrire d’un workflow : aucune action v4 confirmée ; faites-le à la main dans HubSpot.', 'Unenroll from a workflow: no confirmed v4 action; do it by hand in HubSpot.');
    case 'internal-notification': {
      const to = ctx.id('owners', step.recipient, step.recipient);
      // Every recipient the imported action had, as long as the step's is still the first of them.
      const kept = keptRecipients(step.keptFromHubSpot);
      const recipients = kept.first !== undefined && kept.first === to ? kept.fields : { user_ids: [to] };
      return [single(id, ACTION_TYPES.internalEmail, { ...(recipients as Fields), subject: step.subject, body: notificationBody(step.subject) }, next)];
    }
    case 'create-task':
      return [
        single(
          id,
          ACTION_TYPES.createTask,
          {
            task_type: 'TODO',
            subject: step.taskTitle,
            body: '',
            associations: TASK_ASSOCIATIONS,
            use_explicit_associations: 'true',
          },
          next,
        ),
      ];
    case 'hubspot-action': {
      const title = actionTitle(step.label, step.actionTypeId);
      if (step.original === undefined || BRANCH_TYPES.has(String(step.original.type)))
        return cannot(w, `Action HubSpot importée que Flowbench ne sait pas écrire (${title.fr})\u00a0: recréez-la dans HubSpot.`, `Imported HubSpot action Flowbench cannot write (${title.en}): rebuild it in HubSpot.`);
      // Written back as the import read it, with this export's id and connection.
      ctx.problem('warning', 'approximated', {
        fr: `Action HubSpot ${title.fr} réécrite telle qu’importée\u00a0: vérifiez-la dans HubSpot (les numéros d’action changent à l’export\u00a0; une référence à une autre action n’est pas renumérotée).`,
        en: `HubSpot action ${title.en} written back as imported: check it in HubSpot (action ids change on export; a reference to another action is not renumbered).`,
      });
      // Its own shape (WEBHOOK, CUSTOM_CODE…), which the exporter's types do not describe.
      return [{ ...step.original, actionId: id, ...(next ? { connection: next } : {}) } as unknown as FlowAction];
    }
    case 'go-to':
      return [];
  }
}
