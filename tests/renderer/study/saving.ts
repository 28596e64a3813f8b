import type { Platform } from '../../../renderer/platform/index.ts';

/** A platform whose saves are kept, each file's text read back (jsdom's Blob has no text()). */
export function savingPlatform(saved: { name: string; text: Promise<string> }[]): Platform {
  return {
    openFile: () => Promise.resolve(null),
    saveFile: (name, blob) => {
      saved.push({
        name,
        text: new Promise((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.readAsText(blob);
        }),
      });
      return Promise.resolve();
    },
  };
}
