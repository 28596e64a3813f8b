import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectStoreFor } from '../../../renderer/expect/store.ts';
import { WhatIfMark } from '../../../renderer/expect/WhatIfMark.tsx';
import { project, ranStore, renderSim } from './harness.tsx';

describe('a what-if after a new run', () => {
  it('shows its mark beside the run it branched from, and not beside a later run', async () => {
    const sim = await ranStore();
    const workflow = project.workflows[0]!;
    const step = workflow.steps[0]!.id;
    const rendered = renderSim(<WhatIfMark step={step} />, sim);
    const store = expectStoreFor(rendered.stores.document);
    const whatIf = { ok: true as const, minute: 0, steps: [{ workflow: workflow.id, step, original: 10, changed: 14 }], opened: [0, 0] as const, clicked: [0, 0] as const, delayPreview: null, lists: [] };
    act(() => store.setState({ whatIf: whatIf as never, whatIfOf: sim.getState().meta }));
    expect(screen.getByTestId('whatif-mark').textContent).toBe('+4');
    // Run again (other settings): the what-if was of the run before.
    await act(() => sim.getState().run(project, { contacts: [] }));
    expect(sim.getState().meta).not.toBe(store.getState().whatIfOf);
    expect(screen.queryByTestId('whatif-mark')).toBeNull();
  });
});
