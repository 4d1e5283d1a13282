// The ownership graph as arrays, so that a whole register (a million entities, one and a half million holdings)
// fits in memory once and is walked without an object per holding (issue 8: ≤ 2 s, ≤ 1 GB).
// Entities are the nodes; a natural person is never held, so persons are only the sources of shares.

/** A share of a subject as a fraction [min, max] of 1 (BODS `share`; an exact share has min = max). */
export interface ShareBounds {
  min: number;
  max: number;
}

export interface OwnershipGraph {
  readonly entityKeys: readonly string[];
  readonly personKeys: readonly string[];
  /** Holdings of entity j are incoming[incomingStart[j] … incomingStart[j + 1]). */
  readonly incomingStart: Int32Array;
  /** The holder: an entity index, or a person index encoded as −1 − index. */
  readonly incomingHolder: Int32Array;
  readonly incomingMin: Float64Array;
  readonly incomingMax: Float64Array;
  entityIndex(key: string): number | undefined;
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
  private readonly entities = new Map<string, number>();
  private readonly entityKeys: string[] = [];
  private readonly persons = new Map<string, number>();
  private readonly personKeys: string[] = [];
  private readonly subject = new Column(new Int32Array(1024), (n) => new Int32Array(n));
  private readonly holder = new Column(new Int32Array(1024), (n) => new Int32Array(n));
  private readonly min = new Column(new Float64Array(1024), (n) => new Float64Array(n));
  private readonly max = new Column(new Float64Array(1024), (n) => new Float64Array(n));

  /** An entity with no holdings known still belongs to the graph (its owners are unknown, not none). */
  entity(key: string): number {
    let index = this.entities.get(key);
    if (index === undefined) {
      index = this.entityKeys.length;
      this.entities.set(key, index);
      this.entityKeys.push(key);
    }
    return index;
  }

  private person(key: string): number {
    let index = this.persons.get(key);
    if (index === undefined) {
      index = this.personKeys.length;
      this.persons.set(key, index);
      this.personKeys.push(key);
    }
    return index;
  }

  /** `holder` holds `share` of `subject` directly. */
  hold(subject: string, holder: { key: string; kind: 'person' | 'entity' }, share: ShareBounds): void {
    this.subject.push(this.entity(subject));
    this.holder.push(holder.kind === 'person' ? -1 - this.person(holder.key) : this.entity(holder.key));
    this.min.push(share.min);
    this.max.push(share.max);
  }

  build(): OwnershipGraph {
    const n = this.entityKeys.length;
    const m = this.subject.length;
    const incomingStart = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) incomingStart[this.subject.data[e]! + 1]!++;
    for (let j = 0; j < n; j++) incomingStart[j + 1]! += incomingStart[j]!;
    const fill = incomingStart.slice(0, n);
    const incomingHolder = new Int32Array(m);
    const incomingMin = new Float64Array(m);
    const incomingMax = new Float64Array(m);
    for (let e = 0; e < m; e++) {
      const at = fill[this.subject.data[e]!]!++;
      incomingHolder[at] = this.holder.data[e]!;
      incomingMin[at] = this.min.data[e]!;
      incomingMax[at] = this.max.data[e]!;
    }
    const entities = this.entities;
    return { entityKeys: this.entityKeys, personKeys: this.personKeys, incomingStart, incomingHolder, incomingMin, incomingMax, entityIndex: (key) => entities.get(key) };
  }
}
