import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenProject } from '../export/useOpenProject.ts';
import { FileTooLargeError, MAX_OPEN_BYTES } from '../platform/file-limit.ts';

/** Dropping a JSON, PNG or SVG anywhere on the window opens it (size checked before reading). */
export function DropZone() {
  const { t } = useTranslation();
  const { openBytes, refuseTooLarge } = useOpenProject();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (file.size > MAX_OPEN_BYTES) refuseTooLarge(new FileTooLargeError(file.name, file.size));
      else void file.arrayBuffer().then((b) => openBytes(file.name, new Uint8Array(b)));
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [openBytes, refuseTooLarge]);
  if (!over) return null;
  return (
    <div className="fb-dropzone" data-testid="dropzone">
      <div>{t('app.dropHere')}</div>
    </div>
  );
}
