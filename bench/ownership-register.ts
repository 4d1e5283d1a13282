// Ownership over the generated register in its database (run by dashboard-aggregates.ts on the register it generated):
// - the whole register integrated as `zimao ownership integrate` does it: the holdings read page by page, then built
//   and integrated; baseline: one count of the holdings in force (a scan of the table);
// - one company's beneficial owners as an officer reads them (GET /api/enterprises/:uscc/beneficial-owners without
//   HTTP): the holdings above it walked by a recursive query, computed, and the read written to the audit trail in the
//   same transaction; baseline: the same enterprise read as GET /api/enterprises/:uscc reads it.
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { AccountActor, AppContext } from '../src/server/context.ts';
import { getEnterprise } from '../src/server/features/enterprises/service.ts';
import { beneficialOwners, integrateRegister } from '../src/server/features/ownership/service.ts';
import { metric, percentile, type Metric } from './metric.ts';

export async function ownershipRegisterBench(ctx: AppContext, opts: { quick: boolean; label: string; officer: AccountActor; asOf: string }): Promise<Metric[]> {
  const { label } = opts;
  let start = performance.now();
  const { n } = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM holdings WHERE valid_from <= ${opts.asOf}::date AND (valid_to IS NULL OR valid_to > ${opts.asOf}::date)`.execute(ctx.db)).rows[0]!;
  const countMs = performance.now() - start;
  const whole = await integrateRegister(ctx.db, opts.asOf);
  if (whole.holdings !== n) throw new Error(`bench: integrated ${whole.holdings} holdings, ${n} are in force`);

  // Enterprises held by another enterprise, so each answer walks at least one level up.
  const { rows } = await sql<{ key: string }>`
    SELECT s.key FROM holdings h TABLESAMPLE SYSTEM (5) REPEATABLE (3) JOIN parties s ON s.id = h.subject_id
    WHERE h.holder_kind = 'entity' AND h.valid_to IS NULL LIMIT ${opts.quick ? 100 : 1_000}`.execute(ctx.db);
  if (rows.length === 0) throw new Error('bench: no enterprise held by another in the generated register');
  const owners: number[] = [];
  const reads: number[] = [];
  for (const { key } of rows) {
    start = performance.now();
    const answer = await beneficialOwners(ctx, opts.officer, key, opts.asOf);
    owners.push(performance.now() - start);
    if (answer.holdings.length === 0) throw new Error(`bench: no holdings found above ${key}`);
    start = performance.now();
    await getEnterprise(ctx.db, opts.officer, key);
    reads.push(performance.now() - start);
  }
  const readBaseline = { name: `GET /api/enterprises/:uscc in process p99 (${label})`, value: percentile(reads, 99) };
  return [
    metric(`integrated ownership of the whole register, read + compute (${label}, ${n.toLocaleString('en')} holdings)`, 'ms', whole.readMs + whole.computeMs, { name: 'count of the holdings in force', value: countMs }),
    metric(`  of which compute (${label})`, 'ms', whole.computeMs),
    metric(`one company’s beneficial owners, logged read, in process p99 (${label}, ${rows.length} companies)`, 'ms', percentile(owners, 99), readBaseline),
  ];
}
