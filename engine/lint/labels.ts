import {
  LIFECYCLE_LABELS,
  findProperty,
  type DelaySpec,
  type Duration,
  type LifecycleStage,
  type Localized,
  type Project,
  type Slot,
  type Step,
  type Workflow,
} from '../model/index.ts';

/** French guillemets with no-break spaces, English curly quotes. */
export function quoted(fr: string, en: string = fr): Localized {
  return { fr: `«\u00a0${fr}\u00a0»`, en: `“${en}”` };
}

const UNIT_WORDS: Record<Duration['unit'], { fr: [string, string]; en: [string, string] }> = {
  minutes: { fr: ['minute', 'minutes'], en: ['minute', 'minutes'] },
  hours: { fr: ['heure', 'heures'], en: ['hour', 'hours'] },
  days: { fr: ['jour', 'jours'], en: ['day', 'days'] },
  weeks: { fr: ['semaine', 'semaines'], en: ['week', 'weeks'] },
};

export function durationText(d: Duration): Localized {
  const words = UNIT_WORDS[d.unit];
  const i = Math.abs(d.amount) >= 2 ? 1 : 0;
  return { fr: `${d.amount} ${words.fr[i]}`, en: `${d.amount} ${words.en[i]}` };
}

function delayText(delay: DelaySpec): Localized {
  switch (delay.mode) {
    case 'duration': {
      const d = durationText(delay.duration);
      return { fr: `Délai de ${d.fr}`, en: `Delay of ${d.en}` };
    }
    case 'until-date': {
      const ms = Date.parse(`${delay.date}T00:00:00Z`);
      const day = Number.isNaN(ms) ? { fr: delay.date, en: delay.date } : dayText(ms);
      return { fr: `Attendre le ${day.fr}`, en: `Wait until ${day.en}` };
    }
    case 'until-date-property':
      return { fr: `Attendre la date ${delay.property}`, en: `Wait until ${delay.property}` };
    case 'relative-to-anchor':
      return { fr: `Attendre J${signed(delay.offsetDays)}`, en: `Wait until day ${signed(delay.offsetDays)}` };
    case 'until-weekday':
      return { fr: 'Attendre un jour de la semaine', en: 'Wait until a weekday' };
    case 'until-time':
      return { fr: `Attendre ${delay.time}`, en: `Wait until ${delay.time}` };
  }
}

function signed(n: number): string {
  return n >= 0 ? `+${n}` : `${n}`;
}

export function stageName(stage: LifecycleStage): Localized {
  return LIFECYCLE_LABELS[stage];
}

function propertyName(project: Project, name: string): Localized {
  const def = findProperty(project.properties, name);
  return def ? def.label : { fr: name, en: name };
}

function named<T extends { readonly id: string; readonly name: string }>(items: readonly T[], id: string): string {
  return items.find((i) => i.id === id)?.name ?? id;
}

/** The generated card summary of a step, unquoted; short enough to sit inside a sentence. */
export function stepSummary(step: Step, project: Project): Localized {
  const both = (fr: string, en: string): Localized => ({ fr, en });
  switch (step.kind) {
    case 'send-email': {
      const name = named(project.emails, step.email);
      return both(`Envoyer l’e-mail ${name}`, `Send email ${name}`);
    }
    case 'delay':
      return delayText(step.delay);
    case 'delay-until-event':
      return both('Attendre un événement', 'Wait for an event');
    case 'branch-if':
      return both('Branche si/alors', 'If/then branch');
    case 'branch-value': {
      const p = propertyName(project, step.property);
      return both(`Branche sur ${p.fr}`, `Branch on ${p.en}`);
    }
    case 'branch-random':
      return both('Répartition aléatoire', 'Random split');
    case 'set-property': {
      const p = propertyName(project, step.property);
      return both(`Définir ${p.fr}`, `Set ${p.en}`);
    }
    case 'clear-property': {
      const p = propertyName(project, step.property);
      return both(`Effacer ${p.fr}`, `Clear ${p.en}`);
    }
    case 'copy-property': {
      const p = propertyName(project, step.to);
      return both(`Copier dans ${p.fr}`, `Copy into ${p.en}`);
    }
    case 'increment-property': {
      const p = propertyName(project, step.property);
      return both(`Incrémenter ${p.fr}`, `Increment ${p.en}`);
    }
    case 'set-lifecycle-stage': {
      const s = stageName(step.stage);
      return both(`Passer en ${s.fr}`, `Set stage to ${s.en}`);
    }
    case 'add-to-list': {
      const name = named(project.lists, step.list);
      return both(`Ajouter au segment ${name}`, `Add to segment ${name}`);
    }
    case 'remove-from-list': {
      const name = named(project.lists, step.list);
      return both(`Retirer du segment ${name}`, `Remove from segment ${name}`);
    }
    case 'enroll-in-workflow': {
      const name = named(project.workflows, step.workflow);
      return both(`Inscrire dans ${name}`, `Enroll in ${name}`);
    }
    case 'unenroll-from-workflow': {
      const name = named(project.workflows, step.workflow);
      return both(`Désinscrire de ${name}`, `Unenroll from ${name}`);
    }
    case 'internal-notification':
      return both(`Notification\u00a0: ${step.subject}`, `Notification: ${step.subject}`);
    case 'create-task':
      return both(`Tâche\u00a0: ${step.taskTitle}`, `Task: ${step.taskTitle}`);
    case 'hubspot-action':
      return both(`Action HubSpot\u00a0: ${step.label}`, `HubSpot action: ${step.label}`);
    case 'go-to':
      return both('Aller à une autre action', 'Go to another action');
  }
}

/** How a message names a step: its custom title, else its summary, quoted. */
export function stepLabel(step: Step, project: Project): Localized {
  if (step.title && step.title.trim() !== '') return quoted(step.title.trim());
  const s = stepSummary(step, project);
  return quoted(s.fr, s.en);
}

export function workflowLabel(workflow: Pick<Workflow, 'name'>): Localized {
  return quoted(workflow.name);
}

/** The name of the path leaving a step through a slot, quoted, or null for a plain `next`. */
export function slotLabel(step: Step, slot: Slot): Localized | null {
  switch (slot.kind) {
    case 'met':
      return quoted('condition remplie', 'condition met');
    case 'not-met':
      return quoted('condition non remplie', 'condition not met');
    case 'default':
      return 'defaultName' in step ? quoted(step.defaultName) : null;
    case 'branch': {
      const branch = 'branches' in step ? step.branches.find((b) => b.id === slot.branch) : undefined;
      return branch ? quoted(branch.name) : null;
    }
    default:
      return null;
  }
}

/**
 * A path named as the subject of a sentence: "La branche « Non » de « X »", "Le chemin après
 * « X »". Capitalised; `lower` gives the form used mid-sentence.
 */
export function pathSubject(step: Step, slot: Slot, project: Project, lower = false): Localized {
  const at = stepLabel(step, project);
  const name = slotLabel(step, slot);
  const isBranch = slot.kind === 'branch' || slot.kind === 'default';
  const out: Localized = !name
    ? { fr: `Le chemin après ${at.fr}`, en: `The path after ${at.en}` }
    : isBranch
      ? { fr: `La branche ${name.fr} de ${at.fr}`, en: `The ${name.en} branch of ${at.en}` }
      : { fr: `Le chemin ${name.fr} de ${at.fr}`, en: `The ${name.en} path of ${at.en}` };
  return lower ? { fr: lowerFirst(out.fr), en: lowerFirst(out.en) } : out;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** French puts a no-break space before the colon. */
export function frColon(before: string, after: string): string {
  return `${before}\u00a0: ${after}`;
}

const MONTHS = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/**
 * A calendar day from epoch ms (UTC): "5 janv. 2026" ("1er" on the first) / "Jan 5, 2026".
 * Written by hand so the text is the same on every ICU build, as the criteria module does.
 */
export function dayText(ms: number): Localized {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return { fr: String(ms), en: String(ms) };
  const day = d.getUTCDate();
  const year = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return {
    fr: `${day === 1 ? '1er' : day}\u00a0${MONTHS.fr[m] ?? ''}\u00a0${year}`,
    en: `${MONTHS.en[m] ?? ''}\u00a0${day}, ${year}`,
  };
}
