import { describeCriteria, nameLookupFromProject } from '../criteria/index.ts';
import {
  findProperty,
  LIFECYCLE_LABELS,
  oneLine,
  type Duration,
  type Lang,
  type Project,
  type Step,
  type StepKind,
  type WaitEvent,
  type Workflow,
} from '../model/index.ts';
import { formatDate, formatNumber, formatPercent, formatTime } from './format.ts';
import { cardT, type CardT } from './text.ts';

/** What a card's summary needs to name things: the project and the workflow being drawn. */
export interface CardContext {
  readonly project: Project;
  readonly workflow: Workflow;
  readonly lang: Lang;
}

interface Ctx extends CardContext {
  readonly t: CardT;
}

/** "2,5 jours" / "2.5 days": the amount in the language's number format, the unit agreeing with it. */
export function durationWords(d: Duration, lang: Lang): string {
  return cardT(lang)(`units.${d.unit}`, { count: d.amount, n: formatNumber(d.amount, lang) });
}

function propertyLabel(ctx: Ctx, name: string): string {
  if (!name) return `‹${ctx.t('summary.empty')}›`;
  return findProperty(ctx.project.properties, name)?.label[ctx.lang] ?? name;
}

function named(items: readonly { id: string; name: string }[], id: string | null, ctx: Ctx): string {
  if (id === null) return '';
  return items.find((i) => i.id === id)?.name ?? `‹${ctx.t('summary.missing')}›`;
}

function known(items: readonly { id: string }[], id: string): boolean {
  return items.some((i) => i.id === id);
}

function offsetText(days: number, t: CardT): string {
  if (days === 0) return t('summary.offsetOn');
  return days < 0 ? t('summary.offsetBefore', { count: -days }) : t('summary.offsetAfter', { count: days });
}

function eventText(event: WaitEvent, ctx: Ctx): string {
  const { t } = ctx;
  switch (event.kind) {
    case 'email-opened':
    case 'email-clicked': {
      const email = event.email ? named(ctx.project.emails, event.email, ctx) : t('summary.anyEmail');
      return t(event.kind === 'email-opened' ? 'summary.eventOpened' : 'summary.eventClicked', { email });
    }
    case 'form-submitted':
      return t('summary.eventForm', { asset: event.asset ? named(ctx.project.assets, event.asset, ctx) : t('summary.anyAsset') });
    case 'page-viewed':
      return t('summary.eventPage', { url: event.url });
    case 'criteria-met':
      return t('summary.eventCriteria');
  }
}

function valueText(ctx: Ctx, property: string, value: unknown): string {
  if (value === null || value === undefined) return ctx.t('values.noValue');
  if (typeof value === 'boolean') return ctx.t(value ? 'values.true' : 'values.false');
  const def = findProperty(ctx.project.properties, property);
  if (def?.type === 'date' && typeof value === 'number') return formatDate(new Date(value).toISOString().slice(0, 10), ctx.lang);
  if (typeof value === 'number') return formatNumber(value, ctx.lang);
  const option = def?.options?.find((o) => o.value === value);
  if (option) return option.label[ctx.lang];
  return ctx.lang === 'fr' ? `«\u00a0${String(value)}\u00a0»` : `“${String(value)}”`;
}

/** The name of a step's kind ("Envoyer un e-mail", "Delay"), as the palette and an untitled card give it. */
export function kindName(kind: StepKind, lang: Lang): string {
  return cardT(lang)(`kinds.${kind}`);
}

/** A card's title: the step's own title, on one line, else its kind's name. */
export function cardTitle(step: Step, lang: Lang): string {
  return oneLine(step.title ?? '').trim() || kindName(step.kind, lang);
}

/**
 * A step in one phrase, as its card names it: its own title, else its summary line, which names
 * its list, e-mail or length ("Ajouter à « Leads »", "Attendre 5 jours"). What the expectations
 * and the what-if call a step (engine/expect/step-names.ts tells alike ones apart).
 */
export function cardName(step: Step, context: CardContext): string {
  return oneLine(step.title ?? '').trim() || cardSummary(step, context);
}

/**
 * The summary a card shows under its title ("Attendre 5 jours", "Si : …"), on one line with no
 * control character or direction override: a value or subject imported from HubSpot holding
 * U+202E showed the card's text in another order than it is stored.
 */
export function cardSummary(step: Step, context: CardContext): string {
  return oneLine(summaryOf(step, { ...context, t: cardT(context.lang) }));
}

/** The enrollment card's text: the triggers in words, or that there are none. */
export function triggersText(workflow: Workflow, project: Project, lang: Lang): string {
  return workflow.enrollment.triggers.groups.length === 0 ? cardT(lang)('summary.noTriggers') : describeCriteria(workflow.enrollment.triggers, nameLookupFromProject(project, lang), lang);
}

function summaryOf(step: Step, ctx: Ctx): string {
  const { t, lang } = ctx;
  switch (step.kind) {
    case 'send-email':
      if (!known(ctx.project.emails, step.email)) return t('summary.chooseEmail');
      return t('summary.sendEmail', { email: named(ctx.project.emails, step.email, ctx) });
    case 'delay': {
      const d = step.delay;
      switch (d.mode) {
        case 'duration':
          return t('summary.delayDuration', { duration: durationWords(d.duration, lang) });
        case 'until-date':
          return t('summary.delayUntilDate', { date: formatDate(d.date, lang), time: formatTime(d.time, lang) });
        case 'until-date-property':
          return t('summary.delayUntilProperty', { property: propertyLabel(ctx, d.property), offset: offsetText(d.offsetDays, t), time: formatTime(d.time, lang) });
        case 'until-weekday':
          return t('summary.delayUntilWeekday', { days: d.weekdays.map((w) => t(`weekdays.${w}`)).join(', '), time: formatTime(d.time, lang) });
        case 'until-time':
          return t('summary.delayUntilTime', { time: formatTime(d.time, lang) });
        case 'relative-to-anchor':
          return t('summary.delayAnchor', { offset: offsetText(d.offsetDays, t), time: formatTime(d.time, lang) });
      }
      return '';
    }
    case 'delay-until-event':
      return t('summary.waitEvent', { event: eventText(step.event, ctx), duration: durationWords(step.maxWait, lang) });
    case 'branch-if': {
      const first = step.branches[0];
      if (step.branches.length === 1 && first) {
        return t('summary.ifThen', { criteria: describeCriteria(first.criteria, nameLookupFromProject(ctx.project, lang), lang) });
      }
      return t('summary.ifThenMany', { count: step.branches.length });
    }
    case 'branch-value':
      return t('summary.valueEquals', { property: propertyLabel(ctx, step.property) });
    case 'branch-random':
      return t('summary.randomSplit', { split: step.branches.map((b) => formatPercent(b.percent, lang)).join(' / ') });
    case 'set-property':
      return t('summary.setProperty', { property: propertyLabel(ctx, step.property), value: valueText(ctx, step.property, step.value) });
    case 'clear-property':
      return t('summary.clearProperty', { property: propertyLabel(ctx, step.property) });
    case 'copy-property':
      return t('summary.copyProperty', { from: propertyLabel(ctx, step.from), to: propertyLabel(ctx, step.to) });
    case 'increment-property':
      return t('summary.incrementProperty', { property: propertyLabel(ctx, step.property), by: formatNumber(step.by, lang) });
    case 'set-lifecycle-stage':
      return t('summary.setStage', { stage: LIFECYCLE_LABELS[step.stage]?.[lang] ?? step.stage });
    case 'add-to-list':
      if (!known(ctx.project.lists, step.list)) return t('summary.chooseList');
      return t('summary.addToList', { list: named(ctx.project.lists, step.list, ctx) });
    case 'remove-from-list':
      if (!known(ctx.project.lists, step.list)) return t('summary.chooseList');
      return t('summary.removeFromList', { list: named(ctx.project.lists, step.list, ctx) });
    case 'enroll-in-workflow':
      if (!known(ctx.project.workflows, step.workflow)) return t('summary.chooseWorkflow');
      return t('summary.enroll', { workflow: named(ctx.project.workflows, step.workflow, ctx) });
    case 'unenroll-from-workflow':
      if (!known(ctx.project.workflows, step.workflow)) return t('summary.chooseWorkflow');
      return t('summary.unenroll', { workflow: named(ctx.project.workflows, step.workflow, ctx) });
    case 'internal-notification':
      return t('summary.notification', { recipient: step.recipient, subject: step.subject });
    case 'create-task':
      return t('summary.task', { title: step.taskTitle });
    case 'hubspot-action':
      return t('summary.hubspotAction', { label: step.label, id: step.actionTypeId });
    case 'go-to': {
      const target = ctx.workflow.steps.find((s) => s.id === step.target);
      return t('summary.goTo', { target: target ? cardTitle(target, lang) : step.target });
    }
  }
}
