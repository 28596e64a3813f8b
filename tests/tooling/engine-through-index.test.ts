import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// renderer/ and electron/ import an engine folder only through its index.ts (issue #19): the rule
// is proved to bite on deep imports and to let the index through.
async function restricted(filePath: string, code: string) {
  const [result] = await new ESLint().lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('engine folders through their index', { timeout: 60_000 }, () => {
  it.each([
    ['renderer/simulator/probe.ts', "import { Clock } from '../../engine/sim/state/clock.ts';"],
    ['renderer/probe.tsx', "import { Sim } from '../engine/sim/sim.ts';"],
    ['electron/probe.ts', "import { parseProject } from '../engine/io/parse.ts';"],
    ['renderer/canvas/probe.ts', "import { layoutWorkflow } from '../../engine/layout/layout.ts';"],
  ])('refuses a deep import in %s', async (file, code) => {
    expect(await restricted(file, code)).toHaveLength(1);
  });

  it.each([
    ['renderer/simulator/probe.ts', "import { clockFor } from '../../engine/sim/index.ts';"],
    ['electron/probe.ts', "import { parseProject } from '../engine/io/index.ts';"],
    ['renderer/probe.ts', "import { x } from '../engine/index.ts';"],
  ])('allows an index in %s', async (file, code) => {
    expect(await restricted(file, code)).toHaveLength(0);
  });
});
