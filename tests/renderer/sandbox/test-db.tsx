import { Dexie } from 'dexie';
import type { ReactNode } from 'react';
import { onTestFinished } from 'vitest';
import { openSandboxDb, type SandboxDb } from '../../../renderer/persistence/sandbox-db.ts';
import { useSandboxTexts } from '../../../renderer/sandbox/i18n.ts';

let made = 0;

/** A sandbox database of the test's own (fake IndexedDB), closed and deleted when the test ends. Call it inside a test. */
export function testSandboxDb(prefix = 'sandbox-test'): SandboxDb {
  const db = openSandboxDb(`${prefix}-${++made}`);
  onTestFinished(async () => {
    db.close();
    await Dexie.delete(db.name);
  });
  return db;
}

/** Registers the sandbox's texts around what it wraps (the panel does it in the app). */
export function SandboxTexts({ children }: { children: ReactNode }) {
  useSandboxTexts();
  return <>{children}</>;
}
