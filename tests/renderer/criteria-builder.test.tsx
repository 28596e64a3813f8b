import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NO_CRITERIA, type Criteria } from '../../engine/model/index.ts';
import { CriteriaBuilder } from '../../renderer/inspector/criteria/CriteriaBuilder.tsx';
import { renderWithEditor, sampleProject } from './render.tsx';

let latest: Criteria = NO_CRITERIA;

function Harness({ initial }: { initial: Criteria }) {
  const [criteria, setCriteria] = useState(initial);
  latest = criteria;
  return (
    <CriteriaBuilder
      criteria={criteria}
      project={sampleProject()}
      onChange={(c) => {
        latest = c;
        setCriteria(c);
      }}
    />
  );
}

function build(initial: Criteria = NO_CRITERIA, lang: 'en' | 'fr' = 'en') {
  return renderWithEditor(<Harness initial={initial} />, { lang });
}

describe('the trigger and filter builder', () => {
  it('starts empty and adds an OR group with a property filter', () => {
    build();
    expect(screen.getByText('No filter yet.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('add-group'));
    expect(latest.groups).toHaveLength(1);
    expect(latest.groups[0]!.filters[0]).toMatchObject({ kind: 'property', property: 'lifecyclestage', type: 'enumeration' });
  });

  it('ANDs filters inside a group and ORs groups', () => {
    build();
    fireEvent.click(screen.getByTestId('add-group'));
    fireEvent.click(screen.getByTestId('add-filter'));
    fireEvent.click(screen.getByTestId('add-group'));
    expect(latest.groups.map((g) => g.filters.length)).toEqual([2, 1]);
    expect(screen.getAllByText('and')).toHaveLength(1);
    expect(screen.getAllByText('or')).toHaveLength(1);
  });

  it('offers only the operators of the chosen property type', () => {
    build();
    fireEvent.click(screen.getByTestId('add-group'));
    fireEvent.change(screen.getByTestId('filter-property'), { target: { value: 'hubspotscore' } });
    const operators = within(screen.getByTestId('filter-operator') as HTMLElement).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(operators).toEqual(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'not-between', 'is-known', 'is-unknown']);
    expect(latest.groups[0]!.filters[0]).toMatchObject({ type: 'number', operation: { op: 'gt', value: 0 } });
  });

  it('shows two bounds for "between" and keeps them as numbers', () => {
    build();
    fireEvent.click(screen.getByTestId('add-group'));
    fireEvent.change(screen.getByTestId('filter-property'), { target: { value: 'hubspotscore' } });
    fireEvent.change(screen.getByTestId('filter-operator'), { target: { value: 'between' } });
    fireEvent.change(screen.getByLabelText('High'), { target: { value: '90' } });
    expect(latest.groups[0]!.filters[0]).toMatchObject({ operation: { op: 'between', low: 0, high: 90 } });
  });

  it('refuses a non-number at the field, in French, and keeps the last valid value', () => {
    build(NO_CRITERIA, 'fr');
    fireEvent.click(screen.getByTestId('add-group'));
    fireEvent.change(screen.getByTestId('filter-property'), { target: { value: 'hubspotscore' } });
    fireEvent.change(screen.getByTestId('filter-value'), { target: { value: '12' } });
    fireEvent.change(screen.getByTestId('filter-value'), { target: { value: 'douze' } });
    expect(screen.getByText('Saisissez un nombre.')).toBeTruthy();
    expect(latest.groups[0]!.filters[0]).toMatchObject({ operation: { op: 'gt', value: 12 } });
  });

  it('uses rolling dates for date properties', () => {
    build();
    fireEvent.click(screen.getByTestId('add-group'));
    fireEvent.change(screen.getByTestId('filter-property'), { target: { value: 'lastactivitydate' } });
    fireEvent.change(screen.getByTestId('filter-days'), { target: { value: '730' } });
    expect(latest.groups[0]!.filters[0]).toMatchObject({ type: 'date', operation: { op: 'more-than-days-ago', days: 730 } });
  });

  it('picks forms, lists and emails by name', () => {
    build();
    fireEvent.click(screen.getByTestId('add-group'));
    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: 'form' } });
    const assets = within(screen.getByTestId('filter-asset') as HTMLElement).getAllByRole('option').map((o) => o.textContent);
    expect(assets).toEqual(['Any form or asset', 'Top 10 topics', 'Build your topic', 'New asset or form…']);
    fireEvent.change(screen.getByTestId('filter-asset'), { target: { value: 'asset-2' } });
    fireEvent.change(screen.getByTestId('filter-within'), { target: { value: '30' } });
    expect(latest.groups[0]!.filters[0]).toEqual({ kind: 'form', asset: 'asset-2', op: 'submitted', withinDays: 30 });
    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: 'list' } });
    fireEvent.change(screen.getByTestId('filter-list'), { target: { value: 'list-2' } });
    expect(latest.groups[0]!.filters[0]).toEqual({ kind: 'list', list: 'list-2', op: 'in' });
  });

  it('removes an emptied group', () => {
    build();
    fireEvent.click(screen.getByTestId('add-group'));
    fireEvent.click(screen.getByLabelText('Remove filter'));
    expect(latest.groups).toEqual([]);
  });
});
