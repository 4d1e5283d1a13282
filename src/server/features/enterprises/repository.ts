import type { RecordScope } from '../../../domain/access/record-scope.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { Insertable } from 'kysely';
import type { EnterprisesTable } from '../../db/tables.ts';

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

export function insertEnterprise(db: DbOrTx, row: Insertable<EnterprisesTable>) {
  return db.insertInto('enterprises').values(row).onConflict((oc) => oc.column('uscc').doNothing()).execute();
}
