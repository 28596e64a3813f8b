import {
  asAssetId,
  asEmailId,
  asListId,
  findProperty,
  isLifecycleStage,
  type Asset,
  type Email,
  type HubSpotMapping,
  type HubSpotMappingTable,
  type Lang,
  type Localized,
  type Project,
  type PropertyDefinition,
  type PropertyType,
  type StaticList,
} from '../model/index.ts';
import type { LoadIssue } from '../schema/index.ts';

/** One thing the import could not carry over as it was: shown to the user, never silent. */
export interface ImportNote {
  /** JSON path of the HubSpot field concerned. */
  readonly path: string;
  /**
   * `unsaid`: a setting v4's JSON has no field for, given Flowbench's default (enroll existing
   * contacts: off). `kept`: fields of an action Flowbench reads that its step does not hold (a
   * task's body), kept as they were for the export, not simulated.
   */
  readonly kind: 'placeholder' | 'approximated' | 'ignored' | 'unsaid' | 'kept';
  readonly message: Localized;
}

/** What a resource the import creates is named, in the user's language, before its HubSpot id. */
export const CREATED_NAMES = {
  email: { fr: 'E-mail HubSpot', en: 'HubSpot email' },
  list: { fr: 'Segment HubSpot', en: 'HubSpot segment' },
  form: { fr: 'Formulaire HubSpot', en: 'HubSpot form' },
  user: { fr: 'Utilisateur HubSpot', en: 'HubSpot user' },
  workflow: { fr: 'Workflow HubSpot', en: 'HubSpot workflow' },
} as const satisfies Record<string, Localized>;

/** Tables whose HubSpot ids an import may find already mapped to the project's resources. */
export type ReusedTable = 'emails' | 'lists' | 'forms';

/**
 * What an import builds beside the workflows: emails, segments, forms and custom properties
 * named by HubSpot ids, the mapping from Flowbench ids back to those ids, and the notes.
 * Ids already in the mapping (a project exported earlier) resolve to their Flowbench items.
 */
export class ImportContext {
  readonly notes: ImportNote[] = [];
  readonly errors: LoadIssue[] = [];
  readonly emails: Email[] = [];
  readonly lists: StaticList[] = [];
  readonly assets: Asset[] = [];
  readonly properties: PropertyDefinition[] = [];
  private readonly tables: Record<HubSpotMappingTable, Record<string, string>>;
  private readonly reverse: Record<HubSpotMappingTable, Map<string, string>>;
  timeZone: string;
  /** Flowbench keys of the project's resources an id of the flows resolved to (through the mapping). */
  readonly reused: Record<ReusedTable, Set<string>> = { emails: new Set(), lists: new Set(), forms: new Set() };

  constructor(
    readonly base: Project | undefined,
    mapping: HubSpotMapping,
    /** The language of the names given to what the import creates. */
    readonly lang: Lang = 'en',
  ) {
    const t = (table: HubSpotMappingTable) => ({ ...mapping[table] });
    this.tables = { emails: t('emails'), lists: t('lists'), forms: t('forms'), pages: t('pages'), properties: t('properties'), lifecycleStages: t('lifecycleStages'), owners: t('owners'), workflows: t('workflows') };
    this.reverse = Object.fromEntries(
      Object.entries(this.tables).map(([table, entries]) => [table, new Map(Object.entries(entries).map(([k, v]) => [v, k]))]),
    ) as Record<HubSpotMappingTable, Map<string, string>>;
    this.timeZone = base?.simulation.timeZone ?? 'Europe/Paris';
  }

  mapping(portalId?: string): HubSpotMapping {
    return { ...(portalId ? { portalId } : {}), ...this.tables };
  }

  note(path: string, kind: ImportNote['kind'], message: Localized): void {
    this.notes.push({ path, kind, message });
  }

  error(path: string, message: Localized): void {
    this.errors.push({ path, message });
  }

  /** The Flowbench key already mapped to a HubSpot id, if any. */
  known(table: HubSpotMappingTable, hubspotId: string): string | undefined {
    return this.reverse[table].get(hubspotId);
  }

  /** A mapped id of the project's own resource (not one this import created): counted as reused. */
  private reuse(table: ReusedTable, hubspotId: string): string | undefined {
    const known = this.known(table, hubspotId);
    const own = (list: readonly { readonly id: string }[] | undefined) => !!list?.some((x) => x.id === known);
    const base = table === 'emails' ? this.base?.emails : table === 'lists' ? this.base?.lists : this.base?.assets;
    if (known !== undefined && own(base)) this.reused[table].add(known);
    return known;
  }

  private named(kind: keyof typeof CREATED_NAMES, hubspotId: string): string {
    return `${CREATED_NAMES[kind][this.lang]} ${hubspotId}`;
  }

  private remember(table: HubSpotMappingTable, key: string, hubspotId: string): void {
    this.tables[table][key] = hubspotId;
    this.reverse[table].set(hubspotId, key);
  }

  private fresh(prefix: string, hubspotId: string, taken: (id: string) => boolean): string {
    const safe = hubspotId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40) || 'x';
    let id = `${prefix}-${safe}`;
    for (let n = 2; taken(id); n++) id = `${prefix}-${safe}-${n}`;
    return id;
  }

  email(hubspotId: string) {
    const known = this.reuse('emails', hubspotId);
    if (known !== undefined) return asEmailId(known);
    const id = this.fresh('email-hs', hubspotId, (x) => this.emails.some((e) => e.id === x) || !!this.base?.emails.some((e) => e.id === x));
    this.emails.push({ id: asEmailId(id), name: this.named('email', hubspotId), subject: '', asset: null, openScale: 1, clickScale: 1 });
    this.remember('emails', id, hubspotId);
    return asEmailId(id);
  }

  list(hubspotId: string) {
    const known = this.reuse('lists', hubspotId);
    if (known !== undefined) return asListId(known);
    const id = this.fresh('list-hs', hubspotId, (x) => this.lists.some((e) => e.id === x) || !!this.base?.lists.some((e) => e.id === x));
    this.lists.push({ id: asListId(id), name: this.named('list', hubspotId) });
    this.remember('lists', id, hubspotId);
    return asListId(id);
  }

  form(hubspotId: string) {
    const known = this.reuse('forms', hubspotId);
    if (known !== undefined) return asAssetId(known);
    const id = this.fresh('form-hs', hubspotId, (x) => this.assets.some((e) => e.id === x) || !!this.base?.assets.some((e) => e.id === x));
    this.assets.push({ id: asAssetId(id), name: this.named('form', hubspotId), kind: 'form', conversionScale: 1 });
    this.remember('forms', id, hubspotId);
    return asAssetId(id);
  }

  page(url: string): string {
    return this.known('pages', url) ?? url;
  }

  owner(hubspotId: string): string {
    const known = this.known('owners', hubspotId);
    if (known !== undefined) return known;
    const key = this.named('user', hubspotId);
    this.remember('owners', key, hubspotId);
    return key;
  }

  stage(value: string): string {
    return this.known('lifecycleStages', value) ?? value;
  }

  isStage(value: string): boolean {
    return isLifecycleStage(this.stage(value));
  }

  /** A Flowbench property name for a HubSpot one; a new custom property of `type` when unknown. */
  property(name: string, type: PropertyType): string {
    const known = this.known('properties', name);
    if (known !== undefined) return known;
    if (findProperty([...(this.base?.properties ?? []), ...this.properties], name)) return name;
    this.properties.push({ name, label: { fr: name, en: name }, type });
    return name;
  }

  propertyType(name: string): PropertyType | undefined {
    return findProperty([...(this.base?.properties ?? []), ...this.properties], this.known('properties', name) ?? name)?.type;
  }
}
