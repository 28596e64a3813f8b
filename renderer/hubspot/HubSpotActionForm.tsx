import { actionTitle, BRANCH_TYPES } from '../../engine/hubspot/index.ts';
import { useLang } from '../i18n/useLang.ts';
import type { StepFormProps } from '../inspector/steps/types.ts';

/**
 * A placeholder from a HubSpot import: read-only. It says whether the export writes the original
 * action back (kept by the import) or whether it must be rebuilt by hand in HubSpot.
 */
export function HubSpotActionForm({ step }: StepFormProps<'hubspot-action'>) {
  const lang = useLang();
  const title = actionTitle(step.label, step.actionTypeId)[lang];
  const kept = step.original !== undefined && !BRANCH_TYPES.has(String(step.original.type));
  const text =
    lang === 'fr'
      ? `Importée de HubSpot\u00a0: ${title} n’a pas d’équivalent dans Flowbench. Dans la simulation, les contacts la traversent sans effet\u00a0; ${kept ? 'l’export vers HubSpot la réécrit telle qu’elle a été importée.' : 'recréez-la à la main dans HubSpot.'}`
      : `Imported from HubSpot: ${title} has no Flowbench equivalent. Contacts pass straight through it in the simulation; ${kept ? 'the export to HubSpot writes it back as it was imported.' : 'rebuild it by hand in HubSpot.'}`;
  return (
    <p className="inspector-note" data-testid="hubspot-action-note">
      {text}
    </p>
  );
}
