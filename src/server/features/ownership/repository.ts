import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';

export interface PartyInput {
  kind: 'person' | 'entity';
  key: string;
  name: string;
  nationality: string;
}

/** Ends every holding of the entity keyed `key` still in force, on `day`. */
export function endHoldingsOf(tx: Tx, key: string, day: string) {
  return sql`UPDATE holdings h SET valid_to = ${day}::date FROM parties p WHERE p.key = ${key} AND h.subject_id = p.id AND h.valid_to IS NULL`.execute(tx);
}

/**
 * In one statement (it runs in every registration): the subject and its holders as parties, added or renamed; the
 * subject's holdings stated by the register ended on `day` (the day is no longer theirs, BO-25); the new ones from
 * `day`. The holders come as arrays, so the statement's text is the same for any number of them; a holder named
 * twice is one holder with the shares added, and the subject among its own holders is the subject's one party.
 */
export async function replaceRegisterHoldings(tx: Tx, subject: { key: string; name: string }, holders: readonly (PartyInput & { share: number })[], day: string): Promise<void> {
  const column = <K extends keyof (typeof holders)[number]>(k: K) => holders.map((h) => h[k]);
  await sql`
    WITH input AS (
      SELECT kind, key, max(name) AS name, max(nationality) AS nationality, least(sum(share), 1) AS share
      FROM unnest(${column('kind')}::text[], ${column('key')}::text[], ${column('name')}::text[], ${column('nationality')}::text[], ${column('share')}::float8[])
        AS i(kind, key, name, nationality, share)
      GROUP BY kind, key
    ), subject AS (
      INSERT INTO parties (kind, key, name, nationality) VALUES ('entity', ${subject.key}, ${subject.name}, 'CN')
      ON CONFLICT (key) DO UPDATE SET name = excluded.name RETURNING id
    ), holders AS (
      -- In key order: two registrations naming the same investors then lock their parties in the same order, and one
      -- waits for the other instead of each waiting for the other (a deadlock seen with concurrent establishments).
      INSERT INTO parties (kind, key, name, nationality) SELECT kind, key, name, nationality FROM input WHERE key <> ${subject.key} ORDER BY key
      ON CONFLICT (key) DO UPDATE SET name = excluded.name, nationality = excluded.nationality RETURNING id, key
    ), every_party AS (
      SELECT id, key FROM holders UNION ALL SELECT id, ${subject.key} FROM subject
    ), ended AS (
      UPDATE holdings h SET valid_to = ${day}::date FROM subject
      WHERE h.subject_id = subject.id AND h.source = 'register' AND h.valid_to IS NULL RETURNING h.id
    )
    INSERT INTO holdings (subject_id, holder_id, holder_kind, share_min, share_max, valid_from, source)
    SELECT subject.id, p.id, input.kind, input.share, input.share, ${day}::date, 'register'
    FROM input JOIN every_party p ON p.key = input.key CROSS JOIN subject`.execute(tx);
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
 * Every holding in force on `asOf` of the subject (by its party key) and, through entity holders, of everything above it: the subgraph one
 * company's owners are computed from. `UNION` (not `UNION ALL`) drops a subject met again, so a cycle ends the walk.
 * At most `limit` rows are read; the caller refuses a larger graph rather than answer from part of it.
 */
export async function upstreamHoldings(db: DbOrTx, subjectKey: string, asOf: string, limit: number): Promise<UpstreamRow[]> {
  const { rows } = await sql<UpstreamRow>`
    WITH RECURSIVE up(subject_id) AS (
      SELECT id FROM parties WHERE key = ${subjectKey}
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
