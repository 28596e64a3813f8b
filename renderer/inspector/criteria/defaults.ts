import {
  allProperties,
  type Filter,
  type FilterKind,
  type Operation,
  type Project,
  type PropertyDefinition,
  type PropertyFilter,
} from '../../../engine/model/index.ts';

type Op = Operation['op'];

/** The operation for a newly chosen operator, keeping what still makes sense of the old one. */
export function operationFor(type: PropertyFilter['type'], op: Op, previous: Operation | undefined, today: string): Operation {
  const prev = (previous ?? {}) as Record<string, unknown>;
  if (op === 'is-known' || op === 'is-unknown') return { op };
  switch (type) {
    case 'string':
      return { op, value: typeof prev.value === 'string' ? prev.value : '' } as Operation;
    case 'number':
      if (op === 'between' || op === 'not-between') return { op, low: typeof prev.low === 'number' ? prev.low : 0, high: typeof prev.high === 'number' ? prev.high : 100 };
      return { op, value: typeof prev.value === 'number' ? prev.value : 0 } as Operation;
    case 'boolean':
      return { op, value: typeof prev.value === 'boolean' ? prev.value : true } as Operation;
    case 'enumeration':
      return { op, values: Array.isArray(prev.values) ? (prev.values as string[]) : [] } as Operation;
    case 'date':
      if (op === 'between') return { op, from: typeof prev.from === 'string' ? prev.from : today, to: typeof prev.to === 'string' ? prev.to : today };
      if (op === 'on' || op === 'before' || op === 'after') return { op, date: typeof prev.date === 'string' ? prev.date : today };
      return { op, days: typeof prev.days === 'number' ? prev.days : 30 } as Operation;
  }
}

const FIRST_OP: Record<PropertyFilter['type'], Op> = { string: 'eq', number: 'gt', boolean: 'eq', enumeration: 'any-of', date: 'more-than-days-ago' };

export function filterForProperty(def: PropertyDefinition, today: string, previous?: PropertyFilter): PropertyFilter {
  const keep = previous && previous.type === def.type ? previous.operation : undefined;
  const operation = keep ?? operationFor(def.type, FIRST_OP[def.type], undefined, today);
  const base = { kind: 'property' as const, property: def.name, ...(previous?.includeUnknown ? { includeUnknown: true } : {}) };
  return { ...base, type: def.type, operation } as PropertyFilter;
}

/** A sensible new filter of each kind, pointing at the project's first list, any form, any email. */
export function defaultFilter(kind: FilterKind, project: Project): Filter {
  const today = project.simulation.startDate;
  switch (kind) {
    case 'property': {
      const def = allProperties(project.properties).find((p) => p.name === 'lifecyclestage') ?? allProperties(project.properties)[0]!;
      return filterForProperty(def, today);
    }
    case 'list':
      return { kind, list: (project.lists[0]?.id ?? '') as never, op: 'in' };
    case 'form':
      return { kind, asset: project.assets[0]?.id ?? null, op: 'submitted' };
    case 'email':
      return { kind, email: null, event: 'opened' };
    case 'page-view':
      return { kind, url: '', match: 'contains', op: 'viewed' };
  }
}
