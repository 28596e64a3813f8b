import { openSandboxDb, type SandboxDb } from '../persistence/sandbox-db.ts';
import { loadContacts } from '../persistence/sandbox-repo.ts';
import { StudyHost } from './host.ts';
import type { StudyRequest } from './protocol.ts';

/** One study worker of the pool (pool.ts): reads the sandbox itself, runs the replications it is given. */
let db: SandboxDb | null = null;
const host = new StudyHost(async (sandbox) => {
  db ??= openSandboxDb();
  return loadContacts(db, sandbox);
});

self.onmessage = (event: MessageEvent<StudyRequest>) => {
  void host.handle(event.data, (answer, transfer) => self.postMessage(answer, { transfer: transfer ?? [] }));
};
