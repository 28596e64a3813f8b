import type { Localized } from './text.ts';

/** HubSpot property types as a marketer sees them. Dates are epoch milliseconds (UTC). */
export type PropertyType = 'string' | 'number' | 'boolean' | 'date' | 'enumeration';
export const PROPERTY_TYPES: readonly PropertyType[] = ['string', 'number', 'boolean', 'date', 'enumeration'];

/** A property value as stored on a contact; `null` means "unknown" (no value set). */
export type PropertyValue = string | number | boolean | null;

export interface EnumOption {
  readonly value: string;
  readonly label: Localized;
}

export interface PropertyDefinition {
  /** Internal name, as in HubSpot (`lifecyclestage`, `hubspotscore`). */
  readonly name: string;
  readonly label: Localized;
  readonly type: PropertyType;
  /** Allowed values, for enumerations only. */
  readonly options?: readonly EnumOption[];
}

/** Lifecycle stages in HubSpot’s order: automatic updates only move forward along it. */
export const LIFECYCLE_STAGES = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
  'other',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const LIFECYCLE_LABELS: Readonly<Record<LifecycleStage, Localized>> = {
  subscriber: { fr: 'Abonné', en: 'Subscriber' },
  lead: { fr: 'Lead', en: 'Lead' },
  marketingqualifiedlead: { fr: 'Lead qualifié marketing (MQL)', en: 'Marketing qualified lead' },
  salesqualifiedlead: { fr: 'Lead qualifié commercial (SQL)', en: 'Sales qualified lead' },
  opportunity: { fr: 'Opportunité', en: 'Opportunity' },
  customer: { fr: 'Client', en: 'Customer' },
  evangelist: { fr: 'Ambassadeur', en: 'Evangelist' },
  other: { fr: 'Autre', en: 'Other' },
};

/** Rank of a stage along the lifecycle; -1 for an unknown value. */
export function lifecycleRank(stage: PropertyValue): number {
  return typeof stage === 'string' ? LIFECYCLE_STAGES.indexOf(stage as LifecycleStage) : -1;
}

export function isLifecycleStage(value: unknown): value is LifecycleStage {
  return typeof value === 'string' && (LIFECYCLE_STAGES as readonly string[]).includes(value);
}

export const CONTACT_TYPES = ['prospect', 'student', 'competitor', 'partner', 'customer'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

const CONTACT_TYPE_LABELS: Readonly<Record<ContactType, Localized>> = {
  prospect: { fr: 'Prospect', en: 'Prospect' },
  student: { fr: 'Étudiant', en: 'Student' },
  competitor: { fr: 'Concurrent', en: 'Competitor' },
  partner: { fr: 'Partenaire', en: 'Partner' },
  customer: { fr: 'Client', en: 'Customer' },
};

/** The properties every contact has, as in a HubSpot portal. Projects may add their own. */
export const STANDARD_PROPERTIES: readonly PropertyDefinition[] = [
  { name: 'email', type: 'string', label: { fr: 'E-mail', en: 'Email' } },
  { name: 'firstname', type: 'string', label: { fr: 'Prénom', en: 'First name' } },
  { name: 'lastname', type: 'string', label: { fr: 'Nom', en: 'Last name' } },
  { name: 'company', type: 'string', label: { fr: 'Entreprise', en: 'Company name' } },
  { name: 'jobtitle', type: 'string', label: { fr: 'Intitulé du poste', en: 'Job title' } },
  {
    name: 'contacttype',
    type: 'enumeration',
    label: { fr: 'Type de contact', en: 'Contact type' },
    options: CONTACT_TYPES.map((value) => ({ value, label: CONTACT_TYPE_LABELS[value] })),
  },
  {
    name: 'lifecyclestage',
    type: 'enumeration',
    label: { fr: 'Phase du cycle de vie', en: 'Lifecycle stage' },
    options: LIFECYCLE_STAGES.map((value) => ({ value, label: LIFECYCLE_LABELS[value] })),
  },
  { name: 'hubspotscore', type: 'number', label: { fr: 'Score HubSpot', en: 'HubSpot score' } },
  { name: 'createdate', type: 'date', label: { fr: 'Date de création', en: 'Create date' } },
  { name: 'lastactivitydate', type: 'date', label: { fr: 'Date de dernière activité', en: 'Last activity date' } },
  { name: 'birthday', type: 'date', label: { fr: "Date d’anniversaire", en: 'Birthday' } },
  { name: 'renewaldate', type: 'date', label: { fr: 'Date de renouvellement', en: 'Renewal date' } },
];

/** Standard properties first, then the project’s own; a project property may not shadow a standard one. */
export function allProperties(custom: readonly PropertyDefinition[]): readonly PropertyDefinition[] {
  const standard = new Set(STANDARD_PROPERTIES.map((p) => p.name));
  return [...STANDARD_PROPERTIES, ...custom.filter((p) => !standard.has(p.name))];
}

export function findProperty(custom: readonly PropertyDefinition[], name: string): PropertyDefinition | undefined {
  return allProperties(custom).find((p) => p.name === name);
}
