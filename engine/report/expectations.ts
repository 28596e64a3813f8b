import { describeExpectation, intervalText, measureText, runTests, type Outcome } from '../expect/index.ts';
import type { Lang, Localized, Project } from '../model/index.ts';
import type { ReportExpectation, ReportInput } from './types.ts';

const both = (make: (lang: Lang) => string): Localized => ({ fr: make('fr'), en: make('en') });

/**
 * The project's expectations as the report lists them, from the outcomes the app's Expectations
 * panel and `flowbench test` give (engine/expect): each in words, what was measured (the mean and
 * 90 % interval over replications, when there were some) and whether it held; "uncertain" (an
 * interval straddling the bound) cannot be told.
 */
export function reportExpectations(project: Project, outcomes: readonly Outcome[]): ReportExpectation[] {
  return outcomes.map((o) => {
    const { measured, interval } = o;
    return {
      text: both((lang) => describeExpectation(o.expectation, project, lang)),
      held: o.state === 'holds' ? true : o.state === 'fails' ? false : null,
      measured: measured.broken ?? both((lang) => (interval ? intervalText(measured, interval, lang) : measureText(measured, lang))),
    };
  });
}

/**
 * The project's expectations checked as the app's panel and `flowbench test` check them (the
 * project's test population and replications), ready for the report; none when it has none.
 */
export function checkedExpectations(project: Project): Pick<ReportInput, 'expectations' | 'expectationsCheckedOn'> {
  const tests = project.tests;
  if (!tests || tests.expectations.length === 0) return {};
  const checked = runTests(project, tests, tests.replications ?? 1);
  return { expectations: reportExpectations(project, checked.outcomes), expectationsCheckedOn: { contacts: checked.contacts, replications: checked.replications } };
}
