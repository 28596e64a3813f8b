import { FlaskConical } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../stores/context.tsx';
import { useExpectTexts } from './i18n.ts';
import { useExpect } from './useExpect.ts';

/** On a step card: how many expectations fail (or cannot tell) about this step of the open workflow. */
export function ExpectMark({ step }: { step: string }) {
  useExpectTexts();
  const { t } = useTranslation();
  const workflow = useDocument((s) => s.activeWorkflowId);
  const count = useExpect(
    (s) => s.outcomes.filter((o) => o.state !== 'holds' && (o.measured.steps.some((x) => x.workflow === workflow && x.step === step) || o.measured.offenders.some((f) => f.step?.workflow === workflow && f.step.step === step))).length,
  );
  if (count === 0) return null;
  const label = t('expect.stepMark', { count });
  return (
    <span className="fb-badge fb-expect-mark" title={label} aria-label={label} data-testid="expect-mark" data-step={step}>
      <FlaskConical size={12} aria-hidden />
      {count}
    </span>
  );
}
