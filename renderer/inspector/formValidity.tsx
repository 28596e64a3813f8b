import { createContext, useCallback, useContext, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/**
 * Whether the fields of a form hold what they show. A checked field keeps a refused value on
 * screen and passes on only valid ones, so the form's own value is the last valid one: a dialog
 * that saved it (or a run that used it) would save something the user no longer sees. Each
 * checked field reports here whether it refuses what it shows; the form reads how many do, to
 * refuse Save or Run and to ask before closing.
 */
type ReportField = (field: string, invalid: boolean) => void;

const FormValidityContext = createContext<ReportField | null>(null);

export interface FormValidity {
  /** How many fields of the form refuse what they show (re-rendered when it changes). */
  readonly invalid: number;
  /** The same, read now: in an effect, after every field of the commit has reported. */
  readonly anyInvalid: () => boolean;
  readonly report: ReportField;
}

/** A form's count of refused fields; its fields report inside `<FormValidityScope>`. */
export function useFormValidity(): FormValidity {
  const refused = useRef(new Set<string>());
  const [invalid, setInvalid] = useState(0);
  const report = useCallback<ReportField>((field, bad) => {
    const set = refused.current;
    if (set.has(field) === bad) return;
    if (bad) set.add(field);
    else set.delete(field);
    setInvalid(set.size);
  }, []);
  const anyInvalid = useCallback(() => refused.current.size > 0, []);
  return useMemo(() => ({ invalid, anyInvalid, report }), [invalid, anyInvalid, report]);
}

/** The fields below report to this form. */
export function FormValidityScope({ validity, children }: { validity: FormValidity; children: ReactNode }) {
  return <FormValidityContext.Provider value={validity.report}>{children}</FormValidityContext.Provider>;
}

/**
 * A field tells its form whether it refuses what it shows. Reported in a layout effect, so the
 * form's own effects of the same commit already see it (the Scoring dialog saves from one).
 */
export function useReportInvalid(invalid: boolean): void {
  const report = useContext(FormValidityContext);
  const field = useId();
  useLayoutEffect(() => {
    if (!report) return;
    report(field, invalid);
    return () => report(field, false);
  }, [report, field, invalid]);
}
