/**
 * Branded identifiers. At run time they are plain strings; the brand only stops a list id
 * from being passed where a step id is expected.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ProjectId = Brand<string, 'ProjectId'>;
export type WorkflowId = Brand<string, 'WorkflowId'>;
export type StepId = Brand<string, 'StepId'>;
export type BranchId = Brand<string, 'BranchId'>;
export type ListId = Brand<string, 'ListId'>;
export type EmailId = Brand<string, 'EmailId'>;
export type AssetId = Brand<string, 'AssetId'>;
export type PersonaId = Brand<string, 'PersonaId'>;
export type ScoreRuleId = Brand<string, 'ScoreRuleId'>;
export type ContactId = Brand<string, 'ContactId'>;

export const asProjectId = (s: string) => s as ProjectId;
export const asWorkflowId = (s: string) => s as WorkflowId;
export const asStepId = (s: string) => s as StepId;
export const asBranchId = (s: string) => s as BranchId;
export const asListId = (s: string) => s as ListId;
export const asEmailId = (s: string) => s as EmailId;
export const asAssetId = (s: string) => s as AssetId;
export const asPersonaId = (s: string) => s as PersonaId;
export const asScoreRuleId = (s: string) => s as ScoreRuleId;
export const asContactId = (s: string) => s as ContactId;

/**
 * Makes short ids unique within a set: `prefix-1`, `prefix-2`, ... Deterministic, so
 * editing operations stay pure and tests can predict ids.
 */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}
