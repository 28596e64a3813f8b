import { safeFileName } from '../platform/file-name.ts';
import type { TFunction } from 'i18next';
import { saveProject } from '../../engine/io/index.ts';
import type { Lang, Project, Workflow } from '../../engine/model/index.ts';
import { layoutForDrawing } from '../canvas/useLayout.ts';
import type { Platform } from '../platform/index.ts';
import { svgToPng } from './pngExport.ts';
import { buildWorkflowSvg } from './svgExport.ts';

export type ExportFormat = 'json' | 'png' | 'svg';

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly project: Project;
  readonly workflow: Workflow | undefined;
  readonly scale: 1 | 2 | 3;
  readonly background: 'white' | 'transparent';
  readonly lang: Lang;
  readonly t: TFunction;
}

/** A file name from a human name: accents kept, safe on every OS, not too long (platform/file-name.ts). */
export function fileName(name: string, extension: string): string {
  return safeFileName(`${name}.${extension}`);
}

/** Builds the requested file and hands it to the platform; returns its name. */
export async function exportFile(request: ExportRequest, platform: Platform): Promise<string> {
  const projectJson = saveProject(request.project, { includeContacts: true });
  if (request.format === 'json' || !request.workflow) {
    const name = fileName(request.project.name, 'flowbench.json');
    await platform.saveFile(name, new Blob([projectJson], { type: 'application/json' }));
    return name;
  }
  const workflow = request.workflow;
  const layout = await layoutForDrawing(workflow, request.project, request.lang, request.t);
  const { svg, width, height } = buildWorkflowSvg({ layout, workflow, project: request.project, projectJson, lang: request.lang, t: request.t, background: request.background });
  if (request.format === 'svg') {
    const name = fileName(workflow.name, 'svg');
    await platform.saveFile(name, new Blob([svg], { type: 'image/svg+xml' }));
    return name;
  }
  const png = await svgToPng(svg, { width, height }, { scale: request.scale, background: request.background, projectJson, workflowId: workflow.id });
  const name = fileName(request.scale === 1 ? workflow.name : `${workflow.name}@${request.scale}x`, 'png');
  await platform.saveFile(name, png);
  return name;
}
