import type { AssetId, ContactId, EmailId, ListId, PersonaId } from './ids.ts';
import type { PropertyValue } from './properties.ts';

/** Things that happened to a contact, with their instant in epoch milliseconds (UTC). */
export type ContactEvent =
  | {
      readonly kind: 'email';
      readonly event: 'sent' | 'opened' | 'clicked' | 'bounced' | 'unsubscribed';
      readonly email: EmailId;
      readonly at: number;
    }
  /** A form submitted; downloading an asset is a submission of its landing-page form. */
  | { readonly kind: 'form-submitted'; readonly asset: AssetId; readonly at: number }
  | { readonly kind: 'page-viewed'; readonly url: string; readonly at: number }
  | { readonly kind: 'property-changed'; readonly property: string; readonly at: number };

export type ContactEventKind = ContactEvent['kind'];

export interface Contact {
  readonly id: ContactId;
  /** Property values by internal name; dates are epoch milliseconds, absent or null is unknown. */
  readonly properties: Readonly<Record<string, PropertyValue>>;
  /** Static lists the contact belongs to. */
  readonly lists: readonly ListId[];
  /** History, oldest first. */
  readonly events: readonly ContactEvent[];
  /** The behaviour profile the simulator samples; null uses the project's mix. */
  readonly persona: PersonaId | null;
}
