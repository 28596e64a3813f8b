import type { ReactFlowInstance } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fitDiagram } from '../../../renderer/canvas/fit.ts';
import { motion } from '../../../renderer/canvas/motion.ts';
import type { AnyFlowNode } from '../../../renderer/canvas/nodeTypes.ts';

/** A flow whose setViewport answers with the promise the test gives it (React Flow's never settles when interrupted). */
function fakeFlow(settle: Promise<boolean>) {
  const calls: { viewport: unknown; duration: number | undefined }[] = [];
  const flow = {
    getNodes: () => [{ id: 'a', position: { x: 0, y: 0 }, width: 200, height: 100, data: {} }],
    setViewport: (viewport: unknown, options?: { duration?: number }) => {
      calls.push({ viewport, duration: options?.duration });
      return settle;
    },
  } as unknown as ReactFlowInstance<AnyFlowNode>;
  return { flow, calls };
}

function reducedMotion(on: boolean) {
  window.matchMedia = ((query: string) => ({ matches: on && query.includes('prefers-reduced-motion: reduce'), media: query })) as unknown as typeof window.matchMedia;
}

const fitsDone = () => Number(document.querySelector('.fb-canvas')?.getAttribute('data-fits-done') ?? 0);

describe('fitting the diagram', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div class="fb-canvas"><div class="react-flow"></div></div>';
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('counts a fit whose animation another move interrupted, once its time has passed', async () => {
    reducedMotion(false);
    const { flow, calls } = fakeFlow(new Promise(() => {}));
    const before = fitsDone();
    fitDiagram(flow, 250);
    expect(calls[0]?.duration).toBe(250);
    await vi.advanceTimersByTimeAsync(249);
    expect(fitsDone()).toBe(before);
    await vi.advanceTimersByTimeAsync(200);
    expect(fitsDone()).toBe(before + 1);
  });

  it('counts a fit that ends once, not again when its timer fires', async () => {
    reducedMotion(false);
    const { flow } = fakeFlow(Promise.resolve(true));
    const before = fitsDone();
    fitDiagram(flow, 250);
    await vi.advanceTimersByTimeAsync(0);
    expect(fitsDone()).toBe(before + 1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fitsDone()).toBe(before + 1);
  });

  it('moves at once when the system asks for reduced motion', () => {
    reducedMotion(true);
    const { flow, calls } = fakeFlow(Promise.resolve(true));
    fitDiagram(flow, 250);
    expect(calls[0]?.duration).toBe(0);
    expect(motion(300)).toBe(0);
    reducedMotion(false);
    expect(motion(300)).toBe(300);
  });
});
