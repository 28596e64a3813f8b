import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppCommandId } from '../../electron/shared/commands.ts';
import type { FlowbenchBridge, OpenedFile } from '../../electron/shared/bridge.ts';
import { asProjectId, emptyProject } from '../../engine/model/index.ts';
import { newProjectId } from '../bootstrap.ts';
import { useOpenProject } from '../export/useOpenProject.ts';
import { useStores } from '../stores/context.tsx';
import { registerAppCommand, runAppCommand } from './appCommands.ts';
import { desktopBridge } from './desktop.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { registerDesktopTexts } from './texts.ts';
import { useDesktopFile } from './useDesktopFile.ts';

/** Inside the desktop app: menus, files opened by the OS, unsaved-changes state, recovery. */
export function DesktopHost({ bridge = desktopBridge() }: { bridge?: FlowbenchBridge | null }) {
  return bridge ? <Connected bridge={bridge} /> : null;
}

function Connected({ bridge }: { bridge: FlowbenchBridge }) {
  const { t, i18n } = useTranslation();
  registerDesktopTexts(i18n);
  const { document, ui } = useStores();
  const { openBytes } = useOpenProject();
  // The effect below subscribes once; it reads the latest openBytes through this ref.
  const openBytesRef = useRef(openBytes);
  useEffect(() => {
    openBytesRef.current = openBytes;
  });
  const { file, adopt, save, isDirty } = useDesktopFile(bridge);
  const [shortcuts, setShortcuts] = useState(false);

  useEffect(() => {
    void bridge.setLanguage(i18n.language === 'fr' ? 'fr' : 'en');
  }, [bridge, i18n.language]);

  useEffect(() => {
    void bridge.startupInfo().then((info) => {
      if (!info.recoveryAvailable) return;
      ui.getState().notify({ tone: 'info', message: t('desktop.recovered') });
      void bridge.recoveryDone();
    });
    // Tell the main process whether closing must ask to save.
    let last = false;
    return document.subscribe(() => {
      const dirty = isDirty();
      if (dirty !== last) void bridge.setDirty((last = dirty));
    });
  }, [bridge, document, ui, t, isDirty]);

  useEffect(() => {
    const open = (opened: OpenedFile) => {
      const before = document.getState().project;
      openBytesRef.current(opened.name, opened.bytes);
      if (document.getState().project !== before) adopt(opened.path);
    };
    const own: Partial<Record<AppCommandId, () => void>> = {
      'file.new': () =>
        void (async () => {
          if (isDirty() && (await bridge.confirm({ message: t('desktop.discardTitle'), detail: t('desktop.discardDetail'), buttons: [t('desktop.newProject'), t('desktop.cancel')] })) !== 0) return;
          document.getState().load(emptyProject(asProjectId(newProjectId()), t('app.defaultProject')));
          adopt(null);
        })(),
      'file.open': () => void bridge.open('project').then((f) => f && open(f)),
      'file.save': () => void save(false),
      'file.saveAs': () => void save(true),
      'file.exportPng': () => ui.getState().openDialog('export'),
      'file.exportSvg': () => ui.getState().openDialog('export'),
      'file.exportJson': () => ui.getState().openDialog('export'),
      'file.close': () => void bridge.closeWindow(),
      'view.togglePanels': () => ui.getState().setSidePanel(ui.getState().sidePanel ? null : 'problems'),
      'help.shortcuts': () => setShortcuts(true),
      'help.about': () => void bridge.startupInfo().then((info) => ui.getState().notify({ tone: 'info', message: t('desktop.about', { version: info.version }) })),
    };
    const unregister = Object.entries(own).map(([id, handler]) => registerAppCommand(id as AppCommandId, handler));
    const unsubscribe = bridge.onEvent((event) => {
      if (event.type === 'command') {
        if (!runAppCommand(event.command) && event.command === 'file.exportResultsCsv') ui.getState().notify({ tone: 'info', message: t('desktop.noResults') });
      } else if (event.type === 'save-and-close') {
        void save(false).then((saved) => (saved ? bridge.closeWindow() : undefined));
      } else if (event.type === 'file-opened') open(event.file);
      else if (event.type === 'file-changed' && event.path === file.current.path) {
        const name = event.path.split(/[\\/]/).pop() ?? event.path;
        void bridge
          .confirm({ message: t('desktop.changedOnDisk', { name }), detail: t('desktop.changedDetail'), buttons: [t('desktop.reload'), t('desktop.keep')], cancelId: 1 })
          .then((choice) => (choice === 0 ? bridge.openRecent(event.path) : null))
          .then((reloaded) => reloaded && open(reloaded));
      }
    });
    return () => {
      unsubscribe();
      unregister.forEach((u) => u());
    };
  }, [bridge, document, ui, t, adopt, save, isDirty, file]);

  return shortcuts ? <ShortcutsDialog onClose={() => setShortcuts(false)} /> : null;
}
