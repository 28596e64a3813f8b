import type { Outcome } from '../../engine/expect/index.ts';
import type { Project } from '../../engine/model/index.ts';

/** Messages between the page and the expectations worker: a project in, its outcomes out. */
export interface ExpectRequest {
  readonly id: number;
  readonly project: Project;
}

export type ExpectAnswer =
  | { readonly id: number; readonly ok: true; readonly outcomes: readonly Outcome[]; readonly contacts: number; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly message: string };
