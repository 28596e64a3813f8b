import 'fake-indexeddb/auto';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testSandboxDb } from '../sandbox/test-db.tsx';
import { SandboxProvider } from '../../../renderer/sandbox/context.tsx';
import { ContactsButton } from '../../../renderer/sandbox/SandboxLayer.tsx';
import { createSandboxStore } from '../../../renderer/sandbox/store.ts';
import { SandboxWorker } from '../../../renderer/sandbox/worker-client.ts';
import { SimulateButton } from '../../../renderer/simulator/SimulateLayer.tsx';
import { ranStore, renderSim } from './harness.tsx';

describe('the Simulate button while Contacts cover the simulation', () => {
  it('is not shown as the screen in use, and takes the user back to the simulation, not out of it', async () => {
    const sim = await ranStore();
    const db = testSandboxDb('simulate-button-test');
    const sandbox = createSandboxStore(db, new SandboxWorker());
    renderSim(
      <SandboxProvider store={sandbox}>
        <SimulateButton />
        <ContactsButton />
      </SandboxProvider>,
      sim,
      'fr',
    );
    const simulate = screen.getByTestId('toggle-simulate');
    expect(simulate.className).toContain('is-primary');
    act(() => sandbox.getState().setOpen(true));
    // Contacts on screen: one button looks in use, Contacts; Simulate says where it leads.
    expect(simulate.className).not.toContain('is-primary');
    expect(screen.getByTestId('open-sandbox').className).toContain('is-on');
    expect(simulate.getAttribute('title')).toBe('Revenir à la simulation (ferme Contacts)');
    fireEvent.click(simulate);
    expect(sandbox.getState().open).toBe(false);
    expect(sim.getState().active).toBe(true);
    expect(simulate.className).toContain('is-primary');
    // Over the simulation itself, the button still leaves Simulate.
    fireEvent.click(simulate);
    expect(sim.getState().active).toBe(false);
  });
});
