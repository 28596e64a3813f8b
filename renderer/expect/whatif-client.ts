import { openSandboxDb } from '../persistence/sandbox-db.ts';
import { loadContacts } from '../persistence/sandbox-repo.ts';
import type { WhatIfAnswer, WhatIfRequest } from './whatif-protocol.ts';
import { runWhatIf } from './whatif-run.ts';

/** One what-if at a time, in a worker made for it (in the page when there are no workers, as in jsdom). */
export function askWhatIf(request: WhatIfRequest): Promise<WhatIfAnswer> {
  if (typeof Worker === 'undefined') return runWhatIf(request, (id) => loadContacts(openSandboxDb(), id));
  const worker = new Worker(new URL('./whatif.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<WhatIfAnswer>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, message: event.message });
    };
    worker.postMessage(request);
  });
}
