import { AppError } from '../domain/app-error.ts';
import { DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { CliUsageError, EXIT_USAGE } from './cli-error.ts';

const USAGE = `usage: zimao <command>
  serve [--port N] [--demo]              start the server (PORT, DATABASE_URL, ZIMAO_DATA_DIR)
  migrate                                apply migrations and load reference data
  seed --demo                            load the demo dataset
  audit verify                           check the audit trail's hash chain
  uscc check CODE [CODE...]              check Unified Social Credit Codes
  uscc issue --authority A --entity-type T --division NNNNNN
                                         generate the next credit code
  calendar due --from YYYY-MM-DD --working-days N
  calendar is-workday YYYY-MM-DD
  admission check [FILE|-]               foreign-investment admission check (JSON in, JSON out)
  names check [FILE|-]                   enterprise-name check (JSON in, JSON out; without "existing": the register)
  open-data enterprises --out FILE      the register's open-data snapshot (gzip'd CSV, no persons) into FILE
  ownership integrate [--as-of YYYY-MM-DD]
                                         the whole register's beneficial ownership computed at once (counts, cycles)
  generate --enterprises N --seed S [--database-url URL] [--months 120] [--as-of YYYY-MM-DD]
                                         deterministic synthetic data at scale (bench data; never on production)`;

type Command = (args: string[]) => number | Promise<number>;
// Commands load their modules on first use: `uscc check` should not pay for loading the server.
const commands: Record<string, Command> = {
  serve: async (a) => (await import('./commands/serve.ts')).serveCommand(a),
  migrate: async (a) => (await import('./commands/database.ts')).migrateCommand(a),
  seed: async (a) => (await import('./commands/database.ts')).seedCommand(a),
  'audit verify': async (a) => (await import('./commands/database.ts')).auditVerifyCommand(a),
  'uscc check': async (a) => (await import('./commands/uscc.ts')).usccCheck(a),
  'uscc issue': async (a) => (await import('./commands/uscc.ts')).usccIssue(a),
  'calendar due': async (a) => (await import('./commands/calendar.ts')).calendarDue(a),
  'calendar is-workday': async (a) => (await import('./commands/calendar.ts')).calendarIsWorkday(a),
  'admission check': async (a) => (await import('./commands/admission.ts')).admissionCheck(a),
  'names check': async (a) => (await import('./commands/names.ts')).namesCheck(a),
  'open-data enterprises': async (a) => (await import('./commands/open-data.ts')).openDataEnterprises(a),
  'ownership integrate': async (a) => (await import('./commands/ownership.ts')).ownershipIntegrate(a),
  generate: async (a) => (await import('./commands/generate.ts')).generateCommand(a),
};

/** Finds the command (one or two words) and runs it; every failure becomes one line on stderr. */
async function main(argv: string[]): Promise<number> {
  const [first, second, ...rest] = argv;
  if (!first || first === '--help' || first === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return first ? 0 : EXIT_USAGE;
  }
  const two = commands[`${first} ${second ?? ''}`];
  if (two) return two(rest);
  const one = commands[first];
  if (one) return one(second === undefined ? [] : [second, ...rest]);
  const group = Object.keys(commands).filter((c) => c.startsWith(`${first} `));
  throw new CliUsageError(group.length > 0 ? `${first}: unknown subcommand "${second ?? ''}"; use one of: ${group.join(', ')}` : `unknown command "${first}"; run zimao --help`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliUsageError || error instanceof DataDirLockedError) {
    process.stderr.write(`zimao: ${error.message}\n`);
    process.exitCode = EXIT_USAGE;
  } else if (error instanceof AppError) {
    process.stderr.write(`zimao: ${error.field ? `${error.field}: ` : ''}${error.message}\n`);
    process.exitCode = EXIT_USAGE;
  } else {
    process.stderr.write(`zimao: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (process.env.ZIMAO_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
