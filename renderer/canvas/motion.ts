/**
 * How long a viewport move lasts. A user (or a test browser) asking the system for reduced motion
 * gets every pan and zoom at once: no animation, so nothing can interrupt another move half-way
 * (WCAG 2.3.3, "Animation from Interactions").
 */
export function motion(ms: number): number {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return ms;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : ms;
}
