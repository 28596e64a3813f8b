import type { z } from 'zod';
import type {
  AssetId,
  BranchId,
  ContactId,
  EmailId,
  ListId,
  PersonaId,
  ProjectId,
  ScoreRuleId,
  StepId,
  WorkflowId,
} from '../model/index.ts';
import { idString } from './primitives.ts';

/**
 * Id schemas typed with the model's brands. At run time a brand is nothing, so the cast is
 * the whole conversion: the check itself is "a non-empty string".
 */
const branded = <T>() => idString as unknown as z.ZodType<T, string>;

export const projectIdSchema = branded<ProjectId>();
export const workflowIdSchema = branded<WorkflowId>();
export const stepIdSchema = branded<StepId>();
export const branchIdSchema = branded<BranchId>();
export const listIdSchema = branded<ListId>();
export const emailIdSchema = branded<EmailId>();
export const assetIdSchema = branded<AssetId>();
export const personaIdSchema = branded<PersonaId>();
export const scoreRuleIdSchema = branded<ScoreRuleId>();
export const contactIdSchema = branded<ContactId>();
