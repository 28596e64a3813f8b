import { FileJson, Image as ImageIcon, PenTool } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../app/Modal.tsx';
import { useLang } from '../i18n/useLang.ts';
import { usePlatform } from '../platform/index.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import { activeWorkflow } from '../stores/document.ts';
import { exportFile, type ExportFormat } from './exporters.ts';
import { IncludeContactsOption, withSandboxContacts } from '../sandbox/IncludeContacts.tsx';
import { ReportButton } from '../programme/ReportButton.tsx';

/** JSON, PNG (1x-3x, white or transparent) or SVG of the whole diagram. */
export function ExportDialog() {
  const { t } = useTranslation();
  const lang = useLang();
  const platform = usePlatform();
  const { ui } = useStores();
  const project = useDocument((s) => s.project);
  const workflow = useDocument(activeWorkflow);
  const close = useUi((s) => s.openDialog);
  const [format, setFormat] = useState<ExportFormat>(workflow ? 'png' : 'json');
  const [scale, setScale] = useState<1 | 2 | 3>(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const name = await exportFile({ format, project: withSandboxContacts(project), workflow, scale, background, lang, t }, platform);
      ui.getState().notify({ tone: 'success', message: t('exportDialog.done', { name }) });
      close(null);
    } catch (error) {
      ui.getState().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const options: { id: ExportFormat; icon: typeof FileJson; label: string; help: string; disabled?: boolean }[] = [
    { id: 'png', icon: ImageIcon, label: t('exportDialog.png'), help: t('exportDialog.imageHelp'), disabled: !workflow },
    { id: 'svg', icon: PenTool, label: t('exportDialog.svg'), help: t('exportDialog.imageHelp'), disabled: !workflow },
    { id: 'json', icon: FileJson, label: t('exportDialog.json'), help: t('exportDialog.jsonHelp') },
  ];
  return (
    <Modal title={t('exportDialog.title')} onClose={() => close(null)} width={520} testId="export-dialog">
      <div className="fb-choice-list" role="radiogroup">
        {options.map((o) => (
          <label key={o.id} className={`fb-choice${format === o.id ? ' is-checked' : ''}${o.disabled ? ' is-disabled' : ''}`}>
            <input type="radio" name="format" value={o.id} checked={format === o.id} disabled={o.disabled} onChange={() => setFormat(o.id)} data-testid={`export-format-${o.id}`} />
            <o.icon size={18} aria-hidden />
            <span>
              <strong>{o.label}</strong>
              <small>{o.help}</small>
            </span>
          </label>
        ))}
      </div>
      {format === 'png' ? (
        <div className="fb-row">
          <div className="fb-field">
            <span className="fb-label">{t('exportDialog.scale')}</span>
            <div className="fb-segmented">
              {([1, 2, 3] as const).map((s) => (
                <button type="button" key={s} className={scale === s ? 'is-on' : ''} onClick={() => setScale(s)} data-testid={`export-scale-${s}`}>
                  {s}×
                </button>
              ))}
            </div>
          </div>
          <div className="fb-field">
            <span className="fb-label">{t('exportDialog.background')}</span>
            <div className="fb-segmented">
              {(['white', 'transparent'] as const).map((b) => (
                <button type="button" key={b} className={background === b ? 'is-on' : ''} onClick={() => setBackground(b)} data-testid={`export-bg-${b}`}>
                  {t(`exportDialog.${b}`)}
                </button>
              ))}
            </div>
          </div>
        </div>
      ) : null}
      <ReportButton onDone={() => close(null)} />
      <IncludeContactsOption />
      <div className="fb-modal-actions">
        <button type="button" className="fb-button" onClick={() => close(null)}>
          {t('actions.cancel')}
        </button>
        <button type="button" className="fb-button is-primary" disabled={busy} onClick={() => void run()} data-testid="export-download">
          {t('exportDialog.download')}
        </button>
      </div>
    </Modal>
  );
}
