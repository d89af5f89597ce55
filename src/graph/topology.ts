/**
 * Graph order: strongly connected components (to name the nodes on a cycle)
 * and a deterministic topological order. Iterative, so a 100,000-node chain
 * cannot overflow the stack.
 */

/** Cycles as lists of node indices, each in ascending index order. */
export function findCycles(count: number, successors: readonly (readonly number[])[]): number[][] {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const cycles: number[][] = [];
  let next = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      const succ = successors[v]!;
      if (i < succ.length) {
        frame[1] = i + 1;
        const w = succ[i]!;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || succ.includes(v)) cycles.push(component.sort((a, b) => a - b));
      }
    }
  }
  return cycles;
}

/** Kahn's algorithm; ties broken by index so the order is stable. Nodes on or after a cycle are left out. */
export function topologicalOrder(
  count: number,
  successors: readonly (readonly number[])[],
): number[] {
  const indegree = new Int32Array(count);
  for (const succ of successors) for (const w of succ) indegree[w]!++;
  const ready: number[] = [];
  for (let v = count - 1; v >= 0; v--) if (indegree[v] === 0) ready.push(v);
  const order: number[] = [];
  // `ready` is kept sorted descending so pop() yields the lowest index.
  while (ready.length > 0) {
    const v = ready.pop()!;
    order.push(v);
    for (const w of successors[v]!) {
      if (--indegree[w]! === 0) {
        let i = ready.length;
        while (i > 0 && ready[i - 1]! < w) i--;
        ready.splice(i, 0, w);
      }
    }
  }
  return order;
}
