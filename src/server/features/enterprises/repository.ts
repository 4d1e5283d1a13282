import type { RecordScope } from '../../../domain/access/record-scope.ts';
import type { DbOrTx } from '../../db/database.ts';
import { compiledOnce } from '../../db/compiled-once.ts';
import { PLAN_PER_CALL } from '../../db/prepared-statements.ts';
import { sql, type Insertable, type Updateable } from 'kysely';
import type { EnterprisesTable, EnterpriseRegisterEntriesTable } from '../../db/tables.ts';

/** Enterprises within a record scope; the scope is applied in SQL so nothing outside it is read. */
export async function listEnterprises(db: DbOrTx, scope: RecordScope, filter: { areaCode?: string | undefined; limit: number; offset: number }) {
  let q = db.selectFrom('enterprises');
  if (scope.kind === 'area') q = q.where('area_code', '=', scope.areaCode);
  if (scope.kind === 'owner') q = q.where('owner_account_id', '=', scope.accountId);
  if (filter.areaCode) q = q.where('area_code', '=', filter.areaCode);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await q.selectAll().orderBy('established_on', 'desc').orderBy('uscc').limit(filter.limit).offset(filter.offset).execute();
  return { items, total: Number(total.n) };
}

/** Only the area and owner of an enterprise: enough to decide access before reading the record. */
export function findEnterpriseKeys(db: DbOrTx, uscc: string) {
  return db.selectFrom('enterprises').select(['area_code', 'owner_account_id']).where('uscc', '=', uscc).executeTakeFirst();
}

export function findEnterprise(db: DbOrTx, uscc: string) {
  return db.selectFrom('enterprises').selectAll().where('uscc', '=', uscc).executeTakeFirst();
}

export function lockEnterprise(db: DbOrTx, uscc: string) {
  return db.selectFrom('enterprises').select('uscc').where('uscc', '=', uscc).forUpdate().executeTakeFirst();
}

export function updateParticulars(db: DbOrTx, uscc: string, set: Pick<Updateable<EnterprisesTable>, 'name' | 'area_code' | 'district_code' | 'industry_code' | 'particulars'>) {
  return db.updateTable('enterprises').set(set).where('uscc', '=', uscc).execute();
}

export function insertEnterprise(db: DbOrTx, row: Insertable<EnterprisesTable>) {
  return db.insertInto('enterprises').values(row).onConflict((oc) => oc.column('uscc').doNothing()).execute();
}

type NewEnterprise = Insertable<EnterprisesTable> & { particulars: string | null };
type FirstEntry = { kind: string; summary: string; recorded_by: string };

// Built and compiled once (issue 8): every registration on the spot runs it.
const insertWithEntryOnce = compiledOnce((db, v: NewEnterprise & FirstEntry) =>
  db
    .with('e', (q) =>
      q
        .insertInto('enterprises')
        .values({
          uscc: v.uscc,
          name: v.name,
          area_code: v.area_code,
          district_code: v.district_code,
          industry_code: v.industry_code,
          status: v.status,
          established_on: v.established_on,
          owner_account_id: v.owner_account_id,
          particulars: v.particulars,
        })
        .onConflict((oc) => oc.column('uscc').doNothing())
        .returning('uscc'),
    )
    .insertInto('enterprise_register_entries')
    .columns(['uscc', 'kind', 'summary', 'recorded_by'])
    .expression((eb) => eb.selectFrom('e').select((s) => ['e.uscc', s.val(v.kind).as('kind'), sql<string>`${v.summary}::jsonb`.as('summary'), s.val(v.recorded_by).as('recorded_by')])),
);

/** A new enterprise and its first register entry in one statement (a data-modifying WITH; one round trip, issue 8). */
export async function insertEnterpriseWithEntry(db: DbOrTx, row: NewEnterprise, entry: FirstEntry): Promise<void> {
  await insertWithEntryOnce(db, { ...row, ...entry });
}

export function insertRegisterEntry(db: DbOrTx, row: Insertable<EnterpriseRegisterEntriesTable>) {
  return db.insertInto('enterprise_register_entries').values(row).execute();
}

export function listRegisterEntries(db: DbOrTx, uscc: string) {
  return db.selectFrom('enterprise_register_entries').selectAll().where('uscc', '=', uscc).orderBy('id').execute();
}

/** Enterprises whose registered particulars list `uscc` as an investor's identity number. */
export function findInvestedBy(db: DbOrTx, uscc: string) {
  return db
    .selectFrom('enterprises')
    .select(['uscc', 'name'])
    .where(sql<boolean>`particulars -> 'investors' @> ${JSON.stringify([{ idNumber: uscc }])}::jsonb`)
    .execute();
}

export function updateStatus(db: DbOrTx, uscc: string, status: string) {
  return db.updateTable('enterprises').set({ status }).where('uscc', '=', uscc).execute();
}

/**
 * Enterprises on the register (not deregistered) within a record scope, counted per area and industry code, with the
 * sum of the registered capital of those whose particulars hold one (the demo's and older entries have none).
 */
export async function countByAreaAndIndustry(db: DbOrTx, scope: RecordScope, filter: { areaCode?: string | undefined }) {
  // An owner's own enterprises are few: counted from the register. Everyone else reads the rollup the triggers of
  // migration 0022 keep current, so the figure costs the same over 3.5 million enterprises as over 30.
  if (scope.kind === 'owner') return countOwnByAreaAndIndustry(db, scope.accountId, filter);
  let q = db.selectFrom('enterprise_stock_totals').where('status', '<>', 'deregistered');
  if (scope.kind === 'area') q = q.where('area_code', '=', scope.areaCode);
  if (filter.areaCode) q = q.where('area_code', '=', filter.areaCode);
  const rows = await q
    .select((eb) => ['area_code', 'industry_code', eb.fn.sum<string>('enterprises').as('enterprises'), eb.fn.sum<string>('capital_known').as('capital_known'), eb.fn.sum<string>('capital_yuan').as('capital')])
    .groupBy(['area_code', 'industry_code'])
    .having((eb) => eb.fn.sum('enterprises'), '>', 0)
    .orderBy('area_code')
    .orderBy('industry_code')
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, industryCode: r.industry_code, enterprises: Number(r.enterprises), capitalKnown: Number(r.capital_known), registeredCapitalYuan: Number(r.capital) }));
}

async function countOwnByAreaAndIndustry(db: DbOrTx, accountId: number, filter: { areaCode?: string | undefined }) {
  let q = db.selectFrom('enterprises').where('status', '<>', 'deregistered').where('owner_account_id', '=', accountId);
  if (filter.areaCode) q = q.where('area_code', '=', filter.areaCode);
  const capital = sql<string | null>`enterprise_rollup_capital(particulars)`;
  const rows = await q
    .select((eb) => ['area_code', 'industry_code', eb.fn.countAll<number>().as('enterprises'), eb.fn.count<number>(capital).as('capital_known'), eb.fn.sum<string | null>(capital).as('capital')])
    .groupBy(['area_code', 'industry_code'])
    .orderBy('area_code')
    .orderBy('industry_code')
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, industryCode: r.industry_code, enterprises: Number(r.enterprises), capitalKnown: Number(r.capital_known), registeredCapitalYuan: Number(r.capital ?? 0) }));
}

/**
 * Enterprises by area, GB/T 4754 section and status, from the rollup and its unfolded deltas (a few hundred rows however
 * large the register). Summed straight to sections, not through the view's totals per class: one grouping of ~9,000
 * rows into ~160, where the view's grouping by class first took five times as long (issue 8: the dashboards' p95).
 */
export async function stockByAreaSectionStatus(db: DbOrTx, areaCode: string | null) {
  const columns = ['area_code', 'section', 'status', 'enterprises', 'foreign_invested', 'capital_known', 'capital_yuan'] as const;
  const both = db.selectFrom('enterprise_stock_rollup').select(columns).unionAll(db.selectFrom('enterprise_stock_deltas').select(columns));
  let q = db.selectFrom(both.as('u'));
  if (areaCode) q = q.where('area_code', '=', areaCode);
  const rows = await q
    .select((eb) => [
      'area_code', 'section', 'status', eb.fn.sum<string>('enterprises').as('enterprises'), eb.fn.sum<string>('foreign_invested').as('foreign_invested'),
      eb.fn.sum<string>('capital_known').as('capital_known'), eb.fn.sum<string>('capital_yuan').as('capital_yuan'),
    ])
    .groupBy(['area_code', 'section', 'status'])
    .having((eb) => eb.fn.sum('enterprises'), '<>', 0)
    .orderBy('area_code').orderBy('section').orderBy('status')
    .execute();
  return rows.map((r) => ({
    areaCode: r.area_code, section: r.section, status: r.status, enterprises: Number(r.enterprises),
    foreignInvested: Number(r.foreign_invested), capitalKnown: Number(r.capital_known), registeredCapitalYuan: Number(r.capital_yuan),
  }));
}

/**
 * Enterprises established per area, month and GB/T 4754 class: how many, how many with a foreign investor on file,
 * and their registered capital in yuan where zimao registered them (demo and earlier entities carry no particulars).
 */
export async function registrationsByMonth(db: DbOrTx) {
  const rows = await db.selectFrom('enterprise_month_totals').selectAll().where('established', '>', sql<string>`0`).execute();
  return rows.map((r) => ({ areaCode: r.area_code, industryCode: r.industry_code, month: r.month, established: Number(r.established), foreignInvested: Number(r.foreign_invested), capitalYuan: Number(r.capital_yuan) }));
}

/** The same, summed over the classes: per area and month, of one year when given ('YYYY-MM' months sort as text). */
export async function registrationsByAreaMonth(db: DbOrTx, year?: number) {
  let q = db
    .selectFrom('enterprise_month_totals')
    .select((eb) => ['area_code', 'month', eb.fn.sum<string>('established').as('established'), eb.fn.sum<string>('foreign_invested').as('foreign_invested'), eb.fn.sum<string>('capital_yuan').as('capital_yuan')])
    .where('established', '>', sql<string>`0`);
  if (year !== undefined) q = q.where('month', '>=', `${year}-01`).where('month', '<=', `${year}-12`);
  const rows = await q.groupBy(['area_code', 'month']).execute();
  return rows.map((r) => ({ areaCode: r.area_code, month: r.month, established: Number(r.established), foreignInvested: Number(r.foreign_invested), capitalYuan: Number(r.capital_yuan) }));
}

/** Moves the rollups' deltas into their totals (enterprise_rollup_fold, migration 0022); returns how many stock deltas. */
export async function foldRollups(db: DbOrTx): Promise<number> {
  const r = await sql<{ moved: string }>`SELECT enterprise_rollup_fold() AS moved`.execute(db);
  return Number(r.rows[0]?.moved ?? 0);
}

/** The public facts of an enterprise, as the public search and the open-data snapshot read them (no persons). */
export interface PublicRow {
  uscc: string;
  name: string;
  status: string;
  entity_type: string | null;
  capital: string | number | null;
  funds: string | number | null;
  established_on: string;
  area_code: string;
  district_code: string;
  industry_code: string;
}

const PUBLIC_COLUMNS = sql`uscc, name, status, particulars ->> 'entityType' AS entity_type,
  CASE WHEN jsonb_typeof(particulars -> 'registeredCapitalYuan') = 'number' THEN (particulars ->> 'registeredCapitalYuan')::numeric END AS capital,
  CASE WHEN jsonb_typeof(particulars -> 'fundsYuan') = 'number' THEN (particulars ->> 'fundsYuan')::numeric END AS funds,
  established_on, area_code, district_code, industry_code`;

/**
 * Up to `limit` enterprises after the first `offset` whose names hold every two-character pair of `fragment` (case
 * aside), in no particular order: the candidates, which the caller confirms hold the fragment itself (the pairs of
 * 云启航 are in 云启启航 too). The pair index of migration 0026 finds them. No LIKE here: the planner cannot estimate
 * one and, expecting few rows, would read the index for a fragment half the register holds, where a scan stops at the
 * limit at once. The statement is planned for each call (PLAN_PER_CALL): the fragment's pairs decide between the two.
 */
export async function findByNamePairs(db: DbOrTx, fragment: string, page: { limit: number; offset: number }): Promise<PublicRow[]> {
  const { rows } = await sql<PublicRow>`${sql.raw(PLAN_PER_CALL)} SELECT ${PUBLIC_COLUMNS} FROM enterprises
    WHERE enterprise_name_pairs(name) @> enterprise_name_pairs(${fragment})
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  return rows;
}

/** The enterprise with this credit code, if any, for the public search. */
export async function findPublicByCode(db: DbOrTx, uscc: string): Promise<PublicRow[]> {
  const { rows } = await sql<PublicRow>`SELECT ${PUBLIC_COLUMNS} FROM enterprises WHERE uscc = ${uscc}`.execute(db);
  return rows;
}

/** Up to `limit` enterprises after credit code `after` in code order: one page of the open-data snapshot. */
export async function publicPageAfter(db: DbOrTx, after: string, limit: number): Promise<PublicRow[]> {
  const { rows } = await sql<PublicRow>`SELECT ${PUBLIC_COLUMNS} FROM enterprises WHERE uscc > ${after} ORDER BY uscc LIMIT ${limit}`.execute(db);
  return rows;
}
