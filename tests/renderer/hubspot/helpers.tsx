import type { ReactNode } from 'react';
import { buildTemplate, EMPTY_HUBSPOT_MAPPING, type HubSpotMapping, type Lang, type Project } from '../../../engine/index.ts';
import { createHubSpotViewStore, HubSpotViewProvider, type HubSpotViewStore } from '../../../renderer/hubspot/view.tsx';
import { PlatformContext, type Platform } from '../../../renderer/platform/index.ts';
import { renderWithEditor, type Rendered } from '../render.tsx';

export interface Saved {
  readonly name: string;
  readonly text: string;
  readonly type: string;
}

/** jsdom's Blob has no text(); its FileReader reads one. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsText(blob);
  });
}

/** A platform that keeps what is saved instead of downloading it. */
export function recordingPlatform(): { platform: Platform; saved: Saved[] } {
  const saved: Saved[] = [];
  return {
    saved,
    platform: {
      openFile: () => Promise.resolve(null),
      saveFile: async (name, blob) => {
        saved.push({ name, text: await readText(blob), type: blob.type });
      },
    },
  };
}

export interface HubSpotRendered extends Rendered {
  readonly view: HubSpotViewStore;
  readonly saved: Saved[];
}

/** Renders with fresh editor stores, a fresh HubSpot view store and a recording platform. */
export function renderHubSpot(ui: ReactNode, options: { project?: Project; lang?: Lang; view?: HubSpotViewStore } = {}): HubSpotRendered {
  const view = options.view ?? createHubSpotViewStore();
  const { platform, saved } = recordingPlatform();
  const rendered = renderWithEditor(
    <PlatformContext.Provider value={platform}>
      <HubSpotViewProvider store={view}>{ui}</HubSpotViewProvider>
    </PlatformContext.Provider>,
    options,
  );
  return { ...rendered, view, saved };
}

/**
 * The nurturing template's seven ids as a portal would give them (see
 * tests/engine/hubspot/preflight.test.ts for why these seven): emails and segments are numbers,
 * forms GUIDs.
 */
export function nurturingMapping(): HubSpotMapping {
  return {
    ...EMPTY_HUBSPOT_MAPPING,
    emails: { 'email-articles': '1001', 'email-ebook-2': '1002', 'email-followup': '1003' },
    lists: { 'list-articles': '2001', 'list-downloaded': '2002' },
    forms: { 'asset-ebook-1': '0b7e2f2a-1111-4c3d-9e8f-000000000001', 'asset-ebook-2': '0b7e2f2a-1111-4c3d-9e8f-000000000002' },
  };
}

export function nurturing(lang: Lang = 'en', mapping?: HubSpotMapping): Project {
  const project = buildTemplate('nurturing', lang);
  return mapping ? { ...project, hubspot: mapping } : project;
}
