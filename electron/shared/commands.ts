/**
 * The app's commands with their keyboard shortcuts: the native menus show these accelerators and
 * the renderer binds the same keys, so both always agree. Pure data: imported by the main
 * process, the preload's types and the renderer.
 *
 * `menuOnlyDisplay`: single-key shortcuts (1, 0, Space...) are shown in the menu but not
 * registered with the system, otherwise typing "1" in a text field would fit the diagram.
 */
export const APP_COMMANDS = [
  { id: 'file.new', accelerator: 'CmdOrCtrl+N' },
  { id: 'file.open', accelerator: 'CmdOrCtrl+O' },
  { id: 'file.save', accelerator: 'CmdOrCtrl+S' },
  { id: 'file.saveAs', accelerator: 'CmdOrCtrl+Shift+S' },
  { id: 'file.exportPng', accelerator: 'CmdOrCtrl+E' },
  { id: 'file.exportSvg', accelerator: 'CmdOrCtrl+Shift+E' },
  { id: 'file.exportJson', accelerator: 'CmdOrCtrl+Alt+E' },
  { id: 'file.exportResultsCsv', accelerator: null },
  { id: 'file.close', accelerator: 'CmdOrCtrl+W' },
  { id: 'edit.undo', accelerator: 'CmdOrCtrl+Z' },
  { id: 'edit.redo', accelerator: 'CmdOrCtrl+Shift+Z' },
  { id: 'edit.cut', accelerator: 'CmdOrCtrl+X' },
  { id: 'edit.copy', accelerator: 'CmdOrCtrl+C' },
  { id: 'edit.paste', accelerator: 'CmdOrCtrl+V' },
  { id: 'edit.delete', accelerator: 'Delete', menuOnlyDisplay: true },
  { id: 'edit.find', accelerator: 'CmdOrCtrl+F' },
  { id: 'view.zoomIn', accelerator: 'CmdOrCtrl+=' },
  { id: 'view.zoomOut', accelerator: 'CmdOrCtrl+-' },
  { id: 'view.fit', accelerator: '1', menuOnlyDisplay: true },
  { id: 'view.resetZoom', accelerator: '0', menuOnlyDisplay: true },
  { id: 'view.togglePanels', accelerator: 'CmdOrCtrl+\\' },
  { id: 'view.fullScreen', accelerator: 'F11' },
  { id: 'simulate.run', accelerator: 'CmdOrCtrl+R' },
  { id: 'simulate.playPause', accelerator: 'Space', menuOnlyDisplay: true },
  { id: 'simulate.reset', accelerator: 'CmdOrCtrl+Shift+R' },
  { id: 'help.shortcuts', accelerator: 'CmdOrCtrl+/' },
  { id: 'help.about', accelerator: null },
] as const satisfies readonly { id: string; accelerator: string | null; menuOnlyDisplay?: boolean }[];

export type AppCommandId = (typeof APP_COMMANDS)[number]['id'];

export function commandAccelerator(id: AppCommandId): string | null {
  return APP_COMMANDS.find((c) => c.id === id)?.accelerator ?? null;
}

export function isAppCommandId(value: unknown): value is AppCommandId {
  return typeof value === 'string' && APP_COMMANDS.some((c) => c.id === value);
}
