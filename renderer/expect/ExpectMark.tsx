import { Ban, FlaskConical } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useText } from '../i18n/useLang.ts';
import { useDocument } from '../stores/context.tsx';
import { useExpectTexts } from './i18n.ts';
import { useExpect } from './useExpect.ts';

/** On a step card: how many expectations fail (or cannot tell) about this step, and a mark when test contacts found a branch of it no contact reaches. */
export function ExpectMark({ step }: { step: string }) {
  useExpectTexts();
  const { t } = useTranslation();
  const workflow = useDocument((s) => s.activeWorkflowId);
  const count = useExpect(
    (s) => s.outcomes.filter((o) => o.state !== 'holds' && (o.measured.steps.some((x) => x.workflow === workflow && x.step === step) || o.measured.offenders.some((f) => f.step?.workflow === workflow && f.step.step === step))).length,
  );
  const text = useText();
  const unreachable = useExpect((s) => (s.coverage?.workflow === workflow ? (s.coverage.unreachable.find((u) => u.from === step) ?? null) : null));
  const blocked = unreachable ? (
    <span className="fb-badge fb-coverage-mark" title={t('expect.coverageMark', { reason: text(unreachable.reason) })} aria-label={t('expect.coverageMark', { reason: text(unreachable.reason) })} data-testid="coverage-mark" data-step={step}>
      <Ban size={12} aria-hidden />
    </span>
  ) : null;
  if (count === 0) return blocked;
  const label = t('expect.stepMark', { count });
  return (
    <>
      {blocked}
      <span className="fb-badge fb-expect-mark" title={label} aria-label={label} data-testid="expect-mark" data-step={step}>
        <FlaskConical size={12} aria-hidden />
        {count}
      </span>
    </>
  );
}
