import { describe, expect, it } from 'vitest';
import { runStudy, studyCsv } from '../../../engine/study/index.ts';
import { splitContacts, splitProject } from './split-project.ts';

/** The study CSV (app and CLI): a BOM in both languages, names on one line with no control character. */
describe('the study CSV', () => {
  const base = splitProject(50);
  // A segment named with a line break, ESC and a direction override, as an import could bring.
  const project = { ...base, lists: base.lists.map((l) => (l.id === 'list-a' ? { ...l, name: 'Segment\r\nA\u001b[31m\u202e' } : l)) };
  const study = runStudy(project, splitContacts(40), { replications: 3 });
  const columns = [{ name: 'study', summary: study.summary }];

  it('starts with a BOM in English too, so Excel reads its UTF-8', () => {
    const en = studyCsv(project, study.layout.cells, columns, 'en');
    expect(en.startsWith('\uFEFFDay,Kind,Workflow,Subject,Figure,Label,mean,low 90%,high 90%\r\n')).toBe(true);
    expect(studyCsv(project, study.layout.cells, columns, 'fr').startsWith('\uFEFFJour;Type;')).toBe(true);
  });

  it('writes a segment’s name on one line, its controls left out', () => {
    const en = studyCsv(project, study.layout.cells, columns, 'en');
    // Nothing but the BOM, the row separators and the text: no C0, C1 or direction control.
    // eslint-disable-next-line no-control-regex
    expect(en.slice(1).replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const rows = en.split('\r\n').filter((line) => line.includes('Segment A[31m'));
    expect(rows.length).toBeGreaterThan(0);
    // Each day of each cell naming the segment: every line still has the header's 9 fields.
    for (const row of rows) expect(row.split(',').length).toBeGreaterThanOrEqual(9);
  });
});
