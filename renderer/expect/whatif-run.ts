import type { Contact } from '../../engine/model/index.ts';
import { previewDelayEdit, previewSentence, whatIf } from '../../engine/whatif/index.ts';
import type { WhatIfAnswer, WhatIfRequest } from './whatif-protocol.ts';

/** Runs a what-if (in the worker, or in the page without workers): the original and the changed run, their difference. */
export async function runWhatIf(request: WhatIfRequest, loadSandbox: (id: string) => Promise<readonly Contact[]>): Promise<WhatIfAnswer> {
  try {
    const contacts = 'sandbox' in request.origin ? await loadSandbox(request.origin.sandbox) : request.origin.contacts;
    const d = request.delay;
    // The delay edited at the minute applies in the re-run too (engine/sim delayFrom), by the same rule as the preview.
    const w = whatIf(request.project, contacts, request.minute, { rates: request.changes, ...(d ? { delay: { workflow: d.workflow, step: d.step, minutes: d.minutes } } : {}), ...(request.properties ? { properties: request.properties } : {}), ...(request.workflow ? { workflow: request.workflow } : {}) }, request.options);
    let delayPreview = null;
    const step = d ? request.project.workflows.find((x) => x.id === d.workflow)?.steps.find((x) => x.id === d.step) : undefined;
    if (d && step) {
      // HubSpot's live-edit rule on the original run at the minute: who waits there, and when they now leave.
      const preview = previewDelayEdit(request.project, w.original, d.workflow, d.step, request.minute, d.minutes === null ? { kind: 'delete' } : { kind: 'length', minutes: d.minutes });
      delayPreview = { fr: previewSentence(preview, d.words.fr, w.original, 'fr'), en: previewSentence(preview, d.words.en, w.original, 'en') };
    }
    const initial = w.original.stateAt(-1).lists;
    const lists = Object.keys(w.original.listCounts).map((id, k) => ({ id, initial: initial[id] ?? 0, original: w.original.series.lists[k]!, changed: w.changed.series.lists[k]! }));
    return { ok: true, minute: w.minute, steps: w.steps, lists, opened: [w.original.totals.opened, w.changed.totals.opened], clicked: [w.original.totals.clicked, w.changed.totals.clicked], delayPreview };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
