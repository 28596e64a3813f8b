import { Pencil, Plus, Trash } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useDialogs } from '../app/dialogs.tsx';
import { useSandbox } from './context.tsx';

/** Which sandbox the table shows; new, rename, delete. */
export function SandboxPicker({ onDelete }: { onDelete: () => void }) {
  const { t, i18n } = useTranslation();
  const sandboxes = useSandbox((s) => s.sandboxes);
  const activeId = useSandbox((s) => s.activeId);
  const select = useSandbox((s) => s.select);
  const create = useSandbox((s) => s.create);
  const rename = useSandbox((s) => s.rename);
  const dialogs = useDialogs();
  const active = sandboxes.find((s) => s.id === activeId);
  return (
    <>
      <select className="fb-input" value={activeId ?? ''} onChange={(e) => void select(e.target.value)} aria-label={t('sandbox.sandbox')} data-testid="sandbox-picker">
        {sandboxes.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.count.toLocaleString(i18n.language)})
          </option>
        ))}
      </select>
      <button type="button" className="fb-icon-button" onClick={() => void create(t('sandbox.defaultName', { n: sandboxes.length + 1 }))} title={t('sandbox.newSandbox')} aria-label={t('sandbox.newSandbox')} data-testid="sandbox-new">
        <Plus size={16} />
      </button>
      <button
        type="button"
        className="fb-icon-button"
        disabled={!active}
        onClick={() => {
          if (!active) return;
          void dialogs.prompt({ title: t('sandbox.renameSandbox'), label: t('sandbox.sandboxName'), initial: active.name, confirmLabel: t('sandbox.rename') }).then((name) => {
            if (name !== null && name !== active.name) void rename(active.id, name);
          });
        }}
        data-testid="sandbox-rename"
        title={t('sandbox.rename')}
        aria-label={t('sandbox.rename')}
      >
        <Pencil size={14} />
      </button>
      <button type="button" className="fb-icon-button" disabled={!active} onClick={onDelete} title={t('sandbox.deleteSandbox')} aria-label={t('sandbox.deleteSandbox')}>
        <Trash size={14} />
      </button>
    </>
  );
}
