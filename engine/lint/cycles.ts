/**
 * Cycles of a small directed graph given as sorted adjacency lists (node indexes). Both walks
 * use explicit stacks, so thousands of linked workflows cannot overflow the call stack.
 */

/**
 * Strongly connected component of each node of the subgraph made of the nodes `from` and above
 * (Tarjan, one linear pass); nodes below `from` get -1.
 */
export function componentsOf(adjacency: readonly (readonly number[])[], from = 0): Int32Array {
  const n = adjacency.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = from; root < n; root++) {
    if (index[root]! >= 0) continue;
    const frames: { node: number; next: number }[] = [{ node: root, next: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const v = frame.node;
      const out = adjacency[v]!;
      if (frame.next < out.length) {
        const w = out[frame.next++]!;
        if (w < from) continue;
        if (index[w]! < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frames.push({ node: w, next: 0 });
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[v]!);
      if (low[v] === index[v]) {
        for (let w = -1; w !== v; ) {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = components;
        }
        components++;
      }
    }
  }
  return component;
}

/**
 * Elementary cycles, each found once: from its lowest node, through higher nodes only, in the
 * order a depth-first walk over sorted neighbours meets them. Johnson's algorithm: a node that
 * cannot lead back to the start stays blocked until it can, so the work is linear in the size
 * of the graph per cycle found (a chain or lattice of links without a cycle costs one pass).
 * Stops after `max` cycles.
 *
 * Components are those of the nodes `s` and above; they are recomputed only after a start that
 * lay on a cycle (removing a node outside every cycle changes no component), and each such start
 * yields at least one cycle, so there are at most `max` + 1 passes.
 */
export function elementaryCycles(adjacency: readonly (readonly number[])[], max: number): number[][] {
  const n = adjacency.length;
  let component = componentsOf(adjacency);
  let stale = false;
  const found: number[][] = [];
  const blocked = new Uint8Array(n);
  const blockedBy: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  const unblock = (u: number) => {
    const pending = [u];
    while (pending.length > 0) {
      const x = pending.pop()!;
      if (!blocked[x]) continue;
      blocked[x] = 0;
      for (const w of blockedBy[x]!) pending.push(w);
      blockedBy[x]!.clear();
    }
  };
  for (let s = 0; s < n && found.length < max; s++) {
    if (stale) component = componentsOf(adjacency, s);
    const scope = component;
    const inScope = (w: number) => w > s && scope[w] === scope[s];
    stale = adjacency[s]!.some(inScope);
    if (!stale && !adjacency[s]!.includes(s)) continue;
    const touched: number[] = [s];
    const path: number[] = [s];
    const frames: { node: number; next: number; closed: boolean }[] = [{ node: s, next: 0, closed: false }];
    blocked[s] = 1;
    while (frames.length > 0 && found.length < max) {
      const frame = frames[frames.length - 1]!;
      const out = adjacency[frame.node]!;
      if (frame.next < out.length) {
        const w = out[frame.next++]!;
        if (w === s) {
          found.push([...path]);
          frame.closed = true;
        } else if (inScope(w) && !blocked[w]) {
          blocked[w] = 1;
          touched.push(w);
          path.push(w);
          frames.push({ node: w, next: 0, closed: false });
        }
        continue;
      }
      frames.pop();
      path.pop();
      if (frame.closed) unblock(frame.node);
      else for (const w of out) if (inScope(w)) blockedBy[w]!.add(frame.node);
      const parent = frames[frames.length - 1];
      if (parent && frame.closed) parent.closed = true;
    }
    for (const v of touched) {
      blocked[v] = 0;
      blockedBy[v]!.clear();
    }
  }
  return found;
}
