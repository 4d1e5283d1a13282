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
