import type { HubSpotMappingTable, Localized, StepId, WorkflowId } from '../model/index.ts';

/** The v4 shapes the exporter writes (hubspot-today.md §1.3-1.7); `flow-schema.ts` checks them. */
export interface Connection {
  readonly edgeType: 'STANDARD' | 'GOTO';
  readonly nextActionId: string;
}

export type ValueRef =
  | { readonly type: 'STATIC_VALUE'; readonly staticValue: string }
  | { readonly type: 'OBJECT_PROPERTY'; readonly propertyName: string }
  | { readonly type: 'INCREMENT'; readonly incrementAmount: number }
  | { readonly type: 'FIELD_DATA'; readonly actionId: string; readonly dataKey: string };

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };

// A type (not an interface) so that it is assignable to Json.
export type FilterBranch = {
  readonly filterBranchType: string;
  readonly filterBranchOperator: string;
  readonly filters: readonly { readonly [key: string]: Json | undefined }[];
  readonly filterBranches: readonly FilterBranch[];
  readonly eventTypeId?: string;
  readonly operator?: 'HAS_COMPLETED' | 'HAS_NOT_COMPLETED';
};

export interface SingleConnectionAction {
  readonly type: 'SINGLE_CONNECTION';
  readonly actionId: string;
  readonly actionTypeId: string;
  readonly actionTypeVersion: number;
  readonly fields: { readonly [key: string]: Json | undefined };
  readonly connection?: Connection;
}

export interface ListBranchAction {
  readonly type: 'LIST_BRANCH';
  readonly actionId: string;
  readonly listBranches: readonly { readonly branchName?: string; readonly filterBranch: FilterBranch; readonly connection?: Connection }[];
  readonly defaultBranchName?: string;
  readonly defaultBranch?: Connection;
}

export interface StaticBranchAction {
  readonly type: 'STATIC_BRANCH';
  readonly actionId: string;
  readonly inputValue: ValueRef;
  readonly staticBranches: readonly { readonly branchValue: string; readonly connection?: Connection }[];
  readonly defaultBranchName?: string;
  readonly defaultBranch?: Connection;
}

export interface AbTestBranchAction {
  readonly type: 'AB_TEST_BRANCH';
  readonly actionId: string;
  /** `percentage` only on an uneven split (splits.ts): v4's schema has none. */
  readonly testBranches: readonly (Connection & { readonly percentage?: number })[];
}

export type FlowAction = SingleConnectionAction | ListBranchAction | StaticBranchAction | AbTestBranchAction;

export type EnrollmentCriteria =
  | {
      readonly type: 'LIST_BASED';
      readonly listFilterBranch: FilterBranch;
      readonly reEnrollmentTriggersFilterBranches: readonly FilterBranch[];
      readonly shouldReEnroll: boolean;
      readonly unEnrollObjectsNotMeetingCriteria: boolean;
    }
  | { readonly type: 'MANUAL'; readonly shouldReEnroll: boolean };

export interface HubSpotFlowBody {
  readonly type: 'CONTACT_FLOW';
  readonly objectTypeId: '0-1';
  readonly flowType: 'WORKFLOW';
  readonly name: string;
  readonly description?: string;
  readonly isEnabled: false;
  readonly canEnrollFromSalesforce: false;
  readonly customProperties: Readonly<Record<string, string>>;
  readonly dataSources: readonly never[];
  readonly startActionId?: string;
  readonly nextAvailableActionId: string;
  readonly enrollmentCriteria: EnrollmentCriteria;
  readonly goalFilterBranch?: FilterBranch;
  readonly eventAnchor?:
    | { readonly type: 'CONTACT_PROPERTY_ANCHOR'; readonly contactProperty: string }
    | { readonly type: 'STATIC_DATE_ANCHOR'; readonly dayOfMonth: number; readonly month: string; readonly year: number };
  readonly unEnrollmentSetting?: { readonly type: 'ALL' | 'SELECTIVE'; readonly flowIds: readonly string[] };
  readonly suppressionListIds: readonly number[];
  readonly timeWindows: readonly { readonly day: string; readonly startTime: { hour: number; minute: number }; readonly endTime: { hour: number; minute: number } }[];
  readonly blockedDates: readonly { readonly dayOfMonth: number; readonly month: string; readonly year: number }[];
  readonly actions: readonly FlowAction[];
}

/**
 * One finding of the pre-flight check. `blocking` stops the export (the body would fail at POST
 * time or lose meaning); `warning` exports but changes something the user should know; `info`
 * lists a field of the spec marked [INFERRED] that the body relies on.
 */
export interface PreflightProblem {
  readonly severity: 'blocking' | 'warning' | 'info';
  readonly kind: 'unmapped' | 'inexpressible' | 'limit' | 'inferred' | 'approximated';
  readonly workflow: WorkflowId;
  readonly steps: readonly StepId[];
  /** For `unmapped`: the mapping table and key to fill in. */
  readonly table?: HubSpotMappingTable;
  readonly key?: string;
  readonly message: Localized;
  /** For `inferred`: the field written and why it is uncertain, for whoever sends the body (the message says what to check in plain words). */
  readonly detail?: Localized;
}
