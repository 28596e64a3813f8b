// Types of scripts/test-counts.mjs (plain Node, so `npm test` needs no TypeScript loader).

/** The parts of vitest's JSON report that the count reads. */
export interface VitestReport {
  readonly testResults?: readonly {
    readonly name: string;
    readonly status: string;
    readonly message?: string;
    readonly assertionResults?: readonly { readonly status: string }[];
  }[];
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  brokenFiles: { file: string; message: string }[];
}

export function countReport(report: VitestReport, root?: string): Counts;

export function closingLines(runs: readonly { name: string; report: VitestReport | null; status: number }[], root?: string): { lines: string[]; ok: boolean };
