import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { APP_COMMANDS } from '../../electron/shared/commands.ts';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu.ts';

function actions(): MenuActions {
  return { command: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), toggleFullScreen: vi.fn(), quit: vi.fn() };
}

/** The template's submenus are plain arrays (Electron's type also allows a built Menu). */
const submenuOf = (item: MenuItemConstructorOptions): MenuItemConstructorOptions[] => (Array.isArray(item.submenu) ? item.submenu : []);

/** A click as Electron makes it; the template's handlers read none of the arguments. */
const click = (item: MenuItemConstructorOptions) => item.click!(...([] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>));

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...flatten(submenuOf(i))]);
}

describe('native menus', () => {
  it('has File, Edit, View, Simulate and Help in French and in English', () => {
    expect(buildMenuTemplate('fr', [], actions()).map((m) => m.label)).toEqual(['&Fichier', '&Édition', '&Affichage', '&Simulation', 'Aid&e']);
    expect(buildMenuTemplate('en', [], actions()).map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Simulate', '&Help']);
  });

  it.each(['fr', 'en'] as const)('lists every app command once with its accelerator (%s)', (lang) => {
    const items = flatten(buildMenuTemplate(lang, [], actions()));
    for (const command of APP_COMMANDS) {
      const matching = items.filter((i) => i.id === command.id);
      expect(matching, command.id).toHaveLength(1);
      expect(matching[0]!.accelerator).toBe(command.accelerator ?? undefined);
      expect(matching[0]!.label).toBeTruthy();
    }
  });

  it('shows single-key shortcuts without registering them, so typing in fields still works', () => {
    const items = flatten(buildMenuTemplate('en', [], actions()));
    expect(items.find((i) => i.id === 'view.fit')).toMatchObject({ accelerator: '1', registerAccelerator: false });
    expect(items.find((i) => i.id === 'simulate.playPause')).toMatchObject({ accelerator: 'Space', registerAccelerator: false });
    expect(items.find((i) => i.id === 'edit.undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(items.find((i) => i.id === 'edit.undo')!.registerAccelerator).toBeUndefined();
  });

  it('translates labels', () => {
    const fr = flatten(buildMenuTemplate('fr', [], actions()));
    const en = flatten(buildMenuTemplate('en', [], actions()));
    expect(fr.find((i) => i.id === 'file.saveAs')!.label).toBe('Enregistrer sous…');
    expect(en.find((i) => i.id === 'file.saveAs')!.label).toBe('Save As…');
    expect(fr.find((i) => i.id === 'simulate.run')!.label).toBe('Lancer la simulation');
  });

  it('sends the command to the page when clicked', () => {
    const a = actions();
    click(flatten(buildMenuTemplate('en', [], a)).find((i) => i.id === 'file.exportPng')!);
    expect(a.command).toHaveBeenCalledWith('file.exportPng');
  });

  it('lists recent files and opens the one clicked', () => {
    const a = actions();
    const template = buildMenuTemplate('fr', [{ path: '/home/me/nurturing.flowbench.json', name: 'nurturing.flowbench.json', openedAt: 1 }], a);
    const recent = flatten(template).find((i) => i.id === 'file.openRecent')!;
    expect(recent.label).toBe('Ouvrir un fichier récent');
    click(submenuOf(recent)[0]!);
    expect(a.openRecent).toHaveBeenCalledWith('/home/me/nurturing.flowbench.json');
    expect(submenuOf(recent).at(-1)!.label).toBe('Effacer la liste');
  });

  it('says when there is no recent file', () => {
    const recent = flatten(buildMenuTemplate('en', [], actions())).find((i) => i.id === 'file.openRecent')!;
    expect(recent.submenu).toEqual([{ label: 'No recent files', enabled: false }]);
  });
});
