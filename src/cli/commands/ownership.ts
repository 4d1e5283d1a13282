// `zimao ownership integrate [--as-of YYYY-MM-DD]`: the whole register's ownership integrated at once (BO-20 … BO-24),
// printed as one JSON summary — counts and the credit codes of entities on cycles or unresolved, never a person.
import { isCivilDate } from '../../domain/calendar/index.ts';
import { CliUsageError } from '../cli-error.ts';
import { printJson } from '../output.ts';
import { parseOptions } from '../parse-options.ts';
import { withDatabase } from '../with-database.ts';

export async function ownershipIntegrate(args: string[]): Promise<number> {
  const opts = parseOptions('ownership integrate', args, { 'as-of': 'string' });
  const asOf = opts['as-of'];
  if (asOf !== undefined && !isCivilDate(asOf)) throw new CliUsageError(`ownership integrate: --as-of: ${asOf} is not a date written YYYY-MM-DD`);
  const { registerOwnershipSummary } = await import('../../server/features/ownership/register-summary.ts');
  printJson(await withDatabase((ctx) => registerOwnershipSummary(ctx, asOf, 'system:cli')));
  return 0;
}
