import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The engine boundary is an ESLint rule; these tests prove it bites on the imports it must refuse
// and leaves engine/cli/ free to use Node.
async function lintAs(filePath: string, code: string) {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('engine boundary', () => {
  it.each([
    "import React from 'react';",
    "import { app } from 'electron';",
    "import Dexie from 'dexie';",
    "import { create } from 'zustand';",
    "import { ReactFlow } from '@xyflow/react';",
    "import { readFileSync } from 'node:fs';",
    "import { join } from 'path';",
    "import { store } from '../../renderer/stores/app.ts';",
    "import { main } from '../electron/main.ts';",
  ])('refuses %s in engine/', async (code) => {
    expect(await lintAs('engine/model/probe.ts', `${code}\nexport {};\n`)).not.toHaveLength(0);
  });

  it('allows Node built-ins in engine/cli/', async () => {
    expect(await lintAs('engine/cli/probe.ts', "import { readFileSync } from 'node:fs';\nexport { readFileSync };\n")).toHaveLength(0);
  });

  it('allows engine-internal imports', async () => {
    expect(await lintAs('engine/lint/probe.ts', "import type { Workflow } from '../model/index.ts';\nexport type W = Workflow;\n")).toHaveLength(0);
  });
});
