import { openSandboxDb, type SandboxDb } from '../persistence/sandbox-db.ts';
import { loadContacts } from '../persistence/sandbox-repo.ts';
import type { WhatIfRequest } from './whatif-protocol.ts';
import { runWhatIf } from './whatif-run.ts';

/** The what-if worker: reads the sandbox itself, like the simulator's, and runs both timelines. */
let db: SandboxDb | null = null;
self.onmessage = (event: MessageEvent<WhatIfRequest>) => {
  void runWhatIf(event.data, (id) => loadContacts((db ??= openSandboxDb()), id)).then((answer) => self.postMessage(answer));
};
