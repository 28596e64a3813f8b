import { useTranslation } from 'react-i18next';
import { APP_COMMANDS } from '../../electron/shared/commands.ts';
import { menuLabel } from '../../electron/main/menu-labels.ts';
import { Modal } from '../app/Modal.tsx';
import './desktop.css';

/** How an accelerator reads on this machine: Ctrl on Windows and Linux, ⌘ on a Mac. */
export function formatAccelerator(accelerator: string, mac: boolean, lang: 'fr' | 'en'): string {
  return accelerator
    .replace('CmdOrCtrl', mac ? '⌘' : 'Ctrl')
    .replace('Space', lang === 'fr' ? 'Espace' : 'Space')
    .split('+')
    .join(mac ? '' : '+');
}

/** Every command that has a shortcut, with the menus' own labels. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const mac = /Mac/i.test(globalThis.navigator?.platform ?? '');
  return (
    <Modal title={t('desktop.shortcuts')} onClose={onClose} width={520} testId="shortcuts-dialog">
      <table className="fb-shortcuts">
        <tbody>
          {APP_COMMANDS.filter((c) => c.accelerator).map((c) => (
            <tr key={c.id}>
              <td>{menuLabel(lang, c.id)}</td>
              <td>
                <kbd>{formatAccelerator(c.accelerator!, mac, lang)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
