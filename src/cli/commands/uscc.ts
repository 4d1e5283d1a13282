import { checkUscc } from '../../domain/uscc/index.ts';
import { actorName } from '../../server/context.ts';
import { appendAudit } from '../../server/features/audit/service.ts';
import { issueCode } from '../../server/features/uscc/service.ts';
import { IssueUsccRequest } from '../../schemas/uscc.ts';
import { CliUsageError } from '../cli-error.ts';
import { printJson } from '../output.ts';
import { parseOptions, zodProblem } from '../parse-options.ts';
import { withDatabase } from '../with-database.ts';

/** `zimao uscc check CODE...`: one line per code, in input order (pure; no database). */
export function usccCheck(args: string[]): number {
  if (args.length === 0) throw new CliUsageError('uscc check: give at least one CODE, e.g. zimao uscc check 91500000202897821P');
  for (const code of args) {
    const r = checkUscc(code);
    printJson({ code: r.code, valid: r.valid, checkChar: r.checkChar, authority: r.authority, entityType: r.entityType, division: r.division, reason: r.reason });
  }
  return 0;
}

/** `zimao uscc issue --authority 9 --entity-type 1 --division 500112`: the next code, recorded and audited. */
export async function usccIssue(args: string[]): Promise<number> {
  const opts = parseOptions('uscc issue', args, { authority: 'string', 'entity-type': 'string', division: 'string' });
  const parsed = IssueUsccRequest.safeParse({ authority: opts.authority, entityType: opts['entity-type'], division: opts.division });
  if (!parsed.success) throw new CliUsageError(`uscc issue: ${zodProblem(parsed.error, { entityType: '--entity-type', authority: '--authority', division: '--division' })}`);
  const actor = { kind: 'system', name: 'cli' } as const;
  const issued = await withDatabase((ctx) =>
    ctx.db.transaction().execute(async (tx) => {
      const result = await issueCode(tx, actorName(actor), parsed.data);
      await appendAudit(tx, { actor: actorName(actor), action: 'uscc.issue', subject: `uscc:${result.code}`, request: { ...parsed.data }, result: { code: result.code } }, ctx.now());
      return result;
    }),
  );
  printJson(issued);
  return 0;
}
