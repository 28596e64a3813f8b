import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_UNITS, type Duration, type TimeUnit } from '../../../engine/model/index.ts';
import { durationWithinBounds, MAX_SPAN_MINUTES, MINUTES_PER_UNIT } from '../../../engine/schema/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/useLang.ts';
import { Field, Select } from '../fields.tsx';
import { NumberInput } from '../numberFields.tsx';

/** The longest amount of a unit: the loader and the simulator refuse a span over ten years (engine/schema/limits.ts). */
export function maxAmount(unit: TimeUnit): number {
  return MAX_SPAN_MINUTES / MINUTES_PER_UNIT[unit];
}

/**
 * An amount of time and its unit (a delay, a maximum wait): from 0 to ten years in the unit shown,
 * what a project file holds (engine/schema/delays.ts: `nonNegative`, `durationNotTooLong`). A unit that would make the amount over ten years is refused, with the reason,
 * and the step keeps its unit: the document never holds a span the simulator refuses.
 */
export function DurationField({ label, duration, onChange, testId, unitTestId, coalesce }: { label: string; duration: Duration; onChange: (d: Duration, coalesce?: string) => void; testId: string; unitTestId?: string; coalesce: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [refused, setRefused] = useState<TimeUnit | null>(null);
  const unitName = (unit: TimeUnit) => t(`unitNames.${unit}`);
  const error =
    refused === null
      ? null
      : t('inspector.unitTooLong', { amount: formatNumber(duration.amount, lang), unit: unitName(refused), max: formatNumber(maxAmount(refused), lang) });
  return (
    <Field label={label} error={error}>
      {(id) => (
        <div className="fb-row">
          {/* Keyed by unit: a text refused in the unit before shows the step's amount again, not a value it does not hold. */}
          <NumberInput
            key={duration.unit}
            id={id}
            value={duration.amount}
            rules={{ min: 0, max: maxAmount(duration.unit), spanUnit: unitName(duration.unit) }}
            testId={testId}
            onChange={(amount) => {
              setRefused(null);
              onChange({ ...duration, amount }, coalesce);
            }}
          />
          <Select
            value={duration.unit}
            ariaLabel={t('inspector.unit')}
            testId={unitTestId}
            options={TIME_UNITS.map((u) => ({ value: u, label: unitName(u) }))}
            onChange={(unit) => {
              if (!durationWithinBounds({ amount: duration.amount, unit })) return setRefused(unit);
              setRefused(null);
              onChange({ ...duration, unit });
            }}
          />
        </div>
      )}
    </Field>
  );
}
