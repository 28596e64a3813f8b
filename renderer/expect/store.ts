import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Outcome } from '../../engine/expect/index.ts';
import type { Localized, Project, WorkflowId } from '../../engine/model/index.ts';
import type { RunMeta } from '../simulator/protocol.ts';
import type { WhatIfAnswer } from './whatif-protocol.ts';

/** The latest outcomes of the open project's expectations, and for which project snapshot. */
export interface ExpectState {
  readonly outcomes: readonly Outcome[];
  /** The project snapshot the outcomes are of (null before the first check). */
  readonly checked: Project | null;
  readonly running: boolean;
  readonly error: string | null;
  readonly contacts: number;
  readonly ms: number;
  /** The expectation being added (null id: a new one) or edited, shown in a dialog. */
  readonly editing: { readonly id: string | null } | null;
  setEditing(editing: ExpectState['editing']): void;
  /** The last what-if of Simulate (null: none), and whether one is running. */
  readonly whatIf: Extract<WhatIfAnswer, { ok: true }> | null;
  /** The run the what-if branched from (its meta): shown only beside that run, not after another. */
  readonly whatIfOf: RunMeta | null;
  readonly whatIfRunning: boolean;
  /** The last "Test contacts" of a workflow: the sandbox made, and the branches no contact reaches. */
  readonly coverage: {
    readonly workflow: WorkflowId;
    readonly sandbox: string;
    readonly contacts: number;
    readonly reached: number;
    readonly unreachable: readonly { readonly from: string; readonly slot: string; readonly label: string; readonly reason: Localized }[];
  } | null;
  readonly coverageRunning: boolean;
}

export type ExpectStore = StoreApi<ExpectState>;

export function createExpectStore(): ExpectStore {
  return createStore<ExpectState>((set) => ({
    outcomes: [],
    checked: null,
    running: false,
    error: null,
    contacts: 0,
    ms: 0,
    editing: null,
    whatIf: null,
    whatIfOf: null,
    whatIfRunning: false,
    coverage: null,
    coverageRunning: false,
    setEditing: (editing) => set({ editing }),
  }));
}

const stores = new WeakMap<object, ExpectStore>();

/** One expectations store per document store (the app has one; each renderer test its own). */
export function expectStoreFor(document: object): ExpectStore {
  let store = stores.get(document);
  if (!store) stores.set(document, (store = createExpectStore()));
  return store;
}
