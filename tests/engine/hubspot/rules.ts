/**
 * The rules of hubspot-today.md §1.8, checked on a body independently of the exporter: a list
 * of broken rules, empty when the body follows them all.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function walkValues(value: unknown, visit: (v: Obj, path: string) => void, path = ''): void {
  if (Array.isArray(value)) value.forEach((v, i) => walkValues(v, visit, `${path}[${i}]`));
  else if (isObj(value)) {
    visit(value, path);
    for (const [k, v] of Object.entries(value)) walkValues(v, visit, path ? `${path}.${k}` : k);
  }
}

function checkRoot(branch: unknown, at: string, broken: string[]): void {
  if (!isObj(branch) || branch.filterBranchType !== 'OR' || !Array.isArray(branch.filterBranches)) return void broken.push(`${at}: root is not OR`);
  if (Array.isArray(branch.filters) && branch.filters.length > 0) broken.push(`${at}: filters directly under OR`);
  branch.filterBranches.forEach((b, i) => {
    if (!isObj(b) || b.filterBranchType !== 'AND' || !Array.isArray(b.filters) || b.filters.length === 0) broken.push(`${at}.filterBranches[${i}]: not an AND with filters`);
  });
}

export function brokenRules(body: Obj): string[] {
  const broken: string[] = [];
  if (body.type !== 'CONTACT_FLOW' || body.objectTypeId !== '0-1') broken.push('type/objectTypeId');
  if (body.isEnabled !== false) broken.push('isEnabled must be false');
  const actions = (body.actions as Obj[]) ?? [];
  const ids = new Set(actions.map((a) => a.actionId));
  if (ids.size !== actions.length) broken.push('duplicate action ids');
  const targets = (a: Obj): unknown[] => [a.connection, a.defaultBranch, ...((a.listBranches as Obj[]) ?? []).map((b) => b.connection), ...((a.staticBranches as Obj[]) ?? []).map((b) => b.connection), ...((a.testBranches as unknown[]) ?? [])];
  actions.forEach((a, i) => {
    if (typeof a.actionId !== 'string') broken.push(`actions[${i}].actionId not a string`);
    const branch = a.type !== 'SINGLE_CONNECTION';
    if (branch && ('actionTypeId' in a || 'fields' in a)) broken.push(`actions[${i}]: branch with actionTypeId/fields`);
    if (!branch && (typeof a.actionTypeVersion !== 'number' || typeof a.actionTypeId !== 'string')) broken.push(`actions[${i}]: single without actionTypeId/version`);
    for (const c of targets(a)) {
      if (c === undefined) continue;
      if (!isObj(c) || typeof c.nextActionId !== 'string' || !ids.has(c.nextActionId)) broken.push(`actions[${i}]: empty or dangling connection`);
      else if (c.edgeType !== 'STANDARD' && c.edgeType !== 'GOTO') broken.push(`actions[${i}]: edgeType ${String(c.edgeType)}`);
    }
    if (a.type === 'LIST_BRANCH') {
      const n = (a.listBranches as unknown[]).length;
      if (n > 20) broken.push(`actions[${i}]: ${n} if/then branches`);
      (a.listBranches as Obj[]).forEach((b, k) => checkRoot(b.filterBranch, `actions[${i}].listBranches[${k}].filterBranch`, broken));
    }
    if (a.type === 'STATIC_BRANCH' && (a.staticBranches as unknown[]).length > 250) broken.push(`actions[${i}]: over 250 value branches`);
  });
  // Reachability from startActionId, every kind of edge.
  if (actions.length > 0) {
    const byId = new Map(actions.map((a) => [a.actionId, a]));
    const seen = new Set<unknown>();
    const stack = [body.startActionId];
    while (stack.length > 0) {
      const id = stack.pop();
      if (seen.has(id) || !byId.has(id as string)) continue;
      seen.add(id);
      for (const c of targets(byId.get(id as string)!)) if (isObj(c)) stack.push(c.nextActionId);
    }
    for (const a of actions) if (!seen.has(a.actionId)) broken.push(`action ${String(a.actionId)} unreachable`);
  }
  const criteria = body.enrollmentCriteria as Obj | undefined;
  if (criteria?.type === 'LIST_BASED') checkRoot(criteria.listFilterBranch, 'enrollmentCriteria.listFilterBranch', broken);
  if (body.goalFilterBranch !== undefined) checkRoot(body.goalFilterBranch, 'goalFilterBranch', broken);
  if (!Array.isArray(body.suppressionListIds) || body.suppressionListIds.some((x) => !Number.isInteger(x))) broken.push('suppressionListIds not integers');
  walkValues(body, (v, path) => {
    if ('operationType' in v && typeof v.includeObjectsWithNoValueSet !== 'boolean') broken.push(`${path}: operation without includeObjectsWithNoValueSet`);
    if (v.operationType === 'ENUMERATION' && !Array.isArray(v.values)) broken.push(`${path}: ENUMERATION without values[]`);
    if (['STRING', 'NUMBER', 'BOOL'].includes(String(v.operationType)) && !('value' in v)) broken.push(`${path}: ${String(v.operationType)} without value`);
  });
  return broken;
}
