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

/** The number the block hands out next (no number taken): for reports and tests. */
export async function nextSequenceOf(db: DbOrTx, block = DEFAULT_BLOCK): Promise<number | undefined> {
  return repo.peekNextSequence(db, block);
}

/**
 * Generates the next credit code for a new entity: the next organisation body of the block (taken
 * under a row lock), then both check characters. The code is recorded so it is never issued twice.
 */
export async function issueCode(tx: Tx, issuedBy: string, input: IssueUsccRequest, block = DEFAULT_BLOCK): Promise<IssueUsccResponse> {
  const taken = await takeCode(tx, issuedBy, input, block);
  await taken.record(tx);
  return taken.code;
}

/** A code taken from its block, not yet recorded as issued: `record` must run in the same transaction. */
export interface TakenCode {
  code: IssueUsccResponse;
  record(tx: Tx): Promise<void>;
}

/**
 * The first half of issueCode, so that a registration can record the code together with the rows that carry it
 * (issue 8: one round trip fewer). The number is taken either way; a transaction that rolls back leaves a gap.
 */
export async function takeCode(tx: Tx, issuedBy: string, input: IssueUsccRequest, block = DEFAULT_BLOCK): Promise<TakenCode> {
  const authority = input.authority.toUpperCase();
  const entityType = input.entityType.toUpperCase();
  const build = (sequence: number) => {
    try {
      return buildUscc({ authority, entityType, division: input.division, orgBody: orgBodyForSequence(block, sequence) });
    } catch (error) {
      if (error instanceof UsccInputError) throw new AppError('INVALID_REQUEST', { field: error.field, message: error.message });
      throw error;
    }
  };
  build(0); // the input is checked before a number is taken, so a refused request uses none
  const taken = await repo.takeNextSequence(tx, block);
  if (!taken) throw new AppError('NOT_FOUND', { field: 'block', message: `no code block ${block}` });
  const sequence = taken.sequence;
  if (sequence >= orgBodyBlockSize(block)) throw new AppError('CODE_BLOCK_EXHAUSTED', { details: { block } });
  const code = build(sequence);
  const orgCode = `${code.slice(8, 16)}-${code.slice(16, 17)}`;
  return {
    code: { code, orgCode, sequence, block },
    record: (t) => repo.insertIssued(t, { code, org_code: orgCode, authority, entity_type: entityType, division: input.division, block, sequence, issued_by: issuedBy }).then(() => undefined),
  };
}
