import { describe, expect, it } from 'vitest';
import { describeExpectation } from '../../../engine/expect/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { EXPECT_TEXTS } from '../../../renderer/expect/i18n.ts';

/** Every string of a nested text bundle. */
const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(strings) : []);

describe('expectations speak of static segments, as the rest of the app (HubSpot’s word since 2025)', () => {
  it('has no "liste" / "list" for a segment in the panel’s and the dialog’s texts', () => {
    expect(strings(EXPECT_TEXTS.fr).filter((s) => /\blistes?\b/i.test(s))).toEqual([]);
    expect(strings(EXPECT_TEXTS.en).filter((s) => /\blists?\b/i.test(s))).toEqual([]);
  });

  it('describes a share in a segment with that word', () => {
    const project = buildTemplate('lifecycle', 'fr');
    const list = project.lists[0]!;
    const workflow = project.workflows[0]!.id;
    const share = { id: 's', kind: 'share-in-list', workflow, list: list.id, day: 10, bound: 'at-least', percent: 50 } as const;
    expect(describeExpectation(share as never, project, 'fr')).toContain(`dans le segment «\u00a0${list.name}\u00a0»`);
    expect(describeExpectation(share as never, project, 'en')).toContain(`in the segment “${list.name}”`);
  });
});
