import { describe, expect, it } from 'vitest';
import { alreadyThere } from '../../../engine/csv/index.ts';
import { asContactId, type Contact } from '../../../engine/model/index.ts';

const contact = (id: string, email?: string): Contact => ({ id: asContactId(id), properties: email === undefined ? {} : { email }, lists: [], events: [], persona: null });

describe('rows of an import already in the sandbox', () => {
  it('are those with the same e-mail in any case or the same id; the others keep the file order', () => {
    const existing = [contact('a', 'Ann@x.fr'), contact('b'), contact('c', '')];
    const incoming = [contact('n1', 'ann@X.FR'), contact('b', 'new@x.fr'), contact('n2', 'zoe@x.fr'), contact('n3', ''), contact('n4')];
    const { fresh, already } = alreadyThere(incoming, existing);
    // ann by e-mail, b by id; an empty or missing e-mail matches nothing.
    expect(already).toBe(2);
    expect(fresh.map((c) => c.id)).toEqual(['n2', 'n3', 'n4']);
  });
});
