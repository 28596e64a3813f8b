/** Expectations (issue #15): statements about a run, checked on a test population. */
export { checkRun, measure, onInterval } from './check.ts';
export { describeExpectation, intervalText, measureText } from './describe.ts';
export { intervalOf, judge, keeps } from './judge.ts';
export { distinctNames, workflowStepNames, type NamedStep } from './step-names.ts';
export { contactName, runView, type RunView } from './run-view.ts';
export { DEFAULT_POPULATION, judgeReplications, runTests, testContacts, testReplication, type TestRun } from './run-tests.ts';
export { EXPECT_STATES, MAX_OFFENDERS_SHOWN, type ExpectState, type Interval, type Measured, type Offender, type Outcome } from './types.ts';
