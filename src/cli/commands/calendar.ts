import { CalendarInputError, createDefaultWorkingDayCalendar, isCivilDate, type WorkingDayCalendar } from '../../domain/calendar/index.ts';
import { loadCalendar } from '../../server/features/calendar/load-calendar.ts';
import { CliUsageError } from '../cli-error.ts';
import { printJson } from '../output.ts';
import { parseOptions } from '../parse-options.ts';
import { withDatabase } from '../with-database.ts';

/**
 * The calendar the CLI answers from: with DATABASE_URL, the server's (bundled notices plus the
 * administrator's overrides); otherwise the bundled notices and the law, so the command needs no
 * database and never contends with a running server for the embedded one.
 */
async function currentCalendar(): Promise<WorkingDayCalendar> {
  if (process.env.DATABASE_URL) return withDatabase((ctx) => loadCalendar(ctx.db));
  return createDefaultWorkingDayCalendar();
}

function requireDate(command: string, name: string, value: string | undefined): string {
  if (value === undefined) throw new CliUsageError(`${command}: ${name} is required (YYYY-MM-DD)`);
  if (!isCivilDate(value)) throw new CliUsageError(`${command}: ${name} must be a calendar date written YYYY-MM-DD, got "${value}"`);
  return value;
}

function calendarProblem(command: string, error: unknown, names: Record<string, string>): never {
  if (error instanceof CalendarInputError) throw new CliUsageError(`${command}: ${names[error.field] ?? error.field}: ${error.message}`);
  throw error;
}

/** `zimao calendar due --from YYYY-MM-DD --working-days N`: the N-th working day strictly after from. */
export async function calendarDue(args: string[]): Promise<number> {
  const command = 'calendar due';
  const opts = parseOptions(command, args, { from: 'string', 'working-days': 'string' });
  const from = requireDate(command, '--from', opts.from);
  const raw = opts['working-days'];
  if (raw === undefined) throw new CliUsageError(`${command}: --working-days is required (a whole number ≥ 1)`);
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) throw new CliUsageError(`${command}: --working-days must be a whole number ≥ 1, got "${raw}"`);
  const calendar = await currentCalendar();
  try {
    const d = calendar.addWorkingDays(from, Number(raw));
    printJson({ from, workingDays: d.workingDays, due: d.due, ...(d.provisional ? { provisional: true } : {}) });
  } catch (error) {
    calendarProblem(command, error, { from: '--from', workingDays: '--working-days' });
  }
  return 0;
}

/** `zimao calendar is-workday YYYY-MM-DD`. */
export async function calendarIsWorkday(args: string[]): Promise<number> {
  const command = 'calendar is-workday';
  const opts = parseOptions(command, args, {}, true);
  if (opts._.length !== 1) throw new CliUsageError(`${command}: give exactly one DATE (YYYY-MM-DD)`);
  const date = requireDate(command, 'DATE', opts._[0]);
  const calendar = await currentCalendar();
  try {
    const info = calendar.dayInfo(date);
    printJson({ date, workday: info.workday, ...(info.provisional ? { provisional: true } : {}) });
  } catch (error) {
    calendarProblem(command, error, { date: 'DATE' });
  }
  return 0;
}
