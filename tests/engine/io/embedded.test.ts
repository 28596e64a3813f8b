import { describe, expect, it } from 'vitest';
import { decodeText, readProjectText } from '../../../engine/io/embedded.ts';

const TEXT = '{"name":"Élodie – 😀"}';
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

describe('decodeText: the encodings a project file comes in', () => {
  it.each([
    ['UTF-8', new Uint8Array(Buffer.from(TEXT, 'utf8'))],
    ['UTF-8 with BOM', new Uint8Array(Buffer.from(`\ufeff${TEXT}`, 'utf8'))],
    ['UTF-16 LE with BOM', new Uint8Array(Buffer.from(`\ufeff${TEXT}`, 'utf16le'))],
    ['UTF-16 BE with BOM', utf16be(`\ufeff${TEXT}`)],
    ['UTF-16 LE without BOM', new Uint8Array(Buffer.from(TEXT, 'utf16le'))],
    ['UTF-16 BE without BOM', utf16be(TEXT)],
  ])('%s', (_, bytes) => {
    expect(decodeText(bytes)).toBe(TEXT);
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array())).toBe('');
  });
});

describe('readProjectText', () => {
  it('gives an SVG’s workflow id back as it was before XML escaping', () => {
    const svg = `<svg><metadata><flowbench:project workflow="a&amp;b&quot;c" encoding="base64">${btoa('{}')}</flowbench:project></metadata></svg>`;
    expect(readProjectText('x.svg', new TextEncoder().encode(svg))).toEqual({ ok: true, kind: 'svg', text: '{}', workflowId: 'a&b"c' });
  });

  it('says which kind of picture holds no project', () => {
    expect(readProjectText('x.svg', new TextEncoder().encode('<svg/>'))).toEqual({ ok: false, kind: 'svg' });
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(readProjectText('x.png', png)).toEqual({ ok: false, kind: 'png' });
  });
});
