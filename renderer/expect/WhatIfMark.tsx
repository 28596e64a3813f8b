import { useTranslation } from 'react-i18next';
import { signed } from '../../engine/study/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { useSim } from '../simulator/context.tsx';
import { useDocument } from '../stores/context.tsx';
import { useExpect } from './useExpect.ts';

/** On a step card in Simulate: the what-if's difference in contacts reaching this step ("+12"). */
export function WhatIfMark({ step }: { step: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const active = useSim((s) => s.active);
  const meta = useSim((s) => s.meta);
  const workflow = useDocument((s) => s.activeWorkflowId);
  // The what-if of the run shown only (WhatIfSection).
  const diff = useExpect((s) => (s.whatIfOf === meta ? (s.whatIf?.steps.find((x) => x.workflow === workflow && x.step === step) ?? null) : null));
  if (!active || !diff || diff.original === diff.changed) return null;
  const delta = diff.changed - diff.original;
  const label = t('expect.whatIfMark', { from: diff.original, to: diff.changed });
  return (
    <span className={`fb-badge fb-whatif-mark ${delta > 0 ? 'is-up' : 'is-down'}`} title={label} aria-label={label} data-testid="whatif-mark" data-step={step}>
      {signed(delta, lang)}
    </span>
  );
}
