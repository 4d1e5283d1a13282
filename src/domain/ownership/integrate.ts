// Integrated ownership (BO-20 … BO-22): the share of every entity that each natural person ultimately holds,
// multiplied along each chain and added across chains, U = D · (I − A)⁻¹, with [min, max] bounds carried through.
// Components are taken holders first (components.ts), so an entity outside any cycle is computed once from its
// holders' finished results; a cycle is solved by iteration to a tolerance within a step limit (BO-21).
import { holderFirstComponents, holdsItself, oneCycle } from './components.ts';
import type { OwnershipGraph } from './graph.ts';

export interface IntegrationLimits {
  /** The iteration in a cycle stops when no share moves by more than this. */
  tolerance: number;
  maxSteps: number;
}

export const DEFAULT_LIMITS: IntegrationLimits = { tolerance: 1e-12, maxSteps: 10_000 };

export interface UltimateShare {
  /** The person's party id. */
  person: number;
  min: number;
  max: number;
}

export interface Unresolved {
  /** Party ids of the entities of the component. */
  entities: number[];
  /** A loop holding all of itself; no convergence within the step limit; or held through another unresolved component. */
  reason: 'closed-loop' | 'no-convergence' | 'held-through-unresolved';
}

export interface IntegratedOwnership {
  /**
   * Each natural person's ultimate share of the entity, largest first. Undefined for an entity not in the graph, and
   * for one that is unresolved or held through something unresolved: no figure is better than a wrong one.
   */
  ownersOf(entity: number): UltimateShare[] | undefined;
  /** The entities on each cycle (party ids), each held by the next and the last by the first (BO-24). */
  readonly cycles: number[][];
  /** Components that cannot be solved: no result is given for their entities or for what they hold (BO-21). */
  readonly unresolved: Unresolved[];
  /** One more than the largest party id in the graph: ownersOf answers for ids below it. */
  readonly size: number;
  /** Entities held by someone, and the ultimate shares found for them. */
  readonly heldEntityCount: number;
  readonly ultimateShareCount: number;
}

/** The per-entity results, appended in the order entities are finished. */
class Results {
  start: Int32Array;
  count: Int32Array;
  person = new Int32Array(1 << 16);
  min = new Float64Array(1 << 16);
  max = new Float64Array(1 << 16);
  length = 0;
  constructor(entities: number) {
    this.start = new Int32Array(entities);
    this.count = new Int32Array(entities).fill(-1); // −1: unresolved
  }
  /** Room for `size` more shares of `entity`, which the caller writes from `at`; capped at 100% there (BO-22). */
  reserve(entity: number, size: number): number {
    if (this.length + size > this.person.length) {
      const capacity = Math.max(this.person.length * 2, this.length + size);
      this.person = grow(this.person, new Int32Array(capacity));
      this.min = grow(this.min, new Float64Array(capacity));
      this.max = grow(this.max, new Float64Array(capacity));
    }
    const at = this.length;
    this.start[entity] = at;
    this.count[entity] = size;
    this.length += size;
    return at;
  }
  set(at: number, person: number, min: number, max: number): void {
    this.person[at] = person;
    this.min[at] = min < 1 ? min : 1;
    this.max[at] = max < 1 ? max : 1;
  }
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Adds shares per person into dense arrays, remembering which persons were touched so clearing costs only them. */
class Accumulator {
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly touched: Int32Array;
  private readonly seen: Uint8Array;
  size = 0;
  constructor(persons: number) {
    this.min = new Float64Array(persons);
    this.max = new Float64Array(persons);
    this.touched = new Int32Array(persons);
    this.seen = new Uint8Array(persons);
  }
  add(person: number, min: number, max: number): void {
    if (!this.seen[person]) {
      this.seen[person] = 1;
      this.touched[this.size++] = person;
    }
    this.min[person]! += min;
    this.max[person]! += max;
  }
  clear(): void {
    for (let k = 0; k < this.size; k++) {
      const p = this.touched[k]!;
      this.min[p] = 0;
      this.max[p] = 0;
      this.seen[p] = 0;
    }
    this.size = 0;
  }
  flushInto(results: Results, entity: number): void {
    const at = results.reserve(entity, this.size);
    for (let k = 0; k < this.size; k++) {
      const p = this.touched[k]!;
      results.set(at + k, p, this.min[p]!, this.max[p]!);
      this.min[p] = 0;
      this.max[p] = 0;
      this.seen[p] = 0;
    }
    this.size = 0;
  }
}

export function integrateOwnership(graph: OwnershipGraph, limits: IntegrationLimits = DEFAULT_LIMITS): IntegratedOwnership {
  const n = graph.size;
  const { incomingStart, incomingHolder, incomingMin, incomingMax } = graph;
  const results = new Results(n);
  const accumulator = new Accumulator(n);
  const components = holderFirstComponents(graph);
  const cycles: number[][] = [];
  const unresolved: Unresolved[] = [];
  const blocked = new Uint8Array(n); // unresolved, or held by something unresolved

  for (let c = 0; c < components.count; c++) {
    const from = components.componentStart[c]!;
    const to = components.componentStart[c + 1]!;
    if (to - from === 1 && !holdsItself(graph, components.order[from]!)) {
      const j = components.order[from]!;
      if (addHoldings(j)) accumulator.flushInto(results, j);
      else blocked[j] = 1;
      continue;
    }
    const members = Array.from(components.order.subarray(from, to));
    cycles.push(oneCycle(graph, members));
    const outcome = solveCycle(members);
    if (outcome !== 'solved') {
      for (const j of members) blocked[j] = 1;
      unresolved.push({ entities: members, reason: outcome });
    }
  }

  /** Adds entity j's direct and indirect holdings into the accumulator; false when a holder has no result. */
  function addHoldings(j: number): boolean {
    for (let e = incomingStart[j]!; e < incomingStart[j + 1]!; e++) {
      const h = incomingHolder[e]!;
      if (h < 0) {
        accumulator.add(-1 - h, incomingMin[e]!, incomingMax[e]!);
        continue;
      }
      if (blocked[h]) return discard();
      const a = incomingMin[e]!;
      const b = incomingMax[e]!;
      const start = results.start[h]!;
      for (let k = start; k < start + results.count[h]!; k++) accumulator.add(results.person[k]!, a * results.min[k]!, b * results.max[k]!);
    }
    return true;
  }

  function discard(): false {
    accumulator.clear();
    return false;
  }

  /**
   * x_j = E_j + Σ_{i in the cycle} a_ij · x_i, where E_j is what persons and entities outside the cycle bring,
   * iterated from x = E; each bound capped at 100% (BO-22), which keeps the iteration rising and bounded.
   */
  function solveCycle(members: number[]): 'solved' | Unresolved['reason'] {
    const inside = new Set(members);
    const external = new Map<number, Map<number, [number, number]>>();
    let closed = true;
    for (const j of members) {
      const own = new Map<number, [number, number]>();
      let insideMin = 0;
      for (let e = incomingStart[j]!; e < incomingStart[j + 1]!; e++) {
        const h = incomingHolder[e]!;
        if (h >= 0 && inside.has(h)) {
          insideMin += incomingMin[e]!;
          continue;
        }
        if (h >= 0 && blocked[h]) return 'held-through-unresolved';
        if (h < 0) addTo(own, -1 - h, incomingMin[e]!, incomingMax[e]!);
        else for (let k = results.start[h]!; k < results.start[h]! + results.count[h]!; k++) addTo(own, results.person[k]!, incomingMin[e]! * results.min[k]!, incomingMax[e]! * results.max[k]!);
      }
      if (insideMin < 1) closed = false;
      external.set(j, own);
    }
    // BO-21: a loop that holds all of itself leaves (I − A) singular: no one outside holds any of it.
    if (closed) return 'closed-loop';
    let current = new Map(members.map((j) => [j, copyShares(external.get(j)!)]));
    for (let step = 0; step < limits.maxSteps; step++) {
      const next = new Map<number, Map<number, [number, number]>>();
      let moved = 0;
      for (const j of members) {
        const shares = copyShares(external.get(j)!);
        for (let e = incomingStart[j]!; e < incomingStart[j + 1]!; e++) {
          const h = incomingHolder[e]!;
          if (h < 0 || !inside.has(h)) continue;
          for (const [p, [min, max]] of current.get(h)!) addTo(shares, p, incomingMin[e]! * min, incomingMax[e]! * max);
        }
        for (const [p, bounds] of shares) {
          bounds[0] = Math.min(1, bounds[0]);
          bounds[1] = Math.min(1, bounds[1]);
          const before = current.get(j)!.get(p) ?? [0, 0];
          moved = Math.max(moved, Math.abs(bounds[0] - before[0]), Math.abs(bounds[1] - before[1]));
        }
        next.set(j, shares);
      }
      current = next;
      if (moved <= limits.tolerance) {
        for (const j of members) {
          const shares = current.get(j)!;
          let at = results.reserve(j, shares.size);
          for (const [p, [min, max]] of shares) results.set(at++, p, min, max);
        }
        return 'solved';
      }
    }
    return 'no-convergence';
  }

  let ultimateShareCount = 0;
  let heldEntityCount = 0;
  for (let j = 0; j < n; j++) {
    if (incomingStart[j + 1]! > incomingStart[j]!) heldEntityCount += 1;
    if (results.count[j]! > 0) ultimateShareCount += results.count[j]!;
  }

  return {
    cycles,
    unresolved,
    size: n,
    heldEntityCount,
    ultimateShareCount,
    ownersOf(entity) {
      const j = entity;
      if (!Number.isInteger(j) || j < 0 || j >= n || results.count[j]! < 0) return undefined;
      const owners: UltimateShare[] = [];
      for (let k = results.start[j]!; k < results.start[j]! + results.count[j]!; k++) owners.push({ person: results.person[k]!, min: results.min[k]!, max: results.max[k]! });
      return owners.sort((x, y) => y.max - x.max || y.min - x.min || x.person - y.person);
    },
  };
}

function copyShares(shares: Map<number, [number, number]>): Map<number, [number, number]> {
  return new Map([...shares].map(([p, [min, max]]) => [p, [min, max]]));
}

function addTo(shares: Map<number, [number, number]>, person: number, min: number, max: number): void {
  const bounds = shares.get(person);
  if (bounds) {
    bounds[0] += min;
    bounds[1] += max;
  } else shares.set(person, [min, max]);
}
