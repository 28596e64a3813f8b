import {
  findProperty,
  isLifecycleStage,
  mappedId,
  STANDARD_PROPERTIES,
  type HubSpotMapping,
  type HubSpotMappingTable,
  type Localized,
  type Project,
  type StepId,
  type Workflow,
} from '../model/index.ts';
import { inferredMessage, TABLE_WORDS, type InferredField } from './messages.ts';
import type { PreflightProblem } from './types.ts';

/**
 * What the exporter carries while it walks a workflow: the mapping, the step being written
 * (so a problem names it), and the problems found. One walk serves both the export and the
 * pre-flight check, so they can never disagree.
 */
export class ExportContext {
  readonly problems: PreflightProblem[] = [];
  private readonly inferredSeen = new Set<string>();
  private readonly unmappedSeen = new Set<string>();
  step: StepId | null = null;

  constructor(
    readonly project: Project,
    readonly workflow: Workflow,
    readonly mapping: HubSpotMapping,
  ) {}

  private steps(): StepId[] {
    return this.step ? [this.step] : [];
  }

  problem(severity: PreflightProblem['severity'], kind: PreflightProblem['kind'], message: Localized): void {
    this.problems.push({ severity, kind, workflow: this.workflow.id, steps: this.steps(), message });
  }

  /** Records once per workflow that the body relies on a field the spec marks [INFERRED]. */
  inferred(field: InferredField): void {
    if (this.inferredSeen.has(field)) return;
    this.inferredSeen.add(field);
    this.problems.push({ severity: 'info', kind: 'inferred', workflow: this.workflow.id, steps: this.steps(), ...inferredMessage(field) });
  }

  /** A warning given once per workflow however many steps cause it. */
  warnOnce(key: string, message: Localized): void {
    if (this.inferredSeen.has(key)) return;
    this.inferredSeen.add(key);
    this.problem('warning', 'approximated', message);
  }

  /** The portal id for a Flowbench key; a missing one is a blocking problem and a visible stand-in. */
  id(table: HubSpotMappingTable, key: string, label: string): string {
    const found = mappedId(this.mapping, table, key);
    if (found !== undefined) return found;
    const seenKey = `${table}\u0000${key}`;
    if (!this.unmappedSeen.has(seenKey)) {
      this.unmappedSeen.add(seenKey);
      const words = TABLE_WORDS[table];
      this.problems.push({
        severity: 'blocking',
        kind: 'unmapped',
        workflow: this.workflow.id,
        steps: this.steps(),
        table,
        key,
        message: {
          fr: `${words.fr} « ${label} » n’a pas encore d’identifiant HubSpot : saisissez-le dans la correspondance des identifiants.`,
          en: `${words.en} "${label}" has no HubSpot id yet: enter it in the id mapping.`,
        },
      });
    }
    return `UNMAPPED:${key}`;
  }

  /** HubSpot's internal name of a property: standard ones as they are, custom ones through the mapping. */
  property(name: string): string {
    if (STANDARD_PROPERTIES.some((p) => p.name === name)) return name;
    const label = findProperty(this.project.properties, name)?.label.en ?? name;
    return this.id('properties', name, label);
  }

  /** The portal's id of a lifecycle stage: a standard stage is its own id unless the mapping says otherwise. */
  stage(stage: string): string {
    const found = mappedId(this.mapping, 'lifecycleStages', stage);
    if (found !== undefined) return found;
    return isLifecycleStage(stage) ? stage : this.id('lifecycleStages', stage, stage);
  }

  emailName(id: string): string {
    return this.project.emails.find((e) => e.id === id)?.name ?? id;
  }

  listName(id: string): string {
    return this.project.lists.find((l) => l.id === id)?.name ?? id;
  }

  assetName(id: string): string {
    return this.project.assets.find((a) => a.id === id)?.name ?? id;
  }

  workflowName(id: string): string {
    return this.project.workflows.find((w) => w.id === id)?.name ?? id;
  }
}
