import { useEffect, useState } from 'react';
import { openSandboxDb, type SandboxDb, type SandboxRow } from '../persistence/sandbox-db.ts';
import { listSandboxes } from '../persistence/sandbox-repo.ts';
import { useSandbox } from '../sandbox/context.tsx';

let db: SandboxDb | null = null;

/**
 * The sandboxes a run can use. When the Contacts panel has not been opened, the list is read
 * from the repository rather than by starting the sandbox store, which would load every contact
 * into the page while the worker reads them too.
 */
export function useSandboxChoices(): { sandboxes: readonly SandboxRow[]; preferred: string | null } {
  const ready = useSandbox((s) => s.ready);
  const fromStore = useSandbox((s) => s.sandboxes);
  const active = useSandbox((s) => s.activeId);
  const [listed, setListed] = useState<readonly SandboxRow[]>([]);
  useEffect(() => {
    if (ready) return;
    let live = true;
    db ??= openSandboxDb();
    listSandboxes(db).then(
      (rows) => live && setListed(rows),
      () => live && setListed([]),
    );
    return () => {
      live = false;
    };
  }, [ready]);
  if (ready) return { sandboxes: fromStore, preferred: active };
  const latest = [...listed].sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return { sandboxes: listed, preferred: latest?.id ?? null };
}
