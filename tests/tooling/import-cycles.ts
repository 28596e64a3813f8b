import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Import circles among the .ts files under a folder: the logic of /work/shared/tools/cycles.mjs
 * (relative imports that stay at run time, `import type` left out; Tarjan's strongly connected
 * components), so a test can fail on a new circle. Each circle is its files, relative and sorted.
 */
export function importCycles(folder: string): string[][] {
  const root = resolve(folder);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(n) && !n.endsWith('.d.ts')) files.push(p);
    }
  };
  walk(root);
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  for (const f of files) {
    const out: string[] = [];
    for (const m of readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)) {
      const t = resolve(dirname(f), m[1]!);
      const hit = [t, `${t}.ts`, `${t}.tsx`, join(t, 'index.ts')].find((c) => known.has(c));
      if (hit) out.push(hit);
    }
    edges.set(f, out);
  }
  let next = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const num = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    num.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!num.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, num.get(w)!));
    }
    if (low.get(v) === num.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(relative(root, w));
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const f of files) if (!num.has(f)) visit(f);
  return cycles;
}
