import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';

export interface PartyInput {
  kind: 'person' | 'entity';
  key: string;
  name: string;
  nationality: string;
}

/** The parties' ids, each added if new, its name and nationality as now filed. `parties` must not repeat a key. */
export async function upsertParties(tx: Tx, parties: readonly PartyInput[]): Promise<Map<string, number>> {
  const rows = await tx
    .insertInto('parties')
    .values(parties.map((p) => ({ kind: p.kind, key: p.key, name: p.name, nationality: p.nationality })))
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), nationality: eb.ref('excluded.nationality') })))
    .returning(['id', 'key'])
    .execute();
  return new Map(rows.map((r) => [r.key, r.id]));
}

export function findPartyId(db: DbOrTx, key: string) {
  return db.selectFrom('parties').select('id').where('key', '=', key).executeTakeFirst();
}

/** Ends the subject's current holdings of `source` on `day` (the day is no longer theirs, BO-25). */
export function endHoldings(tx: Tx, subjectId: number, day: string, source: 'register') {
  return tx.updateTable('holdings').set({ valid_to: day }).where('subject_id', '=', subjectId).where('source', '=', source).where('valid_to', 'is', null).execute();
}

export function insertHoldings(tx: Tx, rows: readonly { subjectId: number; holderId: number; holderKind: 'person' | 'entity'; shareMin: number; shareMax: number; validFrom: string; source: 'register' }[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return tx
    .insertInto('holdings')
    .values(rows.map((r) => ({ subject_id: r.subjectId, holder_id: r.holderId, holder_kind: r.holderKind, share_min: r.shareMin, share_max: r.shareMax, valid_from: r.validFrom, source: r.source })))
    .execute();
}

export interface UpstreamRow {
  subject_id: number;
  subject_key: string;
  subject_name: string;
  holder_id: number;
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
export async function upstreamHoldings(db: DbOrTx, subjectId: number, asOf: string, limit: number): Promise<UpstreamRow[]> {
  const { rows } = await sql<UpstreamRow>`
    WITH RECURSIVE up(subject_id) AS (
      SELECT ${subjectId}::integer
      UNION
      SELECT h.holder_id FROM holdings h JOIN up ON h.subject_id = up.subject_id
      WHERE h.holder_kind = 'entity' AND h.valid_from <= ${asOf}::date AND (h.valid_to IS NULL OR h.valid_to > ${asOf}::date)
    )
    SELECT h.subject_id, s.key AS subject_key, s.name AS subject_name, h.holder_id, h.holder_kind, p.key AS holder_key, p.name AS holder_name,
           p.nationality AS holder_nationality, h.share_min, h.share_max
    FROM holdings h JOIN up ON h.subject_id = up.subject_id JOIN parties s ON s.id = h.subject_id JOIN parties p ON p.id = h.holder_id
    WHERE h.valid_from <= ${asOf}::date AND (h.valid_to IS NULL OR h.valid_to > ${asOf}::date)
    ORDER BY h.subject_id, h.id
    LIMIT ${limit}`.execute(db);
  return rows;
}

export type GraphRow = { id: string; subject_id: number; holder_id: number; holder_kind: 'person' | 'entity'; share_min: number; share_max: number };

/** One page of the holdings in force on `asOf`, in id order after `afterId`: the whole graph is read page by page. */
export function holdingsPage(db: DbOrTx, asOf: string, afterId: string, size: number): Promise<GraphRow[]> {
  return db
    .selectFrom('holdings')
    .select(['id', 'subject_id', 'holder_id', 'holder_kind', 'share_min', 'share_max'])
    .where('id', '>', afterId as never)
    .where('valid_from', '<=', asOf)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', asOf)]))
    .orderBy('id')
    .limit(size)
    .execute();
}

/** The people and entities behind party ids, for an answer that names them. */
export function partiesByIds(db: DbOrTx, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('parties').select(['id', 'kind', 'key', 'name', 'nationality']).where('id', '=', sql<number>`any(${[...ids]}::integer[])`).execute();
}
