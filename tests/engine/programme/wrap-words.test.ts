import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../../engine/programme/escape.ts';

describe('words wrapped into a diagram’s lines', () => {
  it('break at ordinary spaces only: a French « » or : stays with its word', () => {
    // The report's diagram showed "»" alone on the enrollment card's last line.
    const text = 'A téléchargé l’ebook «\u00a0TOP 10 des sujets pour sujet Y\u00a0»';
    const lines = wrapWords(text, 30, 4);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.some((l) => l.trim() === '»')).toBe(false);
    expect(lines[lines.length - 1]!.endsWith('Y\u00a0»')).toBe(true);
    // Nothing lost or changed: joined back with spaces, the lines are the text.
    expect(lines.join(' ')).toBe(text);
  });
});
