import type { Localized, Project } from '../../model/index.ts';

/**
 * `compare` lines A and B up by ids (engine/study/compare.ts): a workflow of B is compared with
 * the workflow of A that has its id. Two projects with no workflow id in common share no
 * workflow-level count (only e-mail totals, segments and stages, which then compare unrelated
 * programmes): refused, naming each side's workflows, rather than reported as a comparison.
 */
export function noSharedWorkflow(a: Project, b: Project, files: readonly [string, string]): Localized | null {
  const inB = new Set(b.workflows.map((w) => w.id));
  if (a.workflows.some((w) => inB.has(w.id))) return null;
  const list = (p: Project, quote: (name: string) => string, none: string) => (p.workflows.length === 0 ? none : p.workflows.map((w) => `${quote(w.name)} (${w.id})`).join(', '));
  const fr = (p: Project) => list(p, (name) => `«\u00a0${name}\u00a0»`, 'aucun workflow');
  const en = (p: Project) => list(p, (name) => `"${name}"`, 'no workflow');
  return {
    fr: `A et B n’ont aucun workflow en commun (ils sont appariés par identifiant)\u00a0: A (${files[0]}) a ${fr(a)}\u00a0; B (${files[1]}) a ${fr(b)}. Rien à comparer workflow par workflow\u00a0: B doit être une variante de A, qui garde les identifiants de ses workflows.`,
    en: `A and B have no workflow in common (they are matched by id): A (${files[0]}) has ${en(a)}; B (${files[1]}) has ${en(b)}. Nothing to compare workflow by workflow: B must be a variant of A, keeping its workflows’ ids.`,
  };
}
