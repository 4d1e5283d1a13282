import { verifyAuditChain } from '../../server/features/audit/service.ts';
import { seedDemo } from '../../server/seed/seed-demo.ts';
import { bootstrap } from '../../server/bootstrap.ts';
import { loadConfig } from '../../server/config.ts';
import { CliUsageError, EXIT_CHECK_FAILED } from '../cli-error.ts';
import { printJson } from '../output.ts';
import { parseOptions } from '../parse-options.ts';
import { withDatabase } from '../with-database.ts';

/** `zimao migrate`: applies pending migrations and loads changed reference data. */
export async function migrateCommand(args: string[]): Promise<number> {
  parseOptions('migrate', args, {});
  const started = await bootstrap(loadConfig().database);
  await started.close();
  printJson({ applied: started.migrations, referenceLoaded: started.referenceLoaded });
  return 0;
}

/** `zimao seed --demo`: the demo dataset, once (refuses without the explicit flag). */
export async function seedCommand(args: string[]): Promise<number> {
  const opts = parseOptions('seed', args, { demo: 'boolean' });
  if (!opts.demo) throw new CliUsageError('seed: give --demo to load the demo dataset (demo accounts with a published password; never on a production database)');
  const result = await withDatabase((ctx) => seedDemo(ctx));
  printJson(result);
  return 0;
}

/** `zimao audit verify`: recomputes the hash chain; exits 1 when a row is broken. */
export async function auditVerifyCommand(args: string[]): Promise<number> {
  parseOptions('audit verify', args, {});
  const result = await withDatabase((ctx) => verifyAuditChain(ctx.db));
  printJson(result);
  return result.ok ? 0 : EXIT_CHECK_FAILED;
}
