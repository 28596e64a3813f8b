import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../engine/templates/index.ts';
import { NO_PROPERTY, propertyChange } from '../../renderer/expect/WhatIfProperty.tsx';

const project = buildTemplate('lifecycle', 'fr');

describe('a property edit for a what-if, as typed', () => {
  it('reads the value as the property’s type', () => {
    expect(propertyChange(project, { contact: ' c-12 ', property: 'contacttype', value: 'student' })).toEqual({ contact: 'c-12', values: { contacttype: 'student' } });
    expect(propertyChange(project, { contact: 'c-1', property: 'hubspotscore', value: '12,5' })).toEqual({ contact: 'c-1', values: { hubspotscore: 12.5 } });
    expect(propertyChange(project, { contact: 'c-1', property: 'hubspotscore', value: '' })).toEqual({ contact: 'c-1', values: { hubspotscore: null } });
  });

  it('is nothing until a contact and a property are given, or when a number is not one', () => {
    expect(propertyChange(project, { contact: '', property: 'contacttype', value: 'student' })).toBeNull();
    expect(propertyChange(project, { contact: 'c-1', property: NO_PROPERTY, value: 'x' })).toBeNull();
    expect(propertyChange(project, { contact: 'c-1', property: 'hubspotscore', value: 'douze' })).toBeNull();
  });
});
