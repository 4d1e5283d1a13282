import { sql } from 'kysely';
// Negative-list editions in the database: append-only rows, the latest revision of each code in use.
import type { DbOrTx, Tx } from '../../db/database.ts';

export interface EditionRow {
  id: number;
  code: string;
  revision: number;
  content: Record<string, unknown>;
  checksum: string;
  origin: 'bundled' | 'loaded';
  loadedBy: string;
  loadedAt: Date;
}

function toRow(r: { id: number; code: string; revision: number; content: Record<string, unknown>; checksum: string; origin: 'bundled' | 'loaded'; loaded_by: string; loaded_at: Date }): EditionRow {
  return { id: r.id, code: r.code, revision: r.revision, content: r.content, checksum: r.checksum, origin: r.origin, loadedBy: r.loaded_by, loadedAt: r.loaded_at };
}

/** The latest revision of every edition code, in order of entry into force. */
export async function listLatestEditions(db: DbOrTx): Promise<EditionRow[]> {
  const rows = await db
    .selectFrom('negative_list_editions as e')
    .selectAll('e')
    .where(({ eb, selectFrom }) =>
      eb('e.revision', '=', selectFrom('negative_list_editions as l').select((x) => x.fn.max('l.revision').as('r')).whereRef('l.code', '=', 'e.code')),
    )
    .orderBy('e.effective_from')
    .orderBy('e.code')
    .execute();
  return rows.map(toRow);
}

/** The latest revision of one code, or undefined. */
export async function findLatestEdition(db: DbOrTx, code: string): Promise<EditionRow | undefined> {
  const row = await db.selectFrom('negative_list_editions').selectAll().where('code', '=', code).orderBy('revision', 'desc').limit(1).executeTakeFirst();
  return row && toRow(row);
}

/**
 * A stamp that changes whenever an edition is added (rows are never changed): their count and a digest of
 * their checksums, so two databases with different editions never share a stamp.
 */
export async function editionsStamp(db: DbOrTx): Promise<string> {
  const row = await db
    .selectFrom('negative_list_editions')
    .select([sql<string>`count(*)::text`.as('n'), sql<string>`md5(coalesce(string_agg(checksum, ',' ORDER BY id), ''))`.as('digest')])
    .executeTakeFirstOrThrow();
  return `${row.n}:${row.digest}`;
}

export interface NewEdition {
  code: string;
  revision: number;
  titleZh: string;
  titleEn: string;
  instrument: string;
  issuedOn: string;
  effectiveFrom: string;
  measureCount: number;
  reconstructed: boolean;
  content: unknown;
  checksum: string;
  origin: 'bundled' | 'loaded';
  loadedBy: string;
  loadedAt: Date;
}

export async function insertEdition(tx: Tx, e: NewEdition): Promise<number> {
  const row = await tx
    .insertInto('negative_list_editions')
    .values({
      code: e.code, revision: e.revision, title_zh: e.titleZh, title_en: e.titleEn, instrument: e.instrument, issued_on: e.issuedOn,
      effective_from: e.effectiveFrom, measure_count: e.measureCount, reconstructed: e.reconstructed, content: JSON.stringify(e.content),
      checksum: e.checksum, origin: e.origin, loaded_by: e.loadedBy, loaded_at: e.loadedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
