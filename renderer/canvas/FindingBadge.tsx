import { CircleExclamationPoint, TriangleExclamationPoint } from 'lucide-react';

/** A small lint marker on a card: red for errors, amber for warnings only. */
export function FindingBadge({ errors, warnings, label }: { errors: number; warnings: number; label: string }) {
  if (errors + warnings === 0) return null;
  const isError = errors > 0;
  const Icon = isError ? CircleExclamationPoint : TriangleExclamationPoint;
  return (
    <span className={`fb-badge ${isError ? 'is-error' : 'is-warning'}`} title={label} aria-label={label} data-testid="finding-badge">
      <Icon size={12} aria-hidden />
      {errors + warnings}
    </span>
  );
}
