import { asWorkflowId } from '../../../engine/model/index.ts';
import {
  addToList,
  delayDays,
  goTo,
  ifThen,
  project,
  randomSplit,
  seedNurturing,
  sendEmail,
  setProperty,
  sid,
  waitEvent,
  workflow,
} from './fixtures.ts';
import { expectBilingual, findingsOf } from './helpers.ts';

describe('lost-contacts', () => {
  it('flags the seed’s "no" branch that ends without a static list, on its last step', () => {
    const found = findingsOf('lost-contacts', project([seedNurturing()]));
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ severity: 'warning', workflow: asWorkflowId('nurturing'), steps: [sid('s8')] });
    expect(f.message.fr).toContain('«\u00a0Articles de blog\u00a0»');
    expect(f.message.fr).toContain('se termine sans segment statique');
    expect(f.message.en).toContain('“Articles de blog”');
    expect(f.message.en).toContain('will be lost');
    expectBilingual(f);
  });

  it('is silent when every path adds the contact to a list, even before a branch', () => {
    const wf = workflow('w', [
      addToList('a', 'nurtured', 'b'),
      ifThen('b', 'A téléchargé l’ebook 2 ?', 'c', 'd'),
      sendEmail('c', 'ebook2-offer', null),
      delayDays('d', 3, null),
    ]);
    expect(findingsOf('lost-contacts', project([wf]))).toEqual([]);
  });

  it('names the branch when the branch itself ends empty', () => {
    const wf = workflow('w', [ifThen('b', 'A téléchargé l’ebook 2 ?', 'y', null), addToList('y', 'ebook2-downloaded')]);
    const [f] = findingsOf('lost-contacts', project([wf]));
    expect(f?.steps).toEqual([sid('b')]);
    expect(f?.message.fr).toBe(
      'La branche «\u00a0Non\u00a0» de «\u00a0A téléchargé l’ebook 2 ?\u00a0» se termine sans segment statique\u00a0: ces contacts seront perdus.',
    );
    expect(f?.message.en).toBe('The “Non” branch of “A téléchargé l’ebook 2 ?” ends without a static segment: these contacts will be lost.');
  });

  it('reports a shared end once when only some of the paths into it added a list', () => {
    const wf = workflow('w', [
      ifThen('b', 'Q ?', 'l', 'e'),
      addToList('l', 'nurtured', 'e'),
      sendEmail('e', 'blog-digest', null),
    ]);
    const found = findingsOf('lost-contacts', project([wf]));
    expect(found.map((f) => f.steps)).toEqual([[sid('e')]]);
  });
});

describe('unreachable-step', () => {
  it('flags a step nothing leads to', () => {
    const wf = workflow('w', [sendEmail('a', 'follow-up', null), addToList('orphan', 'nurtured')]);
    const found = findingsOf('unreachable-step', project([wf]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', steps: [sid('orphan')] });
    expect(found[0]!.message.fr).toContain('Ajouter au segment Nurturing terminé');
    expectBilingual(found[0]!);
  });

  it('counts a go-to target as reachable', () => {
    const wf = workflow('w', [delayDays('a', 1, 'g'), goTo('g', 'a')]);
    expect(findingsOf('unreachable-step', project([wf]))).toEqual([]);
  });
});

describe('empty-branch', () => {
  it('warns for a named branch and a met path leading nowhere, informs for an empty default', () => {
    const wf = workflow('w', [
      ifThen('b', 'Q ?', null, null),
      // Unreachable on purpose: empty-branch judges every step.
      waitEvent('wait', null, 'x'),
      addToList('x', 'nurtured'),
    ]);
    const found = findingsOf('empty-branch', project([wf]));
    expect(found.map((f) => [f.steps[0], f.severity])).toEqual([
      [sid('b'), 'warning'],
      [sid('b'), 'info'],
      [sid('wait'), 'warning'],
    ]);
    expect(found[2]!.message.fr).toContain('«\u00a0condition remplie\u00a0»');
    found.forEach(expectBilingual);
  });

  it('ignores linear ends and branches that lead somewhere', () => {
    const wf = workflow('w', [
      randomSplit('r', [
        [50, 'a'],
        [50, 'b'],
      ]),
      addToList('a', 'nurtured'),
      addToList('b', 'nurtured'),
    ]);
    expect(findingsOf('empty-branch', project([wf]))).toEqual([]);
  });
});

describe('email-after-email', () => {
  it('flags two sends separated only by record and list steps', () => {
    const wf = workflow('w', [
      sendEmail('a', 'follow-up', 'p'),
      setProperty('p', 'jobtitle', 'x', 'l'),
      addToList('l', 'nurtured', 'b'),
      sendEmail('b', 'ebook2-offer', null),
    ]);
    const found = findingsOf('email-after-email', project([wf]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', steps: [sid('a'), sid('b')] });
    expect(found[0]!.message.en).toContain('Send email Offre ebook 2');
    expectBilingual(found[0]!);
  });

  it('follows a branch but stops at a delay or a wait for an event', () => {
    const wf = workflow('w', [
      sendEmail('a', 'follow-up', 'b'),
      ifThen('b', 'Q ?', 'c', 'd'),
      sendEmail('c', 'ebook2-offer', null),
      delayDays('d', 2, 'e'),
      sendEmail('e', 'blog-digest', 'w'),
      waitEvent('w', 'f', null),
      sendEmail('f', 'follow-up', null),
    ]);
    const found = findingsOf('email-after-email', project([wf]));
    expect(found.map((f) => f.steps)).toEqual([[sid('a'), sid('c')]]);
  });
});

describe('goto-loop-without-delay', () => {
  it('flags a go-to whose loop has no delay', () => {
    const wf = workflow('w', [sendEmail('a', 'follow-up', 'b'), ifThen('b', 'Q ?', 'l', 'g'), addToList('l', 'nurtured'), goTo('g', 'a')]);
    const found = findingsOf('goto-loop-without-delay', project([wf]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', steps: [sid('g')] });
    expect(found[0]!.message.fr).toContain('Envoyer l’e-mail Suivi ebook 1');
    expectBilingual(found[0]!);
  });

  it('accepts a loop through a delay', () => {
    const wf = workflow('w', [sendEmail('a', 'follow-up', 'd'), delayDays('d', 7, 'b'), ifThen('b', 'Q ?', 'l', 'g'), addToList('l', 'nurtured'), goTo('g', 'a')]);
    expect(findingsOf('goto-loop-without-delay', project([wf]))).toEqual([]);
  });

  it('treats a zero-length delay as no delay', () => {
    const wf = workflow('w', [delayDays('d', 0, 'g'), goTo('g', 'd')]);
    expect(findingsOf('goto-loop-without-delay', project([wf])).map((f) => f.steps)).toEqual([[sid('g')]]);
  });
});
