import { safeFileName } from './file-name.ts';
import { FileTooLargeError } from './file-limit.ts';
import type { OpenedFile, Platform } from './types.ts';

/** File input to open, an <a download> to save: works in any Chromium with no permission. */
export function createBrowserPlatform(doc: Document = document): Platform {
  return {
    openFile(accept, options) {
      return new Promise<OpenedFile | null>((resolve, reject) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = accept.join(',');
        input.style.display = 'none';
        input.dataset.testid = 'platform-file-input';
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) return resolve(null);
          if (options?.maxBytes !== undefined && file.size > options.maxBytes) return reject(new FileTooLargeError(file.name, file.size, options.maxBytes));
          void file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }));
        });
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(null);
        });
        doc.body.append(input);
        input.click();
      });
    },
    async saveFile(name, blob) {
      const url = URL.createObjectURL(blob);
      const a = doc.createElement('a');
      a.href = url;
      a.download = safeFileName(name);
      a.style.display = 'none';
      doc.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
