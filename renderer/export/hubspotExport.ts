import { buildSheet, sheetHtml, sheetMarkdown, toHubSpotFlow } from '../../engine/hubspot/index.ts';
import { EMPTY_HUBSPOT_MAPPING, type Lang, type Project, type Workflow } from '../../engine/model/index.ts';
import type { Platform } from '../platform/index.ts';
import { fileName } from './exporters.ts';

export type SheetFormat = 'md' | 'html';

/** The HubSpot export was refused by the pre-flight: nothing was written. */
export class HubSpotExportBlocked extends Error {
  constructor(readonly blocking: number) {
    super(`HubSpot export blocked by ${blocking} pre-flight ${blocking === 1 ? 'problem' : 'problems'}`);
    this.name = 'HubSpotExportBlocked';
  }
}

/**
 * The v4 POST body of one workflow, pretty-printed, through the platform's save. The body comes
 * from the same walk as the pre-flight: when that walk finds a blocking problem no file is
 * written (a body with stand-in ids would fail at POST time), the caller shows the list instead.
 */
export async function exportHubSpotFlow(project: Project, workflow: Workflow, platform: Platform): Promise<string> {
  const result = toHubSpotFlow(project, workflow.id, project.hubspot ?? EMPTY_HUBSPOT_MAPPING);
  if (!result.ok) throw new HubSpotExportBlocked(result.problems.filter((p) => p.severity === 'blocking').length);
  const name = fileName(workflow.name, 'hubspot.json');
  await platform.saveFile(name, new Blob([`${JSON.stringify(result.flow, null, 2)}\n`], { type: 'application/json' }));
  return name;
}

/** The build sheet of one workflow, as Markdown or as a printable HTML page, in the user's language. */
export async function exportBuildSheet(project: Project, workflow: Workflow, lang: Lang, format: SheetFormat, platform: Platform): Promise<string> {
  const sheet = buildSheet(project, workflow, lang);
  const suffix = lang === 'fr' ? 'fiche' : 'sheet';
  if (format === 'md') {
    const name = fileName(`${workflow.name} (${suffix})`, 'md');
    await platform.saveFile(name, new Blob([sheetMarkdown(sheet, lang)], { type: 'text/markdown' }));
    return name;
  }
  const name = fileName(`${workflow.name} (${suffix})`, 'html');
  await platform.saveFile(name, new Blob([sheetHtml(sheet, lang)], { type: 'text/html' }));
  return name;
}
