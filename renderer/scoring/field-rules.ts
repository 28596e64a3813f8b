import { MAX_SPAN_DAYS } from '../../engine/schema/index.ts';
import type { NumberRules } from '../inspector/numberFields.tsx';

/**
 * The rules of the Scoring dialog's number fields: exactly what the project's schema takes
 * (engine/schema/scoring.ts), so a field never passes on a value the loader refuses, nor refuses
 * one it takes (tests/renderer/scoring/field-rules.test.ts probes both sides of every bound).
 */

/** A rule's points and a tier's start: -1,000,000 to 1,000,000 (`points`). */
export const POINTS_RULES: NumberRules = { min: -1_000_000, max: 1_000_000 };

/** The score's and a group's limit: 0 or more (`nonNegative`), or none. */
export const LIMIT_RULES: NumberRules = { min: 0 };

/** A time frame and a decay period: whole days, 1 to ten years (`wholeDays.min(1)`). */
export const DAYS_RULES: NumberRules = { integer: true, min: 1, max: MAX_SPAN_DAYS };

/** A decay: a share above 0 and at most 100 (`z.number().gt(0).max(100)`). */
export const DECAY_PERCENT_RULES: NumberRules = { positive: true, max: 100, percent: true };
