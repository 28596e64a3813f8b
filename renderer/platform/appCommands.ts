import { useEffect, useRef } from 'react';
import type { AppCommandId } from '../../electron/shared/commands.ts';

/**
 * App commands (the native menus' items, electron/shared/commands.ts). A component that owns an
 * action registers it; commands that the canvas already binds to a key (fit, zoom, delete,
 * clipboard, search, play/pause) are replayed as that key, so a menu item and its shortcut always
 * run the very same code.
 */
const handlers = new Map<AppCommandId, (() => void)[]>();

interface KeyEquivalent {
  readonly key: string;
  readonly mod?: boolean;
  readonly shift?: boolean;
}

const KEY_EQUIVALENTS: Partial<Record<AppCommandId, KeyEquivalent>> = {
  'edit.undo': { key: 'z', mod: true },
  'edit.redo': { key: 'z', mod: true, shift: true },
  'edit.cut': { key: 'x', mod: true },
  'edit.copy': { key: 'c', mod: true },
  'edit.paste': { key: 'v', mod: true },
  'edit.delete': { key: 'Delete' },
  'edit.find': { key: 'f', mod: true },
  'view.fit': { key: '1' },
  'view.resetZoom': { key: '0' },
  'view.zoomIn': { key: '+' },
  'view.zoomOut': { key: '-' },
  'simulate.playPause': { key: ' ' },
};

const TEXT_EDITS: Partial<Record<AppCommandId, string>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.cut': 'cut',
  'edit.copy': 'copy',
  'edit.paste': 'paste',
};

/** Registers the handler of a command; the latest registration wins. Returns the unregister. */
export function registerAppCommand(id: AppCommandId, handler: () => void): () => void {
  handlers.set(id, [...(handlers.get(id) ?? []), handler]);
  return () => handlers.set(id, (handlers.get(id) ?? []).filter((h) => h !== handler));
}

export function useAppCommand(id: AppCommandId, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => registerAppCommand(id, () => latest.current()), [id]);
}

function editingText(doc: Document): boolean {
  const el = doc.activeElement;
  return el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA'].includes(el.tagName));
}

/** Runs a command; false when nothing in the app handles it. */
export function runAppCommand(id: AppCommandId, win: Window = window): boolean {
  const doc = win.document;
  // In a text field, Edit menu items act on the text, as in any desktop app.
  const textEdit = TEXT_EDITS[id];
  if (textEdit && editingText(doc)) return doc.execCommand(textEdit);
  const own = handlers.get(id)?.at(-1);
  if (own) {
    own();
    return true;
  }
  const key = KEY_EQUIVALENTS[id];
  if (!key) return false;
  win.dispatchEvent(
    new KeyboardEvent('keydown', { key: key.key, ctrlKey: !!key.mod, shiftKey: !!key.shift, bubbles: true, cancelable: true }),
  );
  return true;
}
