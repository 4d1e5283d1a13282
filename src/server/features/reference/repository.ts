import { sql } from 'kysely';
import { compiledOnce } from '../../db/compiled-once.ts';
import type { DbOrTx } from '../../db/database.ts';

export function listZoneUnits(db: DbOrTx) {
  return db.selectFrom('zone_units').selectAll().orderBy('sort_order').execute();
}

export function listZoneUnitDistricts(db: DbOrTx) {
  return db.selectFrom('zone_unit_districts').selectAll().orderBy('division_code').execute();
}

export function findZoneUnit(db: DbOrTx, code: string) {
  return db.selectFrom('zone_units').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listDivisions(db: DbOrTx) {
  return db.selectFrom('divisions').selectAll().orderBy('code').execute();
}

export function listDepartments(db: DbOrTx) {
  return db.selectFrom('departments').selectAll().orderBy('sort_order').execute();
}

// Registration names its authority by this read: built and compiled once (issue 8).
const findDepartmentOnce = compiledOnce((db, v: { code: string }) => db.selectFrom('departments').selectAll().where('code', '=', v.code));

export async function findDepartment(db: DbOrTx, code: string) {
  return (await findDepartmentOnce(db, { code })).rows[0];
}

export function findDataset(db: DbOrTx, name: string) {
  return db.selectFrom('reference_datasets').selectAll().where('name', '=', name).executeTakeFirst();
}

export function findIndustry(db: DbOrTx, code: string) {
  return db.selectFrom('industries').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listIndustryChildren(db: DbOrTx, code: string) {
  return db.selectFrom('industries').selectAll().where('parent_code', '=', code).orderBy('sort_order').execute();
}

export interface IndustryFilter {
  /** Lower-cased search text; matched against code prefix, Chinese, pinyin, initials and English. */
  text?: string | undefined;
  level?: string | undefined;
  parent?: string | undefined;
  limit: number;
  offset: number;
}

/** Industries matching a filter, best matches first (exact code, code prefix, then by hierarchy order). */
export async function searchIndustries(db: DbOrTx, filter: IndustryFilter) {
  let query = db.selectFrom('industries');
  if (filter.level) query = query.where('level', '=', filter.level);
  if (filter.parent) query = query.where('parent_code', '=', filter.parent);
  const text = filter.text;
  if (text) {
    // Every pattern escapes LIKE's wildcards, so `%` or `_` in the query is matched as text.
    const escape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
    const like = `%${escape(text)}%`;
    const compact = escape(text.replace(/\s+/g, ''));
    const compactLike = `%${compact}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql<string>`lower(code)`, 'like', `${compact}%`),
        eb('name_zh', 'like', like),
        eb('pinyin', 'like', compactLike),
        eb('pinyin_initials', 'like', `${compact}%`),
        eb(sql<string>`lower(name_en)`, 'like', like),
      ]),
    );
  }
  // One scan gives the page and the total (a window count), instead of a count query and a page query.
  // Without search text there is nothing to rank: hierarchy order alone. (A constant `ORDER BY 0`
  // would be read by PostgreSQL as a select-list position and fail.)
  let ordered = query.selectAll().select(sql<number>`count(*) over ()`.as('total'));
  if (text) {
    const prefix = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Exact code, then code prefix, then names beginning with the text, then names containing it.
    ordered = ordered.orderBy(
      sql<number>`CASE WHEN lower(code) = ${text} THEN 0 WHEN lower(code) LIKE ${prefix} THEN 1
        WHEN name_zh LIKE ${prefix} OR pinyin LIKE ${prefix} OR lower(name_en) LIKE ${prefix} THEN 2 ELSE 3 END`,
    );
  }
  const rows = await ordered.orderBy('sort_order').limit(filter.limit).offset(filter.offset).execute();
  const total = rows[0]
    ? Number(rows[0].total)
    : Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { items: rows.map(({ total: _total, ...row }) => row), total };
}

export function listIndustryTree(db: DbOrTx) {
  return db.selectFrom('industries').select(['code', 'parent_code']).execute();
}
