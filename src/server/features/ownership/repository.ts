import { sql } from 'kysely';
import type { DirectHolding } from '../../../domain/ownership/index.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';

/** Ends the subject's current holdings of `source` on `day` (the day is no longer theirs, BO-25). */
export function endHoldings(tx: Tx, subjectKey: string, day: string, source: 'register') {
  return tx.updateTable('holdings').set({ valid_to: day }).where('subject_key', '=', subjectKey).where('source', '=', source).where('valid_to', 'is', null).execute();
}

export function insertHoldings(tx: Tx, subjectKey: string, day: string, source: 'register', holdings: readonly DirectHolding[]) {
  if (holdings.length === 0) return Promise.resolve([]);
  return tx
    .insertInto('holdings')
    .values(
      holdings.map((h) => ({
        subject_key: subjectKey,
        holder_kind: h.holderKind,
        holder_key: h.holderKey,
        holder_name: h.holderName,
        holder_nationality: h.holderNationality,
        share_min: h.shareMin,
        share_max: h.shareMax,
        valid_from: day,
        source,
      })),
    )
    .execute();
}

export interface HoldingRow {
  subject_key: string;
  holder_kind: 'person' | 'entity';
  holder_key: string;
  holder_name: string;
  holder_nationality: string;
  share_min: number;
  share_max: number;
}

/**
 * Every holding in force on `asOf` of the subject and, through entity holders, of everything above it: the subgraph one
 * company's owners are computed from. `UNION` (not `UNION ALL`) drops a subject met again, so a cycle ends the walk.
 * At most `limit` rows are read; the caller refuses a larger graph rather than answer from part of it.
 */
export async function upstreamHoldings(db: DbOrTx, subjectKey: string, asOf: string, limit: number): Promise<HoldingRow[]> {
  const { rows } = await sql<HoldingRow>`
    WITH RECURSIVE up(subject_key) AS (
      SELECT ${subjectKey}::text
      UNION
      SELECT h.holder_key FROM holdings h JOIN up ON h.subject_key = up.subject_key
      WHERE h.holder_kind = 'entity' AND h.valid_from <= ${asOf}::date AND (h.valid_to IS NULL OR h.valid_to > ${asOf}::date)
    )
    SELECT h.subject_key, h.holder_kind, h.holder_key, h.holder_name, h.holder_nationality, h.share_min, h.share_max
    FROM holdings h JOIN up ON h.subject_key = up.subject_key
    WHERE h.valid_from <= ${asOf}::date AND (h.valid_to IS NULL OR h.valid_to > ${asOf}::date)
    ORDER BY h.subject_key, h.id
    LIMIT ${limit}`.execute(db);
  return rows;
}

export type GraphRow = Pick<HoldingRow, 'subject_key' | 'holder_kind' | 'holder_key' | 'share_min' | 'share_max'> & { id: string };

/** One page of the holdings in force on `asOf`, in id order after `afterId`: the whole graph is read page by page. */
export function holdingsPage(db: DbOrTx, asOf: string, afterId: string, size: number): Promise<GraphRow[]> {
  return db
    .selectFrom('holdings')
    .select(['id', 'subject_key', 'holder_kind', 'holder_key', 'share_min', 'share_max'])
    .where('id', '>', afterId as never)
    .where('valid_from', '<=', asOf)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', asOf)]))
    .orderBy('id')
    .limit(size)
    .execute() as Promise<GraphRow[]>;
}
