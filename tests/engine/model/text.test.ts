import { describe, expect, it } from 'vitest';
import { oneLine, withoutControls } from '../../../engine/model/index.ts';
import { cleanName } from '../../../engine/schema/limits.ts';

// ESC, BEL, NUL, the one-byte CSI U+009B, RIGHT-TO-LEFT OVERRIDE and a FIRST STRONG ISOLATE.
const HOSTILE = 'Wf\nline2\r\n# Injected\theading \u001b[31mRED\u0007\u0000\u009b\u202eX\u2068Y\u2029Z';

describe('a name for a one-line context (oneLine)', () => {
  it('turns each run of line breaks and tabs into one space and takes every other control and direction override out', () => {
    expect(oneLine(HOSTILE)).toBe('Wf line2 # Injected heading [31mREDXY Z');
  });

  it('leaves ordinary text alone, accents, typographic quotes and no-break spaces included', () => {
    const text = 'Élodie – « Relance\u00a0J+3 » “test” 日本 🎉';
    expect(oneLine(text)).toBe(text);
  });

  it('is the HubSpot import’s rule, without its length cut', () => {
    expect(oneLine(HOSTILE)).toBe(cleanName(HOSTILE));
  });
});

describe('free text without controls (withoutControls)', () => {
  it('keeps line breaks as LF and tabs, and takes out the rest', () => {
    expect(withoutControls(HOSTILE)).toBe('Wf\nline2\n# Injected\theading [31mREDXY\nZ');
  });
});
