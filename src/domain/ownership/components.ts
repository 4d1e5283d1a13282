// Strongly connected components of the holder graph (Tarjan 1972), iterative so a long chain cannot overflow the call
// stack. Written here rather than taken from a graph library: the graph is already in arrays (graph.ts), and a
// library's node objects for a million entities would cost more memory than the whole integration may use.
import type { OwnershipGraph } from './graph.ts';

export interface Components {
  /** Components in the order they close: every holder's component before the components of what it holds. */
  readonly order: Int32Array;
  /** order[componentStart[c] … componentStart[c + 1]) are the parties of component c (a person is one alone). */
  readonly componentStart: Int32Array;
  readonly count: number;
}

/** Tarjan's algorithm following each entity to its entity holders, so components come out holders first. */
export function holderFirstComponents(graph: OwnershipGraph): Components {
  const n = graph.size;
  const { incomingStart, incomingHolder } = graph;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let stackTop = 0;
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const order = new Int32Array(n);
  let orderLength = 0;
  const starts: number[] = [0];
  let next = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = incomingStart[root]!;
    index[root] = low[root] = next++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const edge = callEdge[depth]!;
      if (edge < incomingStart[v + 1]!) {
        callEdge[depth] = edge + 1;
        const w = incomingHolder[edge]!;
        if (w < 0) continue; // a person: never part of a cycle
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = incomingStart[w]!;
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--stackTop]!;
          onStack[w] = 0;
          order[orderLength++] = w;
        } while (w !== v);
        starts.push(orderLength);
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
    }
  }
  return { order, componentStart: Int32Array.from(starts), count: starts.length - 1 };
}

/** Whether a component of one entity holds itself (a self-holding is a cycle of length one). */
export function holdsItself(graph: OwnershipGraph, entity: number): boolean {
  for (let e = graph.incomingStart[entity]!; e < graph.incomingStart[entity + 1]!; e++) if (graph.incomingHolder[e] === entity) return true;
  return false;
}

/**
 * One simple cycle through the first entity of a component, found by breadth-first search inside the component
 * (BO-24 lists the entities on each cycle; a component can hold many cycles, and one per component names them all).
 */
export function oneCycle(graph: OwnershipGraph, members: readonly number[]): number[] {
  const inside = new Set(members);
  const start = members[0]!;
  const cameFrom = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = graph.incomingStart[v]!; e < graph.incomingStart[v + 1]!; e++) {
      const w = graph.incomingHolder[e]!;
      if (!inside.has(w)) continue;
      if (w === start) {
        const cycle = [v];
        for (let at = v; at !== start; ) cycle.push((at = cameFrom.get(at)!));
        return cycle.reverse();
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}
