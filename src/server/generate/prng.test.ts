// The generator's randomness: a seed gives one stream, another seed another; the keyed permutation visits every
// number of its range exactly once (trade names are drawn through it, never twice in one industry group).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Permutation, Prng, Weighted } from './prng.ts';

describe('Prng', () => {
  it('repeats its stream for the same seed and label, and differs for another seed or label', () => {
    const draw = (seed: number, label: string) => Array.from({ length: 50 }, (() => { const p = new Prng(seed, label); return () => p.next32(); })());
    expect(draw(1, 'x')).toEqual(draw(1, 'x'));
    expect(draw(1, 'x')).not.toEqual(draw(2, 'x'));
    expect(draw(1, 'x')).not.toEqual(draw(1, 'y'));
  });

  it('draws within its ranges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const p = new Prng(seed, 'range');
        for (let i = 0; i < 100; i++) {
          const x = p.int(n);
          expect(Number.isInteger(x) && x >= 0 && x < n).toBe(true);
          const u = p.next();
          expect(u >= 0 && u < 1).toBe(true);
        }
      }),
    );
  });

  it('draws by weight, never an item of weight zero', () => {
    const p = new Prng(5, 'weights');
    const w = new Weighted(['a', 'b', 'c'], [1, 0, 3]);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 4000; i++) counts[w.draw(p) as 'a' | 'b' | 'c'] += 1;
    expect(counts.b).toBe(0);
    expect(counts.c / counts.a).toBeGreaterThan(2.5);
    expect(counts.c / counts.a).toBeLessThan(3.5);
    expect(() => new Weighted([], [])).toThrow();
  });
});

describe('Permutation', () => {
  it('is a bijection of [0, size) for any size and key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (size, key) => {
        const p = new Permutation(size, key);
        const seen = new Set(Array.from({ length: size }, (_, i) => p.at(i)));
        expect(seen.size).toBe(size);
        expect(Math.min(...seen)).toBe(0);
        expect(Math.max(...seen)).toBe(size - 1);
      }),
      { numRuns: 50 },
    );
  });

  it('scrambles: another key gives another order, and indexes outside the range are refused', () => {
    const order = (key: number) => Array.from({ length: 100 }, (_, i) => new Permutation(100, key).at(i));
    expect(order(1)).not.toEqual(order(2));
    expect(order(1)).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(() => new Permutation(10, 1).at(10)).toThrow();
    expect(() => new Permutation(0, 1)).toThrow();
  });
});
