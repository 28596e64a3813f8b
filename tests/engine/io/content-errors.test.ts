import { describe, expect, it } from 'vitest';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import { richProject } from './fixtures/rich-project.ts';
import { asJson, errorsOf } from './helpers.ts';

/** The rich project's file, as an object a test can corrupt. */
const file = () => asJson(saveProject(richProject()));
const stepsOf = (f: ReturnType<typeof file>, w = 0) => f.project.workflows[w]!.steps as Record<string, unknown>[];
const load = (f: unknown) => loadProject(JSON.stringify(f));

describe('loadProject names the path of a bad field', () => {
  it('reports an edge to a missing step at its exact path', () => {
    const f = file();
    stepsOf(f)[3]!.next = 'ghost';
    const errors = errorsOf(load(f));
    expect(errors.map((e) => e.path)).toEqual(['project.workflows[0].steps[3].next']);
    expect(errors[0]!.message.en).toContain('"ghost"');
    expect(errors[0]!.message.fr).toContain('« ghost »');
  });

  it('reports a branch edge and a start pointing nowhere', () => {
    const f = file();
    f.project.workflows[1]!.start = 'nope';
    const random = stepsOf(f).find((s) => s.kind === 'branch-random')!;
    (random.branches as Record<string, unknown>[])[1]!.next = 'void';
    const paths = errorsOf(load(f)).map((e) => e.path);
    const randomIndex = stepsOf(f).indexOf(random);
    expect(paths).toEqual([`project.workflows[0].steps[${randomIndex}].branches[1].next`, 'project.workflows[1].start']);
  });

  it('reports a duplicate step id at the second occurrence', () => {
    const f = file();
    stepsOf(f)[5]!.id = stepsOf(f)[2]!.id;
    const errors = errorsOf(load(f));
    expect(errors.map((e) => e.path)).toContain('project.workflows[0].steps[5].id');
    expect(errors.find((e) => e.path.endsWith('steps[5].id'))!.message.en).toContain('already used by steps[2]');
  });

  it('reports duplicate ids of workflows, lists, emails, assets, personas and score rules', () => {
    const f = file();
    const p = f.project as Record<string, Record<string, unknown>[]>;
    for (const key of ['workflows', 'lists', 'emails', 'assets', 'personas', 'scoreRules']) p[key]![1]!.id = p[key]![0]!.id;
    const paths = errorsOf(load(f)).map((e) => e.path);
    for (const key of ['workflows', 'lists', 'emails', 'assets', 'personas', 'scoreRules']) expect(paths).toContain(`project.${key}[1].id`);
  });

  it('reports a calendar date that does not exist', () => {
    const f = file();
    (f.project.workflows[0]!.blockedDates as string[])[1] = '2026-02-30';
    const [error, ...rest] = errorsOf(load(f));
    expect(rest).toEqual([]);
    expect(error!.path).toBe('project.workflows[0].blockedDates[1]');
    expect(error!.message.en).toContain('"blockedDates[1]"');
    expect(error!.message.en).toContain('YYYY-MM-DD');
    expect(error!.message.fr).toContain('AAAA-MM-JJ');
  });

  it('reports a time of day that does not exist', () => {
    const f = file();
    (stepsOf(f)[5]!.delay as Record<string, unknown>).time = '24:10';
    const [error] = errorsOf(load(f));
    expect(error!.path).toBe('project.workflows[0].steps[5].delay.time');
    expect(error!.message.en).toContain('HH:MM');
  });

  it('reports random split percentages that do not add up to 100', () => {
    const f = file();
    const index = stepsOf(f).findIndex((s) => s.kind === 'branch-random');
    (stepsOf(f)[index]!.branches as Record<string, unknown>[])[2]!.percent = 40;
    const [error] = errorsOf(load(f));
    expect(error!.path).toBe(`project.workflows[0].steps[${index}].branches`);
    expect(error!.message.en).toContain('add up to 100');
    expect(error!.message.fr).toContain('totaliser 100');
  });

  it('refuses an operation that does not belong to the property type', () => {
    const f = file();
    const branchIf = stepsOf(f).find((s) => s.kind === 'branch-if')!;
    const criteria = (branchIf.branches as { criteria: { groups: { filters: Record<string, unknown>[] }[] } }[])[0]!.criteria;
    criteria.groups[0]!.filters[2]!.operation = { op: 'contains', value: '9' };
    const [error] = errorsOf(load(f));
    expect(error!.path).toMatch(/branches\[0\]\.criteria\.groups\[0\]\.filters\[2\]\.operation\.op$/);
    expect(error!.message.en).toContain('"gt"');
  });

  it('refuses a persona rate outside 0 to 1', () => {
    const f = file();
    (f.project.personas as Record<string, unknown>[])[1]!.openRate = 1.5;
    const [error] = errorsOf(load(f));
    expect(error!.path).toBe('project.personas[1].openRate');
    expect(error!.message.en).toContain('at most 1');
    expect(error!.message.fr).toContain('inférieur ou égal à 1');
  });

  it('names a missing field and a misspelt one', () => {
    const f = file();
    delete stepsOf(f)[0]!.email;
    stepsOf(f)[1]!.nxt = null;
    const errors = errorsOf(load(f));
    expect(errors.map((e) => e.path)).toEqual(['project.workflows[0].steps[0].email', 'project.workflows[0].steps[1].nxt']);
    expect(errors[0]!.message.en).toContain('"email" is missing');
    expect(errors[1]!.message.fr).toContain('«\u00a0nxt\u00a0»');
  });

  it('lists at most 20 issues, sorted by path with indexes in numeric order', () => {
    const f = file();
    const steps = stepsOf(f);
    for (let i = 0; i < 15; i++) steps.push({ ...steps[0]!, id: `extra-${i}`, next: `missing-${i}` });
    const errors = errorsOf(load(f));
    expect(errors).toHaveLength(15);
    for (let i = 0; i < 25; i++) steps.push({ ...steps[0]!, id: `more-${i}`, next: `gone-${i}` });
    const many = errorsOf(load(f));
    expect(many).toHaveLength(20);
    const indexes = many.map((e) => Number(/steps\[(\d+)\]/.exec(e.path)![1]));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it('refuses an edge to a step of another workflow', () => {
    const f = file();
    stepsOf(f, 2)[1]!.next = stepsOf(f, 1)[0]!.id;
    expect(errorsOf(load(f)).map((e) => e.path)).toEqual(['project.workflows[2].steps[1].next']);
  });
});
