/**
 * Large, valid v4 contact flows, as `GET /automation/v4/flows/{id}` returns them, for the import
 * and layout of thousands of actions (hubspot-today.md §1.5 for the action fields).
 *
 * - `chainFlow(n)`: n actions in one line (emails, delays, property updates, tasks,
 *   notifications, segment additions in turn).
 * - `treeFlow(n)`: n actions where every fifth is an if/then branch with two branches and a
 *   default; paths are continued depth first, and every seventh action goes to the oldest open
 *   path instead, so the tree is both deep and wide. Paths left open end there.
 *
 * Both are deterministic: the same n gives the same flow.
 */
type Obj = Record<string, unknown>;

const go = (n: number) => ({ edgeType: 'STANDARD', nextActionId: String(n) });

const root = (...filters: object[]) => ({
  filterBranchType: 'OR',
  filterBranchOperator: 'OR',
  filters: [],
  filterBranches: [{ filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [], filters }],
});
const scoreAtLeast = (value: number) => ({
  filterType: 'PROPERTY',
  property: 'hubspotscore',
  operation: { operationType: 'NUMBER', operator: 'IS_GREATER_THAN_OR_EQUAL_TO', value, includeObjectsWithNoValueSet: false },
});

/** The fields of the k-th single action: a few kinds in turn, with the ids a portal would give. */
function singleFields(k: number): { actionTypeId: string; fields: Obj } {
  switch (k % 6) {
    case 0:
      return { actionTypeId: '0-4', fields: { content_id: String(1001 + (k % 7)) } };
    case 1:
      return { actionTypeId: '0-1', fields: { delta: String(1 + (k % 5)), time_unit: 'DAYS' } };
    case 2:
      return { actionTypeId: '0-5', fields: { property_name: 'jobtitle', value: { type: 'STATIC_VALUE', staticValue: `Title ${k % 3}` } } };
    case 3:
      return { actionTypeId: '0-3', fields: { task_type: 'TODO', subject: `Call back ${k}`, body: `<p>Lead ${k}</p>`, associations: [], use_explicit_associations: 'true', priority: 'HIGH' } };
    case 4:
      return { actionTypeId: '0-8', fields: { user_ids: ['42'], subject: `Hot lead ${k}`, body: '<p>Look at {{ enrolled_object.firstname }}</p>' } };
    default:
      return { actionTypeId: '0-63809083', fields: { listId: String(2001 + (k % 4)) } };
  }
}

const single = (id: number, k: number, next: number | null): Obj => ({
  type: 'SINGLE_CONNECTION',
  actionId: String(id),
  ...singleFields(k),
  actionTypeVersion: 0,
  ...(next === null ? {} : { connection: go(next) }),
});

function flow(name: string, actions: readonly Obj[]): Obj {
  return {
    id: String(9000 + actions.length),
    type: 'CONTACT_FLOW',
    objectTypeId: '0-1',
    flowType: 'WORKFLOW',
    name,
    isEnabled: false,
    startActionId: '1',
    nextAvailableActionId: String(actions.length + 1),
    enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
    actions,
  };
}

export function chainFlow(n: number): Obj {
  const actions = Array.from({ length: n }, (_, i) => single(i + 1, i, i + 1 < n ? i + 2 : null));
  return flow(`Chain of ${n}`, actions);
}

interface Slot {
  readonly action: Obj;
  /** Where the connection goes: `connection`, `defaultBranch` or `listBranches[k].connection`. */
  readonly branch: number | 'next' | 'default';
}

export function treeFlow(n: number): Obj {
  const actions: Obj[] = [];
  const open: Slot[] = [];
  const link = (slot: Slot, id: number) => {
    if (slot.branch === 'next') slot.action.connection = go(id);
    else if (slot.branch === 'default') slot.action.defaultBranch = go(id);
    else (slot.action.listBranches as Obj[])[slot.branch]!.connection = go(id);
  };
  for (let id = 1; id <= n; id++) {
    const slot = id === 1 ? undefined : id % 7 === 0 ? open.shift() : open.pop();
    if (id > 1 && !slot) break;
    let action: Obj;
    if (id % 5 === 0) {
      action = {
        type: 'LIST_BRANCH',
        actionId: String(id),
        listBranches: [
          { branchName: 'Hot', filterBranch: root(scoreAtLeast(80)) },
          { branchName: 'Warm', filterBranch: root(scoreAtLeast(40)) },
        ],
        defaultBranchName: 'Cold',
      };
      // Pushed in reverse: the first branch is continued first.
      open.push({ action, branch: 'default' }, { action, branch: 1 }, { action, branch: 0 });
    } else {
      action = single(id, id, null);
      open.push({ action, branch: 'next' });
    }
    if (slot) link(slot, id);
    actions.push(action);
  }
  return flow(`Tree of ${n}`, actions);
}
