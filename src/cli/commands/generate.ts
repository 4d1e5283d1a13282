// `zimao generate --enterprises N --seed S [--database-url URL] [--months 120] [--as-of YYYY-MM-DD]`: deterministic
// synthetic data at scale (issue 8) into the configured database (--database-url, else DATABASE_URL, else the
// embedded one in ZIMAO_DATA_DIR). Progress on stderr, the summary as one JSON line on stdout.
import { civilDateInShanghai, isCivilDate } from '../../domain/calendar/index.ts';
import { loadConfig } from '../../server/config.ts';
import type { DatabaseOptions } from '../../server/db/database.ts';
import { CliUsageError } from '../cli-error.ts';
import { printJson } from '../output.ts';
import { parseOptions } from '../parse-options.ts';

const COMMAND = 'generate';
/** Far beyond a real register (Chongqing has about 3.5 million market entities), small enough to be a mistake. */
const MAX_ENTERPRISES = 50_000_000;
const MAX_SEED = 4_294_967_295;
const MAX_MONTHS = 600;

/** A whole number within [min, max] from an option's text, or a usage error naming the option. */
function wholeNumber(option: string, text: string | undefined, min: number, max: number, fallback?: number): number {
  if (text === undefined) {
    if (fallback !== undefined) return fallback;
    throw new CliUsageError(`${COMMAND}: --${option} is required (a whole number from ${min} to ${max.toLocaleString('en')})`);
  }
  const value = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new CliUsageError(`${COMMAND}: --${option} must be a whole number from ${min} to ${max.toLocaleString('en')}, got "${text}"`);
  }
  return value;
}

export async function generateCommand(args: string[]): Promise<number> {
  const opts = parseOptions(COMMAND, args, { enterprises: 'string', seed: 'string', 'database-url': 'string', months: 'string', 'as-of': 'string' });
  const enterprises = wholeNumber('enterprises', opts.enterprises, 1, MAX_ENTERPRISES);
  const seed = wholeNumber('seed', opts.seed, 0, MAX_SEED);
  const months = wholeNumber('months', opts.months, 1, MAX_MONTHS, 120);
  const asOfText = opts['as-of'];
  if (asOfText !== undefined && !isCivilDate(asOfText)) throw new CliUsageError(`${COMMAND}: --as-of must be a date YYYY-MM-DD, got "${asOfText}"`);
  const url = opts['database-url'];
  if (url !== undefined && !/^postgres(ql)?:\/\/./.test(url)) throw new CliUsageError(`${COMMAND}: --database-url must be a PostgreSQL URL (postgres://…)`);
  const database: DatabaseOptions = url ? { kind: 'postgres', url } : loadConfig().database;

  // Loaded here: the usage errors above should not pay for loading the generator and the drivers.
  const [{ generate }, { bootstrap }] = await Promise.all([import('../../server/generate/generate.ts'), import('../../server/bootstrap.ts')]);
  const started = await bootstrap(database);
  try {
    const asOf = asOfText ?? civilDateInShanghai(started.ctx.now());
    printJson(await generate(started.ctx, { enterprises, seed, months, asOf, postgresUrl: database.kind === 'postgres' ? database.url : null }));
  } finally {
    await started.close();
  }
  return 0;
}
