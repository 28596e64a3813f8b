import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, restoreWindowState } from '../../electron/main/window-state.ts';
import { fileFromArgv } from '../../electron/main/open-file.ts';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('remembered window', () => {
  it('restores size, position and maximized state', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true };
    expect(restoreWindowState(saved, screen)).toEqual(saved);
  });

  it('falls back to the default when the display is gone', () => {
    const saved = { bounds: { x: 3000, y: 50, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, screen)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('ignores a broken state file and enforces a minimum size', () => {
    expect(restoreWindowState('garbage', screen)).toEqual(DEFAULT_WINDOW_STATE);
    expect(restoreWindowState({ bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false }, screen).bounds).toMatchObject({
      width: 900,
      height: 600,
    });
  });
});

describe('file from the command line', () => {
  it('takes the project file, not the switches', () => {
    expect(fileFromArgv(['/opt/Flowbench/flowbench', '--no-sandbox', '/home/me/plan.flowbench.json'])).toBe('/home/me/plan.flowbench.json');
    expect(fileFromArgv(['flowbench', 'diagram.png'])).toBe('diagram.png');
    expect(fileFromArgv(['flowbench', '--inspect=9229'])).toBeNull();
    expect(fileFromArgv(['flowbench', 'notes.txt'])).toBeNull();
  });
});
