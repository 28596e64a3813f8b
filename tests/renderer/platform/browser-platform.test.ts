import { describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from '../../../renderer/platform/browser.ts';
import { FileTooLargeError, MAX_OPEN_BYTES } from '../../../renderer/platform/file-limit.ts';
import { MAX_TEXT_BYTES } from '../../../electron/shared/bridge.ts';

/** Opens the picker, then "chooses" a file with that size; records whether its bytes were read. */
async function pick(size: number, maxBytes?: number) {
  const platform = createBrowserPlatform(document);
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
  const read = vi.fn(async () => new Uint8Array([1, 2, 3]).buffer);
  const opening = platform.openFile(['.json'], maxBytes === undefined ? undefined : { maxBytes });
  const input = document.querySelector<HTMLInputElement>('[data-testid=platform-file-input]')!;
  Object.defineProperty(input, 'files', { value: [{ name: 'plan.json', size, arrayBuffer: read }] });
  input.dispatchEvent(new Event('change'));
  return { result: opening, read };
}

describe('the browser file picker', () => {
  it('refuses a file over the limit without reading it', async () => {
    const { result, read } = await pick(MAX_OPEN_BYTES + 1, MAX_OPEN_BYTES);
    await expect(result).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(result).rejects.toMatchObject({ fileName: 'plan.json', size: MAX_OPEN_BYTES + 1, limit: MAX_OPEN_BYTES });
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a file at the limit', async () => {
    const { result, read } = await pick(MAX_OPEN_BYTES, MAX_OPEN_BYTES);
    await expect(result).resolves.toEqual({ name: 'plan.json', bytes: new Uint8Array([1, 2, 3]) });
    expect(read).toHaveBeenCalledOnce();
  });

  it('uses the same limit as the desktop app and the engine (40 MB)', () => {
    expect(MAX_OPEN_BYTES).toBe(MAX_TEXT_BYTES);
    expect(MAX_OPEN_BYTES).toBe(40 * 1024 * 1024);
  });
});
