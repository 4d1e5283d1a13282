import { AppError } from '../../../domain/app-error.ts';
import { buildUscc, checkUscc, orgBodyBlockSize, orgBodyForSequence, UsccInputError } from '../../../domain/uscc/index.ts';
import type { IssueUsccRequest, IssueUsccResponse, UsccCheckResult } from '../../../schemas/uscc.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import * as repo from './repository.ts';

/** The block new codes come from; configurable per deployment when the code authority assigns another. */
export const DEFAULT_BLOCK = 'MA';

/** Checks codes (pure; no database). */
export function checkCodes(codes: string[]): UsccCheckResult[] {
  return codes.map((c) => checkUscc(c));
}

/**
 * Generates the next credit code for a new entity: the next organisation body of the block (taken
 * under a row lock), then both check characters. The code is recorded so it is never issued twice.
 */
/** The number the block hands out next (no number taken): for reports and tests. */
export async function nextSequenceOf(db: DbOrTx, block = DEFAULT_BLOCK): Promise<number | undefined> {
  return repo.peekNextSequence(db, block);
}

export async function issueCode(tx: Tx, issuedBy: string, input: IssueUsccRequest, block = DEFAULT_BLOCK): Promise<IssueUsccResponse> {
  try {
    // The input is checked before a number is taken, so a refused request uses none.
    buildUscc({ authority: input.authority.toUpperCase(), entityType: input.entityType.toUpperCase(), division: input.division, orgBody: orgBodyForSequence(block, 0) });
  } catch (error) {
    if (error instanceof UsccInputError) throw new AppError('INVALID_REQUEST', { field: error.field, message: error.message });
    throw error;
  }
  const taken = await repo.takeNextSequence(tx, block);
  if (!taken) throw new AppError('NOT_FOUND', { field: 'block', message: `no code block ${block}` });
  const sequence = taken.sequence;
  if (sequence >= orgBodyBlockSize(block)) throw new AppError('CODE_BLOCK_EXHAUSTED', { details: { block } });
  try {
    const orgBody = orgBodyForSequence(block, sequence);
    const code = buildUscc({ authority: input.authority.toUpperCase(), entityType: input.entityType.toUpperCase(), division: input.division, orgBody });
    const orgCode = `${code.slice(8, 16)}-${code.slice(16, 17)}`;
    await repo.insertIssued(tx, { code, org_code: orgCode, authority: input.authority.toUpperCase(), entity_type: input.entityType.toUpperCase(), division: input.division, block, sequence, issued_by: issuedBy });
    return { code, orgCode, sequence, block };
  } catch (error) {
    if (error instanceof UsccInputError) throw new AppError('INVALID_REQUEST', { field: error.field, message: error.message });
    throw error;
  }
}
