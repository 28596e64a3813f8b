import { describe, expect, it } from 'vitest';
import { fileName } from '../../../renderer/export/exporters.ts';
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../../renderer/platform/file-name.ts';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('file names suggested for a save', () => {
  it('cuts a long name to fit, its extension whole, counting UTF-8 bytes', () => {
    // A review exported a workflow named with about 480 characters: the 494-character file name was refused (ENAMETOOLONG).
    const long = fileName('Nurturing '.repeat(48), 'hubspot.json');
    expect(bytes(long)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(long.endsWith('….hubspot.json')).toBe(true);
    expect(long.startsWith('Nurturing Nurturing')).toBe(true);
    // Accented letters take two bytes each: 150 of them are 300 bytes, over the limit though 150 characters.
    const accented = safeFileName(`${'é'.repeat(150)}.csv`);
    expect(bytes(accented)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(accented.endsWith('….csv')).toBe(true);
    // A name that fits is kept as written, accents and all.
    expect(fileName('Démo client', 'html')).toBe('Démo client.html');
  });

  it('takes out what a file system refuses or a terminal would obey', () => {
    expect(fileName('Q3 / Q4: "best"?', 'csv')).toBe('Q3 - Q4- -best-.csv');
    expect(fileName('a\u202eb\nc\u0007', 'json')).toBe('ab c.json');
    expect(fileName('trailing. ', 'md')).toBe('trailing.md');
    expect(fileName('CON', 'json')).toBe('flowbench CON.json');
    expect(fileName('   ', 'json')).toBe('flowbench.json');
  });
});
