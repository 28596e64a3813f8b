import { textBundle } from '../i18n/bundle.ts';

/** The canvas's own texts about drawing large workflows, under `diagram.*`. */
const en = {
  simplified_one: 'This workflow has {{count, number}} step: it is drawn with a simpler layout, so that the canvas stays quick.',
  simplified_other: 'This workflow has {{count, number}} steps: it is drawn with a simpler layout, so that the canvas stays quick.',
};

const fr: typeof en = {
  simplified_one: 'Ce workflow compte {{count, number}}\u00a0étape\u00a0: il est dessiné avec une mise en page simplifiée, pour que le canevas reste rapide.',
  simplified_other: 'Ce workflow compte {{count, number}}\u00a0étapes\u00a0: il est dessiné avec une mise en page simplifiée, pour que le canevas reste rapide.',
};

export const DIAGRAM_TEXTS = { en, fr } as const;

export const { register: registerDiagramTexts, useT: useDiagramT } = textBundle('diagram', DIAGRAM_TEXTS, 'simplified_other');
