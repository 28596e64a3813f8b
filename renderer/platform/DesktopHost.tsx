import { useEffect, useRef, useState } from 'react';
import { useBilingual } from '../i18n/bilingual.ts';
import { useTranslation } from 'react-i18next';
import type { AppCommandId } from '../../electron/shared/commands.ts';
import type { FlowbenchBridge, OpenedFile } from '../../electron/shared/bridge.ts';
import { useDocumentsT } from '../app/documents-i18n.ts';
import { useProjects } from '../app/useProjects.ts';
import { useWorkspace } from '../app/workspace.tsx';
import { useOpenProject } from '../export/useOpenProject.ts';
import { useStores } from '../stores/context.tsx';
import { registerAppCommand, runAppCommand } from './appCommands.ts';
import { desktopBridge, openOrRefuse } from './desktop.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { registerDesktopTexts } from './texts.ts';
import { useDesktopFile } from './useDesktopFile.ts';

/**
 * Where Save may write the project: only a project JSON file. A PNG or SVG the project was opened
 * from is a picture, never a save target (Save then goes to Save As).
 */
export function isProjectJsonPath(path: string): boolean {
  return /\.json$/i.test(path);
}

/** Inside the desktop app: menus, files opened by the OS, unsaved-changes state, recovery. */
export function DesktopHost({ bridge = desktopBridge() }: { bridge?: FlowbenchBridge | null }) {
  return bridge ? <Connected bridge={bridge} /> : null;
}

function Connected({ bridge }: { bridge: FlowbenchBridge }) {
  const { t, i18n } = useTranslation();
  const both = useBilingual();
  registerDesktopTexts(i18n);
  const { document, ui } = useStores();
  const d = useDocumentsT();
  const { openBytes, refuseTooLarge } = useOpenProject();
  const projects = useProjects();
  const workspace = useWorkspace();
  // The effect below subscribes once; it reads the latest openBytes through this ref.
  const openBytesRef = useRef(openBytes);
  useEffect(() => {
    openBytesRef.current = openBytes;
  });
  const { file, adopt, save, isDirty } = useDesktopFile(bridge);
  const [shortcuts, setShortcuts] = useState(false);

  // Another project replaces this one only after "Save changes?" (Save, Don't save, Cancel).
  useEffect(() => {
    const guard = async () => {
      if (!isDirty()) return true;
      const name = document.getState().project.name;
      const choice = await bridge.confirm({ message: d('documents.saveChanges', { name }), detail: d('documents.saveChangesDetail'), buttons: [d('documents.save'), d('documents.dontSave'), d('documents.cancel')], cancelId: 2 });
      if (choice === 2) return false;
      return choice === 0 ? save(false) : true;
    };
    workspace.guard = guard;
    return () => {
      if (workspace.guard === guard) workspace.guard = null;
    };
  }, [workspace, bridge, document, d, isDirty, save]);

  // A document that replaced the open one is not in the file until it is saved there.
  useEffect(() => document.subscribe((state, previous) => state.project.id !== previous.project.id && adopt(null)), [document, adopt]);

  useEffect(() => {
    void bridge.setLanguage(i18n.language === 'fr' ? 'fr' : 'en');
  }, [bridge, i18n.language]);

  useEffect(() => {
    void bridge.startupInfo().then((info) => {
      if (!info.recoveryAvailable) return;
      ui.getState().notify({ tone: 'info', message: both('desktop.recovered') });
      void bridge.recoveryDone();
    });
    // Tell the main process whether closing must ask to save.
    let last = false;
    return document.subscribe(() => {
      const dirty = isDirty();
      if (dirty !== last) void bridge.setDirty((last = dirty));
    });
  }, [bridge, document, ui, t, both, isDirty]);

  useEffect(() => {
    const open = async (opened: OpenedFile, options?: { skipGuard?: boolean }) => {
      // Save writes back only to a project JSON; a picture it came from is never overwritten.
      if (await openBytesRef.current(opened.name, opened.bytes, options)) adopt(isProjectJsonPath(opened.path) ? opened.path : null);
    };
    const own: Partial<Record<AppCommandId, () => void>> = {
      'file.new': () => void projects.create(),
      'file.open': () =>
        void openOrRefuse(() => bridge.open('project'))
          .then((f) => f && open(f))
          .catch((error: unknown) => refuseTooLarge(error) || ui.getState().notify({ tone: 'error', message: String(error), topic: 'open-file' })),
      'file.save': () => void save(false),
      'file.saveAs': () => void save(true),
      'file.exportPng': () => ui.getState().openDialog('export'),
      'file.exportSvg': () => ui.getState().openDialog('export'),
      'file.exportJson': () => ui.getState().openDialog('export'),
      'file.close': () => void bridge.closeWindow(),
      'view.togglePanels': () => ui.getState().setSidePanel(ui.getState().sidePanel ? null : 'problems'),
      'help.shortcuts': () => setShortcuts(true),
      'help.about': () => void bridge.startupInfo().then((info) => ui.getState().notify({ tone: 'info', message: both('desktop.about', { version: info.version }) })),
    };
    const unregister = Object.entries(own).map(([id, handler]) => registerAppCommand(id as AppCommandId, handler));
    const unsubscribe = bridge.onEvent((event) => {
      if (event.type === 'command') {
        if (!runAppCommand(event.command) && event.command === 'file.exportResultsCsv') ui.getState().notify({ tone: 'info', message: both('desktop.noResults') });
      } else if (event.type === 'save-and-close') {
        void save(false).then((saved) => (saved ? bridge.closeWindow() : undefined));
      } else if (event.type === 'file-opened') void open(event.file);
      else if (event.type === 'file-changed' && event.path === file.current.path) {
        const name = event.path.split(/[\\/]/).pop() ?? event.path;
        void bridge
          .confirm({ message: t('desktop.changedOnDisk', { name }), detail: t('desktop.changedDetail'), buttons: [t('desktop.reload'), t('desktop.keep')], cancelId: 1 })
          .then((choice) => (choice === 0 ? bridge.openRecent(event.path) : null))
          .then((reloaded) => reloaded && open(reloaded, { skipGuard: true }));
      }
    });
    return () => {
      unsubscribe();
      unregister.forEach((u) => u());
    };
  }, [bridge, document, ui, t, both, adopt, save, file, projects, refuseTooLarge]);

  return shortcuts ? <ShortcutsDialog onClose={() => setShortcuts(false)} /> : null;
}
