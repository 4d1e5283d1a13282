// The integrated-ownership scenario in a process of its own, so its peak memory is its own: run by bench/ownership.ts
// as `node --import tsx --expose-gc bench/ownership-child.ts N`; prints one JSON line.
// The graph is `zimao generate`'s (HoldingsGenerator, seed 1) for N enterprises, kept as columns, as read from the
// holdings table; timed from the first holding handed to the graph builder to the last entity integrated.
import { performance } from 'node:perf_hooks';
import { integrateOwnership, OwnershipGraphBuilder } from '../src/domain/ownership/index.ts';
import type { Cell } from '../src/server/generate/bulk-insert.ts';
import { HoldingsGenerator } from '../src/server/generate/holdings.ts';
import { percentile } from './metric.ts';

const n = Number(process.argv[2]);
if (!Number.isInteger(n) || n <= 0) throw new Error('usage: ownership-child.ts N');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const generator = new HoldingsGenerator(1, 1);
const subject: number[] = [];
const holder: number[] = [];
const isPerson: boolean[] = [];
const min: number[] = [];
const max: number[] = [];
const entityIds: number[] = [];
const out = { parties: [] as Cell[][], holdings: [] as Cell[][] };
for (let i = 0; i < n; i++) {
  out.parties.length = 0;
  out.holdings.length = 0;
  generator.forEnterprise(i, { uscc: `91500000Y${String(i).padStart(9, '0')}`, name: `企业${i}`, establishedOn: '2020-01-01', endedOn: null }, out);
  entityIds.push(out.parties[0]![0] as number);
  for (const r of out.holdings) {
    subject.push(r[0] as number);
    holder.push(r[1] as number);
    isPerson.push(r[2] === 'person');
    min.push(r[3] as number);
    max.push(r[4] as number);
  }
}
gc();
const inputRssMb = process.memoryUsage().rss / 2 ** 20;

// Baseline: one pass over the same holdings adding up each subject's shares, the least any computation reads.
let started = performance.now();
const totals = new Map<number, number>();
for (let k = 0; k < subject.length; k++) totals.set(subject[k]!, (totals.get(subject[k]!) ?? 0) + min[k]!);
const scanMs = performance.now() - started;
totals.clear();
gc();

started = performance.now();
const builder = new OwnershipGraphBuilder();
for (let k = 0; k < subject.length; k++) builder.hold(subject[k]!, holder[k]!, isPerson[k]!, { min: min[k]!, max: max[k]! });
const result = integrateOwnership(builder.build());
const computeMs = performance.now() - started;

// One company's owners from the result, against finding the company's key in a Map (the lookup alone).
const probes = Array.from({ length: 20_000 }, (_, k) => entityIds[(k * 7919) % n]!);
const lookups: number[] = [];
const finds: number[] = [];
let found = 0;
for (const key of probes) {
  let t = performance.now();
  found += result.ownersOf(key)?.length ?? 0;
  lookups.push(performance.now() - t);
  t = performance.now();
  found += totals.has(key) ? 1 : 0;
  finds.push(performance.now() - t);
}
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({
  entities: n, heldEntities: result.heldEntityCount, persons: generator.result.persons, holdings: subject.length, ultimateShares: result.ultimateShareCount,
  cycles: result.cycles.length, unresolved: result.unresolved.length, computeMs, scanMs, inputRssMb, maxRssMb,
  ownersP99Ms: percentile(lookups, 99), ownersP50Ms: percentile(lookups, 50), mapFindP99Ms: percentile(finds, 99), found,
}));
