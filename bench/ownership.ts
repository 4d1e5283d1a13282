// Integrated ownership over the whole graph (issue 8 goal: 1 million entities, ≤ 2 s compute, ≤ 1 GB peak memory; one
// company's owners p99 ≤ 1 ms). Runs bench/ownership-child.ts in a process of its own, so the peak memory measured
// is this computation's and not the rest of the benchmark's; quick mode uses 20,000 entities.
// Baselines, measured in the child in the same run: for the compute, one pass over the same holdings adding up each
// subject's shares in a Map (reading every holding once, nothing multiplied); for the memory, the child's size with
// the input held and nothing computed; for one company's owners, finding the company in that Map.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { metric, type Metric } from './metric.ts';

const run = promisify(execFile);

interface ChildResult {
  entities: number;
  holdings: number;
  persons: number;
  cycles: number;
  unresolved: number;
  computeMs: number;
  scanMs: number;
  inputRssMb: number;
  maxRssMb: number;
  ownersP99Ms: number;
  mapFindP99Ms: number;
}

export async function ownershipBench(opts: { quick: boolean }): Promise<Metric[]> {
  const n = opts.quick ? 20_000 : 1_000_000;
  const child = fileURLToPath(new URL('./ownership-child.ts', import.meta.url));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--expose-gc', child, String(n)], { maxBuffer: 1 << 20 });
  const r = JSON.parse(stdout) as ChildResult;
  const atGoal = n >= 1_000_000;
  const label = `${r.entities.toLocaleString('en')} entities, ${r.holdings.toLocaleString('en')} holdings, ${r.persons.toLocaleString('en')} persons, ${r.cycles} cycles`;
  if (r.unresolved > 0) throw new Error(`bench: ${r.unresolved} components of the generated graph are unresolved`);
  return [
    metric(`integrated ownership, build + integrate (${label})`, 'ms', r.computeMs, { name: 'one pass summing each subject’s shares (Map)', value: r.scanMs }, '≤ 2,000 ms at 1 M entities', atGoal ? r.computeMs <= 2_000 : null),
    metric('integrated ownership, peak memory of its process', 'MB', r.maxRssMb, { name: 'the process with the input held, before computing', value: r.inputRssMb }, '≤ 1,024 MB at 1 M entities', atGoal ? r.maxRssMb <= 1_024 : null),
    metric('one company’s owners from the integrated result, p99 of 20,000', 'ms', r.ownersP99Ms, { name: 'finding the company in a Map, p99', value: r.mapFindP99Ms }, '≤ 1 ms', r.ownersP99Ms <= 1),
  ];
}
