import { useLang } from '../i18n/useLang.ts';
import type { StepFormProps } from '../inspector/steps/types.ts';

/** A placeholder from a HubSpot import: read-only, it says what to rebuild by hand. */
export function HubSpotActionForm({ step }: StepFormProps<'hubspot-action'>) {
  const lang = useLang();
  const text =
    lang === 'fr'
      ? `Importée de HubSpot\u00a0: «\u00a0${step.label}\u00a0» (${step.actionTypeId}) n’a pas d’équivalent dans Flowbench. Dans la simulation, les contacts la traversent sans effet\u00a0; recréez-la à la main dans HubSpot.`
      : `Imported from HubSpot: "${step.label}" (${step.actionTypeId}) has no Flowbench equivalent. Contacts pass straight through it in the simulation; rebuild it by hand in HubSpot.`;
  return (
    <p className="inspector-note" data-testid="hubspot-action-note">
      {text}
    </p>
  );
}
