import { describe, expect, it } from 'vitest';
import { asWorkflowId, emptyWorkflow } from '../../../engine/model/index.ts';
import type { ContactAt } from '../../../engine/sim/index.ts';
import { journeyCaptions } from '../../../renderer/present/captions.ts';

const wf = { ...emptyWorkflow('wf-n', 'Nurturing') };
const journey: ContactAt = {
  id: 'c1',
  minute: 9000,
  activity: [],
  enrollments: [
    { workflow: asWorkflowId('other'), enrolledAt: 0, how: 'at-start', step: null, endState: 'completed', endedAt: 5, path: [], decisions: [], skipped: [] },
    {
      workflow: asWorkflowId('wf-n'),
      enrolledAt: 60,
      how: 'on-change',
      step: 'b',
      endState: null,
      endedAt: null,
      path: [
        { step: 'a', at: 60 },
        { step: 'b', at: 7260 },
        { step: 'c', at: 9500 },
      ],
      decisions: [{ step: 'b', at: 7260, branch: 'Yes', reasons: [{ fr: 'A téléchargé l’ebook 2', en: 'Downloaded ebook 2' }] }],
      skipped: [],
    },
  ],
};
const title = (id: string) => ({ a: 'Send follow-up', b: 'Downloaded?', c: 'Add to list' })[id] ?? id;

describe('presentation captions', () => {
  it('tell the followed contact’s enrollment, steps and branch reasons up to now, newest last, at most three', () => {
    expect(journeyCaptions(journey, wf, title, 'en')).toEqual([
      { at: 60, text: 'Send follow-up' },
      { at: 7260, text: 'Downloaded?' },
      { at: 7260, text: 'Downloaded? → Yes: Downloaded ebook 2' },
    ]);
    expect(journeyCaptions(journey, wf, title, 'fr', 10)[0]).toEqual({ at: 60, text: 'Inscrit dans Nurturing' });
    expect(journeyCaptions(journey, wf, title, 'fr', 10).at(-1)!.text).toBe('Downloaded? → Yes\u00a0: A téléchargé l’ebook 2');
  });

  it('say nothing for a contact never enrolled in the workflow', () => {
    expect(journeyCaptions(journey, { ...wf, id: asWorkflowId('nope') }, title, 'en')).toEqual([]);
    expect(journeyCaptions(null, wf, title, 'en')).toEqual([]);
  });

  it('put a branch’s decision right after the branch, before the step it led to in the same minute, its reasons set apart by “·”', () => {
    // The nurturing template's "No" path: the branch, its decision and the 3-day delay, all at midnight.
    const sameMinute: ContactAt = {
      ...journey,
      enrollments: [
        {
          ...journey.enrollments[1]!,
          path: [
            { step: 'a', at: 60 },
            { step: 'b', at: 7200 },
            { step: 'c', at: 7200 },
          ],
          decisions: [
            {
              step: 'b',
              at: 7200,
              branch: 'Non',
              reasons: [
                { fr: 'Oui — A téléchargé l’ebook «\u00a0Guide\u00a0»\u00a0: non rempli', en: 'Yes — Downloaded the ebook “Guide”: not met' },
                { fr: 'Aucune branche remplie\u00a0: branche par défaut «\u00a0Non\u00a0».', en: 'No branch met: default branch “No”.' },
              ],
            },
          ],
        },
      ],
    };
    expect(journeyCaptions(sameMinute, wf, title, 'fr').map((c) => c.text)).toEqual([
      'Downloaded?',
      'Downloaded? → Non\u00a0: Oui — A téléchargé l’ebook «\u00a0Guide\u00a0»\u00a0: non rempli · Aucune branche remplie\u00a0: branche par défaut «\u00a0Non\u00a0».',
      'Add to list',
    ]);
  });
});

