import type { MenuItemConstructorOptions } from 'electron';
import { APP_COMMANDS, type AppCommandId } from '../shared/commands.ts';
import type { RecentFile, UiLang } from '../shared/bridge.ts';
import { menuLabel } from './menu-labels.ts';

export interface MenuActions {
  /** Sends a command to the page, which runs it exactly as its own shortcut would. */
  command(id: AppCommandId): void;
  openRecent(path: string): void;
  clearRecent(): void;
  toggleFullScreen(): void;
  quit(): void;
}

/**
 * The native menus, in French or English, with the same accelerators as the app (commands.ts).
 * Pure: returns the template, so tests check labels and accelerators without Electron.
 */
export function buildMenuTemplate(
  lang: UiLang,
  recent: readonly RecentFile[],
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const item = (id: AppCommandId): MenuItemConstructorOptions => {
    const spec = APP_COMMANDS.find((c) => c.id === id);
    const accelerator = spec?.accelerator ?? undefined;
    return {
      id,
      label: menuLabel(lang, id),
      ...(accelerator ? { accelerator } : {}),
      ...(spec && 'menuOnlyDisplay' in spec && spec.menuOnlyDisplay ? { registerAccelerator: false } : {}),
      click: () => (id === 'view.fullScreen' ? actions.toggleFullScreen() : actions.command(id)),
    };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: menuLabel(lang, 'noRecent'), enabled: false }]
      : [
          ...recent.map((r) => ({ label: r.name, sublabel: r.path, click: () => actions.openRecent(r.path) })),
          separator,
          { label: menuLabel(lang, 'clearRecent'), click: () => actions.clearRecent() },
        ];

  return [
    {
      id: 'file',
      label: menuLabel(lang, 'file'),
      submenu: [
        item('file.new'),
        item('file.open'),
        { id: 'file.openRecent', label: menuLabel(lang, 'openRecent'), submenu: recentItems },
        separator,
        item('file.save'),
        item('file.saveAs'),
        separator,
        item('file.exportPng'),
        item('file.exportSvg'),
        item('file.exportJson'),
        item('file.exportResultsCsv'),
        separator,
        item('file.close'),
        { id: 'quit', label: menuLabel(lang, 'quit'), accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    {
      id: 'edit',
      label: menuLabel(lang, 'edit'),
      submenu: [
        item('edit.undo'),
        item('edit.redo'),
        separator,
        item('edit.cut'),
        item('edit.copy'),
        item('edit.paste'),
        item('edit.delete'),
        separator,
        item('edit.find'),
      ],
    },
    {
      id: 'view',
      label: menuLabel(lang, 'view'),
      submenu: [
        item('view.zoomIn'),
        item('view.zoomOut'),
        item('view.fit'),
        item('view.resetZoom'),
        separator,
        item('view.togglePanels'),
        item('view.fullScreen'),
      ],
    },
    {
      id: 'simulate',
      label: menuLabel(lang, 'simulate'),
      submenu: [item('simulate.run'), item('simulate.playPause'), item('simulate.reset')],
    },
    { id: 'help', label: menuLabel(lang, 'help'), submenu: [item('help.shortcuts'), item('help.about')] },
  ];
}
