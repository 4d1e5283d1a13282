// The ownership graph as arrays indexed by party id (the parties table's integer ids), so that a whole register — a
// million entities, one and a half million holdings — is held without an object or a string per holding, and no key
// is hashed while it is built (issue 8: ≤ 2 s, ≤ 1 GB; interning 1.8 million string keys alone took about 2 s).
// Natural persons are parties too, but never held: they are only where shares come from.

/** A share of a subject as a fraction [min, max] of 1 (BODS `share`; an exact share has min = max). */
export interface ShareBounds {
  min: number;
  max: number;
}

export interface OwnershipGraph {
  /** One more than the largest party id: the length of every array indexed by party. */
  readonly size: number;
  /** Holdings of party j are at incomingStart[j] … incomingStart[j + 1] − 1. */
  readonly incomingStart: Int32Array;
  /** The holder: an entity's party id, or a person's encoded as −1 − id. */
  readonly incomingHolder: Int32Array;
  readonly incomingMin: Float64Array;
  readonly incomingMax: Float64Array;
}

/** Growable column of numbers; typed arrays cannot grow in place. */
class Column<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

export class OwnershipGraphBuilder {
  private size = 0;
  private readonly subject = new Column(new Int32Array(1024), (n) => new Int32Array(n));
  private readonly holder = new Column(new Int32Array(1024), (n) => new Int32Array(n));
  private readonly min = new Column(new Float64Array(1024), (n) => new Float64Array(n));
  private readonly max = new Column(new Float64Array(1024), (n) => new Float64Array(n));

  /** Makes room for a party with no holdings known (its owners are unknown, not none). */
  party(id: number): void {
    if (!Number.isInteger(id) || id < 0) throw new RangeError(`party id ${id}: a non-negative integer`);
    this.size = Math.max(this.size, id + 1);
  }

  /** `holder` holds `share` of `subject` directly. */
  hold(subject: number, holder: number, holderIsPerson: boolean, share: ShareBounds): void {
    this.party(subject);
    this.party(holder);
    this.subject.push(subject);
    this.holder.push(holderIsPerson ? -1 - holder : holder);
    this.min.push(share.min);
    this.max.push(share.max);
  }

  build(): OwnershipGraph {
    const n = this.size;
    const m = this.subject.length;
    const incomingStart = new Int32Array(n + 1);
    const subjects = this.subject.data;
    for (let e = 0; e < m; e++) incomingStart[subjects[e]! + 1]!++;
    for (let j = 0; j < n; j++) incomingStart[j + 1]! += incomingStart[j]!;
    const fill = incomingStart.slice(0, n);
    const incomingHolder = new Int32Array(m);
    const incomingMin = new Float64Array(m);
    const incomingMax = new Float64Array(m);
    for (let e = 0; e < m; e++) {
      const at = fill[subjects[e]!]!++;
      incomingHolder[at] = this.holder.data[e]!;
      incomingMin[at] = this.min.data[e]!;
      incomingMax[at] = this.max.data[e]!;
    }
    return { size: n, incomingStart, incomingHolder, incomingMin, incomingMax };
  }
}
