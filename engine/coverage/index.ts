/** Coverage personas (issue #15): test contacts reaching every branch and end of a workflow. */
export { coverageProject, coveragePool, coverWorkflow, DOES_ALL, DOES_NOTHING, traversals, type Coverage, type Unreachable } from './coverage.ts';
