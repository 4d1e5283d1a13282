// `zimao names check [FILE|-]`: the enterprise-name check (企业名称登记管理规定 2021; domain-rules §5.2) on the JSON
// the caller gives. With `existing`, against those names only (no database); without, against the register in the
// configured database (DATABASE_URL, else the embedded one in ZIMAO_DATA_DIR).
import { checkName, NameCheckInput, type NameCheck } from '../../domain/names/index.ts';
import { nameRules } from '../../server/features/names/name-rules-file.ts';
import { CliUsageError } from '../cli-error.ts';
import { printJson } from '../output.ts';
import { zodProblem } from '../parse-options.ts';
import { readJsonInput } from '../read-json-input.ts';
import { withDatabase } from '../with-database.ts';

const COMMAND = 'names check';

export async function namesCheck(args: string[]): Promise<number> {
  const parsed = NameCheckInput.safeParse(readJsonInput(COMMAND, args));
  if (!parsed.success) throw new CliUsageError(`${COMMAND}: ${zodProblem(parsed.error, {})}`);
  const { existing, ...question } = parsed.data;
  const result = existing
    ? checkName(question, existing, nameRules())
    : await withDatabase(async (ctx) => (await import('../../server/features/names/service.ts')).checkAgainstRegister(ctx.db, question));
  printJson(contractView(result));
  return 0;
}

/** The fields of the CLI contract, in its order. */
function contractView(r: NameCheck) {
  return { parsed: r.parsed, verdict: r.verdict, reasons: r.reasons, conflicts: r.conflicts, similar: r.similar };
}
