// Seeded pseudo-random numbers for the synthetic data of `zimao generate` (issue 8: "same seed, identical rows").
// Bench data, not cryptography: sfc32 (Chris Doty-Humphrey's small fast counter generator), seeded through splitmix32
// so that nearby seeds give unrelated streams, and a keyed Feistel permutation for drawing without repetition.

/** splitmix32: one well-mixed 32-bit word from any 32-bit input. */
export function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A stream of numbers from a seed and a label, so each part of the generator draws from its own stream. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label: string) {
    let h = mix32(seed >>> 0);
    for (let i = 0; i < label.length; i++) h = mix32(h ^ label.charCodeAt(i));
    this.a = mix32(h);
    this.b = mix32(this.a);
    this.c = mix32(this.b);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next32();
  }

  /** The next 32-bit unsigned integer (sfc32). */
  next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.next32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** Draws items by weight in O(log n): cumulative weights and a binary search. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly items: readonly T[], weights: readonly number[]) {
    if (items.length === 0 || items.length !== weights.length) throw new Error('Weighted needs one positive weight per item');
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
    this.total = sum;
  }

  draw(prng: Prng): T {
    const x = prng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/**
 * A keyed bijection of [0, size): a four-round Feistel network over the smallest even number of bits that covers
 * `size`, walking the cycle until the result falls inside. Taking at(0), at(1), … visits every number once in a
 * scrambled order: trade names drawn this way never repeat within one industry group.
 */
export class Permutation {
  private readonly halfBits: number;
  private readonly mask: number;
  private readonly keys: number[];

  constructor(readonly size: number, key: number) {
    if (!Number.isSafeInteger(size) || size < 1 || size > 2 ** 32) throw new Error(`Permutation size must be 1 … 2^32, got ${size}`);
    let bits = 2;
    while (2 ** bits < size) bits += 2;
    this.halfBits = bits / 2;
    this.mask = 2 ** this.halfBits - 1;
    this.keys = [mix32(key), mix32(key + 1), mix32(key + 2), mix32(key + 3)];
  }

  at(index: number): number {
    if (index < 0 || index >= this.size) throw new Error(`index ${index} outside [0, ${this.size})`);
    let x = index;
    do x = this.encrypt(x);
    while (x >= this.size);
    return x;
  }

  private encrypt(x: number): number {
    const shift = 2 ** this.halfBits;
    let left = Math.floor(x / shift);
    let right = x % shift;
    for (const k of this.keys) {
      const next = (left ^ mix32(right ^ k)) & this.mask;
      left = right;
      right = next >>> 0;
    }
    return left * shift + right;
  }
}
