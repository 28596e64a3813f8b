// @vitest-environment jsdom
// A report of a run older than the project must say so at its top (a review found a report of 3
// expectations where the panel showed 5, and nothing saying the report was of an older state).
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTime } from '../../../engine/cards/index.ts';
import { elkInThisThread } from '../../../engine/layout/index.ts';
import { buildReportHtml, reportRun, staleNotice, type OutdatedRun, type ReportRun } from '../../../engine/report/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

const project = buildTemplate('nurturing', 'fr');
// English times as the app writes them (renderer/i18n formatTime, 12-hour): the space before "pm" is the ICU build's own.
const pm = formatTime('19:42', 'en');
const am = formatTime('09:05', 'en');
let run: ReportRun;

beforeAll(() => {
  run = reportRun(project, [simulate(project, generateContacts(project, 100, 2), { seed: 2 })], 100);
});

async function notice(outdated: OutdatedRun | undefined, lang: 'fr' | 'en', withRun = true): Promise<{ text: string | null; first: boolean }> {
  const html = await buildReportHtml({ project, lang, date: '2026-12-08', elk: elkInThisThread, ...(withRun ? { run } : {}), ...(outdated ? { outdated } : {}) });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const found = doc.querySelector('[data-field=stale-run]');
  // At the top: the cover's first line, before the report's title.
  return { text: found?.textContent ?? null, first: found !== null && doc.querySelector('section[data-section=cover]')!.firstElementChild === found };
}

describe('the report of a run the project has moved on from', () => {
  it('says so first thing, in the programme map’s words, with the run’s time and the edits since', async () => {
    const edited = { ranAt: '2026-12-07T19:42', edits: 3, contactsChanged: false };
    // The time as the app writes it: 24-hour in French, "7:42 pm" in English.
    expect(pm).toMatch(/^7:42\s?pm$/);
    expect(await notice(edited, 'fr')).toEqual({
      text: 'Chiffres et schémas de la dernière simulation du 7 déc. 2026 à 19:42, avant les dernières modifications\u00a0: le projet a changé depuis (3\u00a0modifications). Relancez la simulation pour les inclure.',
      first: true,
    });
    expect(await notice(edited, 'en')).toEqual({
      text: `Figures and diagrams from the last run, of 7 Dec 2026 at ${pm}, before the latest edits: the project has changed since (3 edits). Run it again to include them.`,
      first: true,
    });
  });

  it('says one edit, or no count when the edits could not be counted, or no time when it is not known', () => {
    expect(staleNotice({ ranAt: '2026-12-07T09:05', edits: 1, contactsChanged: false }, 'en')).toBe(`Figures and diagrams from the last run, of 7 Dec 2026 at ${am}, before the latest edits: the project has changed since (1 edit). Run it again to include them.`);
    expect(staleNotice({ ranAt: '2026-12-07T09:05', edits: 1, contactsChanged: false }, 'fr')).toContain('(1\u00a0modification)');
    expect(staleNotice({ ranAt: null, edits: null, contactsChanged: false }, 'en')).toBe('Figures and diagrams from the last run, before the latest edits: the project has changed since. Run it again to include them.');
  });

  it('says when only the contacts changed since, and when both did', () => {
    expect(staleNotice({ ranAt: '2026-12-07T19:42', edits: 0, contactsChanged: true }, 'en')).toBe(
      `Figures from the last run, of 7 Dec 2026 at ${pm}, before the latest changes to its contacts: the contacts it ran on have changed since. Run it again to include them.`,
    );
    expect(staleNotice({ ranAt: '2026-12-07T19:42', edits: 2, contactsChanged: true }, 'fr')).toBe(
      'Chiffres et schémas de la dernière simulation du 7 déc. 2026 à 19:42, avant les dernières modifications\u00a0: le projet a changé depuis (2\u00a0modifications), et les contacts simulés aussi. Relancez la simulation pour les inclure.',
    );
  });

  it('says nothing when the run is of the project as it is, or when there was no run (the report then shows the project as it is)', async () => {
    expect(await notice(undefined, 'fr')).toEqual({ text: null, first: false });
    expect(await notice({ ranAt: '2026-12-07T19:42', edits: 0, contactsChanged: false }, 'en')).toEqual({ text: null, first: false });
    expect(await notice({ ranAt: '2026-12-07T19:42', edits: 3, contactsChanged: false }, 'en', false)).toEqual({ text: null, first: false });
  });
});
