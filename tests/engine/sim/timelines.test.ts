import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { allTemplates } from './golden-digest.ts';
import { timeline } from './timeline.ts';

/**
 * Readable goldens (issue #19): three contacts' runs through every template over 60 days, as lines
 * a person can check against the templates (times are Europe/Paris), where golden.test.ts pins
 * opaque hashes. A change that moves a result shows here what moved, contact by contact.
 * Pinned from the simulator whose hashed goldens are unchanged since the contact-by-contact
 * rewrite; read through by hand: c-3 gets the nurturing follow-up at once, ebook 2 after the
 * five-day wait, opens it, clicks a minute later and downloads two minutes after the click, and
 * the branch five days on takes "downloaded"; c-5's birthday email goes at 09:00 on the day,
 * then the list, and it enters again as the yearly workflow comes round (15 February); c-7 gets the webinar's three emails at
 * their anchored times and opens the reminder later.
 */

describe('per-contact timelines', () => {
  const project = allTemplates();
  const result = simulate(project, generateContacts(project, 40, 7), { horizonDays: 60 });

  it('c-3', () => {
    expect(timeline(result, 'c-3')).toEqual([
      '2026-01-05 00:00 enrolled in wf-nurturing (at-start)',
      '2026-01-05 00:00 wf-nurturing: at step-send-followup',
      '2026-01-05 00:00 enrolled in wf-birthday (at-start)',
      '2026-01-05 00:00 wf-birthday: at step-wait-birthday',
      '2026-01-05 00:00 wf-nurturing: sent step-send-followup',
      '2026-01-05 00:00 wf-nurturing: at step-wait-followup',
      '2026-01-10 00:00 wf-nurturing: at step-send-ebook-2',
      '2026-01-10 00:00 wf-nurturing: sent step-send-ebook-2',
      '2026-01-10 00:00 wf-nurturing: at step-wait-ebook-2',
      '2026-01-10 11:11 opened step-send-ebook-2',
      '2026-01-10 11:12 clicked step-send-ebook-2',
      '2026-01-10 11:14 submitted step-send-ebook-2',
      '2026-01-15 00:00 wf-nurturing: at step-branch-ebook-2',
      '2026-01-15 00:00 wf-nurturing: step-branch-ebook-2 took "A téléchargé l’ebook 2"',
      '2026-01-15 00:00 wf-nurturing: at step-list-downloaded',
      '2026-01-15 00:00 wf-nurturing: action step-list-downloaded',
      '2026-01-15 00:00 wf-nurturing: ended completed at step-list-downloaded',
      '2026-01-30 09:00 wf-birthday: at step-send-birthday',
      '2026-01-30 09:00 wf-birthday: sent step-send-birthday',
      '2026-01-30 09:00 wf-birthday: at step-list-birthday',
      '2026-01-30 09:00 wf-birthday: action step-list-birthday',
      '2026-01-30 09:00 wf-birthday: ended completed at step-list-birthday',
      '2026-03-02 00:00 enrolled in wf-birthday (yearly)',
      '2026-03-02 00:00 wf-birthday: at step-wait-birthday',
      '2026-03-04 08:08 submitted',
    ]);
  });

  it('c-5', () => {
    expect(timeline(result, 'c-5')).toEqual([
      '2026-01-05 00:00 enrolled in wf-birthday (at-start)',
      '2026-01-05 00:00 wf-birthday: at step-wait-birthday',
      '2026-01-15 09:00 wf-birthday: at step-send-birthday',
      '2026-01-15 09:00 wf-birthday: sent step-send-birthday',
      '2026-01-15 09:00 wf-birthday: at step-list-birthday',
      '2026-01-15 09:00 wf-birthday: action step-list-birthday',
      '2026-01-15 09:00 wf-birthday: ended completed at step-list-birthday',
      '2026-02-15 00:00 enrolled in wf-birthday (yearly)',
      '2026-02-15 00:00 wf-birthday: at step-wait-birthday',
    ]);
  });

  it('c-7', () => {
    expect(timeline(result, 'c-7')).toEqual([
      '2026-01-05 00:00 enrolled in wf-webinar (at-start)',
      '2026-01-05 00:00 wf-webinar: at step-list-invited',
      '2026-01-05 00:00 wf-webinar: action step-list-invited',
      '2026-01-05 00:00 wf-webinar: at step-wait-invitation',
      '2026-01-21 10:00 wf-webinar: at step-send-invitation',
      '2026-01-21 10:00 wf-webinar: sent step-send-invitation',
      '2026-01-21 10:00 wf-webinar: at step-wait-reminder',
      '2026-02-03 09:00 wf-webinar: at step-send-reminder',
      '2026-02-03 09:00 wf-webinar: sent step-send-reminder',
      '2026-02-03 09:00 wf-webinar: at step-wait-replay',
      '2026-02-05 10:00 wf-webinar: at step-send-replay',
      '2026-02-05 10:00 wf-webinar: sent step-send-replay',
      '2026-02-05 10:00 wf-webinar: ended completed at step-send-replay',
      '2026-02-17 09:58 opened step-send-reminder',
    ]);
  });
});
