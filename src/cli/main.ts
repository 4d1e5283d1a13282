import { AppError } from '../domain/app-error.ts';
import { DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { CliUsageError, EXIT_USAGE } from './cli-error.ts';
import { calendarDue, calendarIsWorkday } from './commands/calendar.ts';
import { auditVerifyCommand, migrateCommand, seedCommand } from './commands/database.ts';
import { serveCommand } from './commands/serve.ts';
import { usccCheck, usccIssue } from './commands/uscc.ts';

const USAGE = `usage: zimao <command>
  serve [--port N] [--demo]              start the server (PORT, DATABASE_URL, ZIMAO_DATA_DIR)
  migrate                                apply migrations and load reference data
  seed --demo                            load the demo dataset
  audit verify                           check the audit trail's hash chain
  uscc check CODE [CODE...]              check Unified Social Credit Codes
  uscc issue --authority A --entity-type T --division NNNNNN
                                         generate the next credit code
  calendar due --from YYYY-MM-DD --working-days N
  calendar is-workday YYYY-MM-DD`;

type Command = (args: string[]) => number | Promise<number>;
const commands: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  seed: seedCommand,
  'audit verify': auditVerifyCommand,
  'uscc check': usccCheck,
  'uscc issue': usccIssue,
  'calendar due': calendarDue,
  'calendar is-workday': calendarIsWorkday,
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
