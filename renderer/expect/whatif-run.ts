import type { Contact } from '../../engine/model/index.ts';
import { rateWhatIf } from '../../engine/whatif/index.ts';
import type { WhatIfAnswer, WhatIfRequest } from './whatif-protocol.ts';

/** Runs a what-if (in the worker, or in the page without workers): the original and the changed run, their difference. */
export async function runWhatIf(request: WhatIfRequest, loadSandbox: (id: string) => Promise<readonly Contact[]>): Promise<WhatIfAnswer> {
  try {
    const contacts = 'sandbox' in request.origin ? await loadSandbox(request.origin.sandbox) : request.origin.contacts;
    const w = rateWhatIf(request.project, contacts, request.minute, request.changes, request.options);
    return { ok: true, minute: w.minute, steps: w.steps, opened: [w.original.totals.opened, w.changed.totals.opened], clicked: [w.original.totals.clicked, w.changed.totals.clicked] };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
