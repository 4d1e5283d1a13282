import { describe, expect, it } from 'vitest';
import { OwnershipGraphBuilder } from './graph.ts';
import { integrateOwnership } from './integrate.ts';

type Edge = [subject: string, holder: string, min: number, max?: number];

/**
 * Holders named with a capital letter are entities, the rest natural persons. Parties get ids in the order they are
 * named, from 1 (as the parties table numbers them); the answers are given back by name.
 */
function integrate(edges: Edge[], limits?: { tolerance: number; maxSteps: number }) {
  const ids = new Map<string, number>();
  const id = (name: string) => ids.get(name) ?? ids.set(name, ids.size + 1).get(name)!;
  const builder = new OwnershipGraphBuilder();
  for (const [subject, holder, min, max] of edges) builder.hold(id(subject), id(holder), !/^[A-Z]/.test(holder), { min, max: max ?? min });
  const result = integrateOwnership(builder.build(), limits);
  const names = new Map([...ids].map(([name, n]) => [n, name]));
  return {
    ownersOf: (name: string) => (ids.has(name) ? result.ownersOf(ids.get(name)!)?.map((s) => ({ ...s, person: names.get(s.person)! })) : undefined),
    cycles: result.cycles.map((cycle) => cycle.map((n) => names.get(n)!)),
    unresolved: result.unresolved.map((u) => ({ ...u, entities: u.entities.map((n) => names.get(n)!) })),
    heldEntityCount: result.heldEntityCount,
  };
}

const shares = (result: ReturnType<typeof integrate>, entity: string) =>
  Object.fromEntries((result.ownersOf(entity) ?? []).map((s) => [s.person, [round(s.min), round(s.max)]]));
const round = (x: number) => Math.round(x * 1e9) / 1e9;

describe('integrated ownership: multiply along each chain, add across chains (BO-20)', () => {
  it('BODS example indirect-ownership.json: B holds 60% of A, the person holds B by an unknown share: [0, 60%], which holds the declared 30%', () => {
    const result = integrate([['A', 'B', 0.6], ['B', 'p1', 0, 1]]);
    expect(shares(result, 'A')).toEqual({ p1: [0, 0.6] });
    expect(shares(result, 'B')).toEqual({ p1: [0, 1] });
  });

  it('BODS example mutilple-indirect-ownership-2.json: 40% through one company and 20% through another add to 60%', () => {
    const result = integrate([['A', 'B', 0.4], ['A', 'C', 0.2], ['B', 'p1', 1], ['C', 'p1', 1]]);
    expect(shares(result, 'A')).toEqual({ p1: [0.6, 0.6] });
  });

  it('multiplies a chain of three: 50% of 50% of 80% is 20%', () => {
    const result = integrate([['A', 'B', 0.8], ['B', 'C', 0.5], ['C', 'p1', 0.5], ['C', 'p2', 0.5], ['B', 'p3', 0.5], ['A', 'p4', 0.2]]);
    expect(shares(result, 'A')).toEqual({ p1: [0.2, 0.2], p2: [0.2, 0.2], p3: [0.4, 0.4], p4: [0.2, 0.2] });
    expect(result.ownersOf('A')!.map((s) => s.person)).toEqual(['p3', 'p1', 'p2', 'p4']);
  });

  it('adds a direct and an indirect holding of the same person', () => {
    const result = integrate([['A', 'p1', 0.1], ['A', 'B', 0.5], ['B', 'p1', 0.3]]);
    expect(shares(result, 'A')).toEqual({ p1: [0.25, 0.25] });
  });

  it('carries ranges bound by bound and caps a total at 100% (BO-22)', () => {
    const result = integrate([['A', 'B', 0.5, 0.75], ['B', 'p1', 0.25, 0.5], ['A', 'p1', 0.5, 0.75]]);
    expect(shares(result, 'A')).toEqual({ p1: [0.625, 1] });
  });

  it('an entity nobody is known to hold has no owners, and one not in the graph has no answer', () => {
    const result = integrate([['A', 'B', 1]]);
    expect(result.ownersOf('A')).toEqual([]);
    expect(result.ownersOf('Z')).toBeUndefined();
    expect(result.heldEntityCount).toBe(1);
  });
});

describe('cycles (BO-21, BO-24)', () => {
  it('solves a cycle with outside holders as the geometric series it is, and reports the cycle', () => {
    // A and B hold 20% of each other; p1 holds the other 80% of A, p2 of B.
    // a = 0.8·p1 + 0.2·b, b = 0.8·p2 + 0.2·a ⇒ p1's share of A = 0.8 / (1 − 0.04) = 0.8333…
    const result = integrate([['A', 'B', 0.2], ['A', 'p1', 0.8], ['B', 'A', 0.2], ['B', 'p2', 0.8]]);
    const [p1, p2] = [round(0.8 / 0.96), round(0.16 / 0.96)];
    expect(shares(result, 'A')).toEqual({ p1: [p1, p1], p2: [p2, p2] });
    expect(result.cycles).toHaveLength(1);
    expect([...result.cycles[0]!].sort()).toEqual(['A', 'B']);
    expect(result.unresolved).toEqual([]);
  });

  it('what a solved cycle holds is computed from it: C, wholly held by A, has A’s owners', () => {
    const result = integrate([['C', 'A', 1], ['A', 'B', 0.2], ['A', 'p1', 0.8], ['B', 'A', 0.2], ['B', 'p2', 0.8]]);
    expect(shares(result, 'C')).toEqual(shares(result, 'A'));
  });

  it('a company holding its own shares is a cycle of one', () => {
    const result = integrate([['A', 'A', 0.2], ['A', 'p1', 0.8]]);
    expect(result.cycles).toEqual([['A']]);
    expect(shares(result, 'A')).toEqual({ p1: [1, 1] });
  });

  it('a loop that holds all of itself is unresolved, and so is what it holds; nothing is computed for them', () => {
    const result = integrate([['A', 'B', 1], ['B', 'A', 1], ['C', 'A', 0.5], ['C', 'p1', 0.5], ['D', 'p2', 1]]);
    expect(result.unresolved).toEqual([{ entities: expect.arrayContaining(['A', 'B']), reason: 'closed-loop' }]);
    expect(result.ownersOf('A')).toBeUndefined();
    expect(result.ownersOf('C')).toBeUndefined();
    expect(shares(result, 'D')).toEqual({ p2: [1, 1] });
  });

  it('a cycle held through an unresolved loop is unresolved too, saying why', () => {
    const result = integrate([['A', 'B', 1], ['B', 'A', 1], ['C', 'A', 0.5], ['C', 'E', 0.1], ['C', 'p1', 0.4], ['E', 'C', 0.2], ['E', 'p2', 0.8]]);
    expect(result.unresolved).toEqual([
      { entities: expect.arrayContaining(['A', 'B']), reason: 'closed-loop' },
      { entities: expect.arrayContaining(['C', 'E']), reason: 'held-through-unresolved' },
    ]);
    expect(result.ownersOf('E')).toBeUndefined();
  });

  it('stops at the step limit and reports no convergence rather than iterating on', () => {
    // 90% held around the loop: the series converges, in about 260 steps, more than five.
    const loop: Edge[] = [['A', 'B', 0.9], ['A', 'p1', 0.1], ['B', 'A', 1]];
    const result = integrate(loop, { tolerance: 1e-12, maxSteps: 5 });
    expect(result.unresolved).toEqual([{ entities: expect.arrayContaining(['A', 'B']), reason: 'no-convergence' }]);
    const patient = integrate(loop);
    expect(shares(patient, 'A')).toEqual({ p1: [1, 1] });
  });

  it('finds components in a chain too long for a recursive search', () => {
    const edges: Edge[] = [['E0', 'p1', 1]];
    for (let k = 1; k < 200_000; k++) edges.push([`E${k}`, `E${k - 1}`, 1]);
    const result = integrate(edges);
    expect(shares(result, 'E199999')).toEqual({ p1: [1, 1] });
    expect(result.cycles).toEqual([]);
  });
});

describe('the graph by party id', () => {
  it('refuses an id that cannot index an array, and has no answer for an id past the graph', () => {
    const builder = new OwnershipGraphBuilder();
    expect(() => builder.hold(-1, 2, true, { min: 1, max: 1 })).toThrow(RangeError);
    expect(() => builder.hold(1, 2.5, true, { min: 1, max: 1 })).toThrow(RangeError);
    builder.hold(1, 2, true, { min: 1, max: 1 });
    const result = integrateOwnership(builder.build());
    expect(result.ownersOf(1)).toEqual([{ person: 2, min: 1, max: 1 }]);
    expect(result.ownersOf(3)).toBeUndefined();
    expect(result.ownersOf(0)).toEqual([]);
  });
});
