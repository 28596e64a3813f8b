import { openSandboxDb, type SandboxDb } from '../persistence/sandbox-db.ts';
import { loadContacts } from '../persistence/sandbox-repo.ts';
import { SimHost } from './host.ts';
import type { SimEnvelope, SimRequest } from './protocol.ts';

/** The simulator worker: reads the sandbox itself (no 100,000 contacts copied through the page). */
let db: SandboxDb | null = null;
const host = new SimHost(async (sandbox) => {
  db ??= openSandboxDb();
  return loadContacts(db, sandbox);
});

self.onmessage = (event: MessageEvent<SimEnvelope<SimRequest>>) => {
  const { id } = event.data;
  void host.handle(event.data, (answer, transfer) => self.postMessage({ ...answer, id }, { transfer: transfer ?? [] }));
};
