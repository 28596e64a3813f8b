import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WhatIfSection } from '../../../renderer/expect/WhatIfSection.tsx';
import { expectStoreFor } from '../../../renderer/expect/store.ts';
import { Timeline } from '../../../renderer/simulator/Timeline.tsx';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import type { StudyStore } from '../../../renderer/study/store.ts';
import { project, ranStore, renderSim, studyOfRun } from '../simulator/harness.tsx';

/**
 * The what-if's words (review in French and English): its moment said as the timeline says it,
 * delays and steps that can be told apart, the app's number format, and "one run" beside a study.
 * The nurturing template starts on Monday 5 January 2026: day index 10 is Thursday 15 January.
 */

const workflow = project.workflows[0]!;
const seed = project.simulation.seed;

async function scrubbedToDay10Noon(withStudy: boolean, lang: 'fr' | 'en') {
  const sim = await ranStore();
  const meta = sim.getState().meta!;
  await act(() => sim.getState().seek(meta.midnights[10]! + 12 * 60));
  const study: StudyStore | null = withStudy ? await studyOfRun(meta) : null;
  const ui = (
    <>
      <Timeline />
      <WhatIfSection />
    </>
  );
  const rendered = renderSim(study ? <StudyProvider store={study}>{ui}</StudyProvider> : ui, sim, lang);
  fireEvent.click(screen.getByTestId('whatif-open'));
  return { sim, meta, rendered };
}

describe('the what-if’s moment', () => {
  it('with a study on screen, is the end of the day, said as the timeline says it, and the re-run branches there', async () => {
    const { meta } = await scrubbedToDay10Noon(true, 'fr');
    expect(screen.getByTestId('sim-date').textContent).toBe('jeu. 15 janv. 2026, fin de journée');
    expect(screen.getByTestId('whatif-title').textContent).toBe('Et si, à partir du jeu. 15 janv. 2026, fin de journée');
    fireEvent.click(screen.getByTestId('whatif-run'));
    await waitFor(() => expect(screen.getByTestId('whatif').getAttribute('data-state')).toBe('done'), { timeout: 20_000 });
    // The midnight ending day index 10: the moment the study's figures are of.
    expect(Number(screen.getByTestId('whatif-result').getAttribute('data-minute'))).toBe(meta.midnights[11]);
    expect(screen.getByTestId('whatif-result').textContent).toContain('Et si, à partir du jeu. 15 janv. 2026, fin de journée');
    expect(screen.getByTestId('whatif-one-run').textContent).toBe(`Ces chiffres\u00a0: un seul tirage (celui affiché, graine ${seed}), pas les moyennes des 2 tirages du canevas.`);
  });

  it('with one run on screen, is the minute scrubbed to, and no "one run" note', async () => {
    const { meta } = await scrubbedToDay10Noon(false, 'en');
    expect(screen.getByTestId('sim-date').textContent).toBe('Thu, 15 Jan 2026, 12:00');
    expect(screen.getByTestId('whatif-title').textContent).toBe('What if, from Thu, 15 Jan 2026, 12:00');
    fireEvent.click(screen.getByTestId('whatif-run'));
    await waitFor(() => expect(screen.getByTestId('whatif').getAttribute('data-state')).toBe('done'), { timeout: 20_000 });
    expect(Number(screen.getByTestId('whatif-result').getAttribute('data-minute'))).toBe(meta.midnights[10]! + 12 * 60);
    expect(screen.queryByTestId('whatif-one-run')).toBeNull();
  });
});

describe('the what-if’s delay menu', () => {
  it('names each delay as its card does ("Wait 5 days", as the changed steps below are named), telling the two 5-day delays apart by the e-mail each follows', async () => {
    await scrubbedToDay10Noon(false, 'en');
    const menu = screen.getByTestId('whatif-delay') as HTMLSelectElement;
    expect([...menu.options].map((o) => o.textContent)).toEqual(['No delay edited', 'Wait 5 days (after Send “Follow-up – ebook 1”)', 'Wait 5 days (after Send “Offer – ebook 2”)', 'Wait 3 days']);
  });
});

describe('the what-if’s delay preview', () => {
  /** The second 5-day delay (before the yes / no question) lengthened to 7 days at day 10, noon; or deleted. */
  async function preview(lang: 'fr' | 'en', edit: { days: string } | 'delete') {
    await scrubbedToDay10Noon(false, lang);
    fireEvent.change(screen.getByTestId('whatif-delay'), { target: { value: 'step-wait-ebook-2' } });
    if (edit === 'delete') fireEvent.click(screen.getByTestId('whatif-delay-delete'));
    else fireEvent.change(screen.getByTestId('whatif-delay-days'), { target: { value: edit.days } });
    fireEvent.click(screen.getByTestId('whatif-run'));
    await waitFor(() => expect(screen.getByTestId('whatif').getAttribute('data-state')).toBe('done'), { timeout: 20_000 });
    return screen.getByTestId('whatif-delay-preview').textContent;
  }

  // "Délai 5 jours" alone left open whether 5 was the old length or the new one, and which of the two 5-day delays.
  it('says which delay and its length before → after, in French', async () => {
    expect(await preview('fr', { days: '7' })).toMatch(/^«\u00a0Attendre 5 jours \(après Envoyer «\u00a0Offer – ebook 2\u00a0»\)\u00a0»\u00a0: 5 jours\u00a0→ 7 jours\. (\d[\d\u202f]* contacts? y attend(ent)?\u00a0: ils? en partir(a|ont) désormais .+|Aucun contact n’y attend\.)$/);
  });

  it('and in English', async () => {
    expect(await preview('en', { days: '7' })).toMatch(/^“Wait 5 days \(after Send “Offer – ebook 2”\)”: 5 days\u00a0→ 7 days\. (\d[\d,]* contacts? waits? there: (it|they) will now leave .+|No contact is waiting there\.)$/);
  });

  it('a deleted delay says so, with the length it had', async () => {
    expect(await preview('en', 'delete')).toMatch(/^“Wait 5 days \(after Send “Offer – ebook 2”\)”: delay of 5 days deleted\. /);
  });
});

describe('the what-if’s steps', () => {
  async function changed(lang: 'fr' | 'en') {
    const { sim, rendered } = await scrubbedToDay10Noon(false, lang);
    const steps = [
      { step: 'step-wait-followup', original: 1200, changed: 1187 },
      { step: 'step-wait-ebook-2', original: 800, changed: 812 },
      { step: 'step-list-downloaded', original: 26, changed: 30 },
      { step: 'step-list-articles', original: 90, changed: 87 },
    ].map((s) => ({ workflow: workflow.id, ...s }));
    const whatIf = { ok: true as const, minute: 0, steps, opened: [0, 0] as const, clicked: [0, 0] as const, delayPreview: null, lists: [] };
    act(() => expectStoreFor(rendered.stores.document).setState({ whatIf: whatIf as never, whatIfOf: sim.getState().meta }));
    return screen.getAllByTestId('whatif-step').map((li) => li.textContent);
  }

  it('are named as their cards name them, with the list, the signed difference and French typography', async () => {
    expect(await changed('fr')).toEqual([
      'Attendre 5 jours (après Envoyer «\u00a0Follow-up – ebook 1\u00a0»)\u00a0: 1\u202f200 → 1\u202f187 (\u221213)',
      'Attendre 5 jours (après Envoyer «\u00a0Offer – ebook 2\u00a0»)\u00a0: 800 → 812 (+12)',
      'Ajouter à «\u00a0Nurturing – ebook 2 downloaded\u00a0»\u00a0: 26 → 30 (+4)',
      'Ajouter à «\u00a0Nurturing – articles sent\u00a0»\u00a0: 90 → 87 (\u22123)',
    ]);
  });

  it('read the same way in English', async () => {
    expect(await changed('en')).toEqual([
      'Wait 5 days (after Send “Follow-up – ebook 1”): 1,200 → 1,187 (\u221213)',
      'Wait 5 days (after Send “Offer – ebook 2”): 800 → 812 (+12)',
      'Add to “Nurturing – ebook 2 downloaded”: 26 → 30 (+4)',
      'Add to “Nurturing – articles sent”: 90 → 87 (\u22123)',
    ]);
  });
});
