import type { RecordScope } from '../../../domain/access/record-scope.ts';
import type { DbOrTx } from '../../db/database.ts';
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
  let q = db.selectFrom('enterprises').where('status', '<>', 'deregistered');
  if (scope.kind === 'area') q = q.where('area_code', '=', scope.areaCode);
  if (scope.kind === 'owner') q = q.where('owner_account_id', '=', scope.accountId);
  if (filter.areaCode) q = q.where('area_code', '=', filter.areaCode);
  const capital = sql<string | null>`CASE WHEN jsonb_typeof(particulars -> 'registeredCapitalYuan') = 'number' THEN (particulars ->> 'registeredCapitalYuan')::numeric END`;
  const rows = await q
    .select((eb) => ['area_code', 'industry_code', eb.fn.countAll<number>().as('enterprises'), eb.fn.count<number>(capital).as('capital_known'), eb.fn.sum<string | null>(capital).as('capital')])
    .groupBy(['area_code', 'industry_code'])
    .orderBy('area_code')
    .orderBy('industry_code')
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, industryCode: r.industry_code, enterprises: Number(r.enterprises), capitalKnown: Number(r.capital_known), registeredCapitalYuan: Number(r.capital ?? 0) }));
}

/**
 * Enterprises established per area, month and GB/T 4754 class: how many, how many with a foreign investor on file,
 * and their registered capital in yuan where zimao registered them (demo and earlier entities carry no particulars).
 */
export async function registrationsByMonth(db: DbOrTx) {
  const month = sql<string>`to_char(established_on, 'YYYY-MM')`;
  const rows = await db
    .selectFrom('enterprises')
    .select((eb) => [
      'area_code',
      'industry_code',
      month.as('month'),
      eb.fn.countAll<number>().as('established'),
      sql<number>`count(*) FILTER (WHERE jsonb_typeof(particulars -> 'foreignInvestment') = 'object')`.as('foreign_invested'),
      sql<string | null>`sum((particulars ->> 'registeredCapitalYuan')::numeric)`.as('capital_yuan'),
    ])
    .groupBy(['area_code', 'industry_code', month])
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, industryCode: r.industry_code, month: r.month, established: Number(r.established), foreignInvested: Number(r.foreign_invested), capitalYuan: r.capital_yuan === null ? 0 : Number(r.capital_yuan) }));
}
