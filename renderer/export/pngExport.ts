import { PNG_KEYWORD, PNG_WORKFLOW_KEYWORD } from './embed.ts';
import { withTextChunk } from './pngText.ts';

/** Chromium refuses canvases past about 268 M pixels or 32,767 px a side: stay well under. */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

export function safeScale(width: number, height: number, scale: number): number {
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.max(0.1, Math.min(scale, bySide, byArea));
}

/** Draws the SVG into a canvas at 1x, 2x or 3x and embeds the project in the PNG. */
export async function svgToPng(
  svg: string,
  size: { width: number; height: number },
  options: { scale: number; background: 'white' | 'transparent'; projectJson: string; workflowId: string },
): Promise<Blob> {
  const scale = safeScale(size.width, size.height, options.scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    if (options.background === 'white') {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const withProject = withTextChunk(withTextChunk(bytes, PNG_KEYWORD, options.projectJson), PNG_WORKFLOW_KEYWORD, options.workflowId);
    return new Blob([withProject as BlobPart], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
