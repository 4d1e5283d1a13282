// `zimao generate` (issue 8): deterministic synthetic data at the scale of a real register, written straight into
// the tables of several features for speed — a deliberate exception to "a feature's tables are its own", for a
// bulk-loading tool (ARCHITECTURE.md). The rows are those the features would write; the same seed and day give the
// same rows. Everything commits in one transaction with one audit row; the tables are analysed afterwards.
import { sql } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { CivilDate } from '../../domain/calendar/index.ts';
import type { AppContext } from '../context.ts';
import { appendAudit } from '../features/audit/service.ts';
import { foldRegisterRollups } from '../features/enterprises/service.ts';
import { loadCalendar } from '../features/calendar/load-calendar.ts';
import { indicatorCatalogue } from '../features/indicators/catalogue-file.ts';
import { nameRules } from '../features/names/name-rules-file.ts';
import { generatorAccounts } from './accounts.ts';
import { withBulkWriter, withForeignKeysDeferred, withGinIndexesDeferred } from './bulk-insert.ts';
import { GENERATED_BLOCK, generateEnterprises } from './enterprises.ts';
import { generateFiles } from './files.ts';
import { HoldingsGenerator } from './holdings.ts';
import { generateIndicators } from './indicators.ts';
import { Progress, type ProgressSink } from './progress.ts';
import { readReference } from './reference.ts';

export interface GenerateOptions {
  enterprises: number;
  seed: number;
  /** Months of indicator observations back from the month before `asOf`. */
  months: number;
  /** The day the data is generated for: establishments lie in the ten years before it, files just before it. */
  asOf: CivilDate;
  /** The PostgreSQL URL when the database is one (COPY runs on a connection of its own). */
  postgresUrl: string | null;
  progressSink?: ProgressSink;
}

/** One application file per this many registered enterprises, and at most so many. */
const FILES_EVERY = 20;
const MAX_FILES = 100_000;

async function refuseOverlap(ctx: AppContext): Promise<void> {
  const blocks = await ctx.db.selectFrom('uscc_blocks').select('prefix').execute();
  const overlap = blocks.find((b) => b.prefix.startsWith(GENERATED_BLOCK) || GENERATED_BLOCK.startsWith(b.prefix));
  if (overlap) {
    throw new AppError('CONFLICT', { field: 'uscc_blocks', message: `zimao issues credit codes from block "${overlap.prefix}", which overlaps the generator's block "${GENERATED_BLOCK}": generated codes could collide with issued ones` });
  }
  const generated = await sql<{ uscc: string }>`SELECT uscc FROM enterprises WHERE substr(uscc, 9, ${GENERATED_BLOCK.length}) = ${GENERATED_BLOCK} LIMIT 1`.execute(ctx.db);
  if (generated.rows.length > 0) {
    throw new AppError('CONFLICT', { field: 'enterprises', message: `the register already holds generated enterprises (e.g. ${generated.rows[0]!.uscc}); generate into a fresh database` });
  }
}

export async function generate(ctx: AppContext, options: GenerateOptions) {
  const started = Date.now();
  await refuseOverlap(ctx);
  const sink = options.progressSink;
  // Everything read before the one transaction begins: PGlite has a single connection, which the transaction holds.
  const reference = await readReference(ctx.db);
  const calendar = await loadCalendar(ctx.db);
  const catalogue = indicatorCatalogue();
  const existingValues = await ctx.db.selectFrom('indicator_values').select(['indicator_code', 'area_code', 'period']).execute();
  const rules = nameRules();
  const onPostgres = ctx.database.kind === 'postgres';

  const summary = await withBulkWriter(ctx.database, options.postgresUrl, async (writer) => {
    const accounts = await generatorAccounts(writer.tx, reference.areas.map((a) => a.code), `${options.asOf}T00:00:00+08:00`);
    const enterpriseProgress = new Progress('enterprises', options.enterprises, sink);
    // Party ids are handed out by the generator from the sequence's next value, with the table locked against other
    // writers until the commit; the sequence is moved past them at the end.
    await sql`LOCK TABLE parties IN EXCLUSIVE MODE`.execute(writer.tx);
    const firstPartyId = Number((await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('parties', 'id'))::integer AS id`.execute(writer.tx)).rows[0]!.id);
    const holdings = new HoldingsGenerator(options.seed, firstPartyId);
    const enterprises = await withGinIndexesDeferred(writer, 'enterprises', () => withForeignKeysDeferred(writer, 'holdings', () =>
      generateEnterprises({
        writer, seed: options.seed, count: options.enterprises, asOf: options.asOf, calendar, reference, rules,
        // Large batches: the rollup triggers (0022) run once per statement. PGlite's JSON parameter stays a few MB.
        batchSize: onPostgres ? 25_000 : 10_000,
        progress: enterpriseProgress, filesEvery: FILES_EVERY, maxFiles: MAX_FILES, holdings,
      }),
    ));
    await sql`SELECT setval(pg_get_serial_sequence('parties', 'id'), ${holdings.partyIdsEnd}::integer, false)`.execute(writer.tx);
    enterpriseProgress.finish(`names skipped by the name check: ${enterprises.namesSkipped}; ${holdings.result.holdings} holdings, ${holdings.result.persons} persons, ${holdings.result.cycles} cycles`);
    const fileProgress = new Progress('application files', enterprises.fileSubjects.length, sink);
    const files = await generateFiles({
      writer, seed: options.seed, asOf: options.asOf, subjects: enterprises.fileSubjects, calendar,
      applicantIds: accounts.applicantIds, officerByArea: accounts.officerByArea, batchSize: 10_000, progress: fileProgress,
    });
    fileProgress.finish(`${files.actions} actions, ${files.timers} open timers`);
    const indicators = await generateIndicators({
      writer, seed: options.seed, asOf: options.asOf, months: options.months, catalogue,
      submitterByScope: accounts.submitterByScope, approverId: accounts.approverId,
      existing: new Set(existingValues.map((v) => `${v.indicator_code}|${v.area_code}|${v.period}`)),
    });
    const result = {
      enterprises: enterprises.enterprises,
      enterprisesByStatus: enterprises.byStatus,
      foreignInvested: enterprises.foreignInvested,
      names: enterprises.enterprises,
      namesSkipped: enterprises.namesSkipped,
      holdings: holdings.result.holdings,
      holdingsPersons: holdings.result.persons,
      holdingsOfEntities: holdings.result.entityHoldings,
      holdingsRanges: holdings.result.ranges,
      holdingsCycles: holdings.result.cycles,
      files: files.files,
      filesByStatus: files.byStatus,
      fileActions: files.actions,
      timers: files.timers,
      indicatorSubmissions: indicators.submissions,
      indicatorValues: indicators.values,
      indicatorHistory: indicators.history,
      indicatorMonths: indicators.firstMonth ? `${indicators.firstMonth}..${indicators.lastMonth}` : null,
    };
    // The register's rollup deltas of every batch, folded into the totals before the commit (the readers then read ~10k rows).
    await foldRegisterRollups(writer.tx);
    await appendAudit(writer.tx, { actor: 'system:generate', action: 'data.generate', subject: null, request: { enterprises: options.enterprises, seed: options.seed, months: options.months, asOf: options.asOf }, result }, ctx.now());
    return result;
  });
  // Fresh statistics, so the first queries over millions of rows plan with them (the name check's two indexes).
  // The rollup deltas of every batch were folded and deleted: vacuumed, or readers would step over their dead rows.
  for (const table of ['enterprise_stock_deltas', 'enterprise_month_deltas']) await sql.raw(`VACUUM ${table}`).execute(ctx.db);
  for (const table of ['enterprises', 'enterprise_stock_rollup', 'enterprise_month_rollup', 'enterprise_names', 'application_files', 'file_actions', 'timers', 'indicator_values', 'indicator_value_history', 'parties', 'holdings']) {
    await sql.raw(`ANALYZE ${table}`).execute(ctx.db);
  }
  return { ...summary, seed: options.seed, asOf: options.asOf, database: ctx.database.kind, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

