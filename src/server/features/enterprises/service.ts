import { recordScope, scopeAllows } from '../../../domain/access/record-scope.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { EnterpriseListResponse, EnterpriseView } from '../../../schemas/enterprises.ts';
import type { AccountActor } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { recordRegisteredName } from '../names/service.ts';
import * as repo from './repository.ts';

function toView(row: NonNullable<Awaited<ReturnType<typeof repo.findEnterprise>>>): EnterpriseView {
  return {
    uscc: row.uscc,
    name: row.name,
    areaCode: row.area_code,
    districtCode: row.district_code,
    industryCode: row.industry_code,
    status: row.status,
    establishedOn: row.established_on,
  };
}

/**
 * Enterprises the actor may see. An area officer asking for another area is refused (403) before
 * anything is read, rather than shown an empty list that would hide the refusal.
 */
export async function listEnterprises(db: DbOrTx, actor: AccountActor, query: { areaCode?: string | undefined; limit: number; offset: number }): Promise<EnterpriseListResponse> {
  const scope = recordScope(actor.account);
  if (scope.kind === 'area' && query.areaCode && query.areaCode !== scope.areaCode) {
    throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you may read area ${scope.areaCode} only` });
  }
  const { items, total } = await repo.listEnterprises(db, scope, query);
  return { items: items.map(toView), total };
}

/** One enterprise, or NOT_FOUND; FORBIDDEN when it lies outside the actor's scope (its data is not read). */
export async function getEnterprise(db: DbOrTx, actor: AccountActor, uscc: string): Promise<EnterpriseView> {
  const keys = await repo.findEnterpriseKeys(db, uscc.toUpperCase());
  if (!keys) throw new AppError('NOT_FOUND', { field: 'uscc', message: `no enterprise ${uscc}` });
  if (!scopeAllows(recordScope(actor.account), { areaCode: keys.area_code, ownerId: keys.owner_account_id })) {
    throw new AppError('FORBIDDEN', { field: 'uscc', message: 'this enterprise lies outside your area' });
  }
  const row = await repo.findEnterprise(db, uscc.toUpperCase());
  if (!row) throw new AppError('NOT_FOUND', { field: 'uscc' });
  return toView(row);
}

/**
 * Puts an entity on the register, and its name on the name register so later names are checked against it
 * (used by the demo seed until establishment, issue 6, lands).
 */
export async function addEnterprise(
  db: DbOrTx,
  input: { uscc: string; name: string; areaCode: string; districtCode: string; industryCode: string; establishedOn: string; ownerAccountId: number | null },
): Promise<void> {
  await repo.insertEnterprise(db, {
    uscc: input.uscc,
    name: input.name,
    area_code: input.areaCode,
    district_code: input.districtCode,
    industry_code: input.industryCode,
    status: 'registered',
    established_on: input.establishedOn,
    owner_account_id: input.ownerAccountId,
  });
  await recordRegisteredName(db, { name: input.name, uscc: input.uscc, since: input.establishedOn, accountId: input.ownerAccountId });
}

/**
 * The public particulars of one enterprise — credit code, name, registration status — as the national enterprise
 * credit publicity system shows them to anyone; null when the code is not on the register. No scope applies: the
 * public licence verification (issue 6) reads it.
 */
export async function publicEnterpriseStatus(db: DbOrTx, uscc: string): Promise<{ uscc: string; name: string; status: string } | null> {
  const row = await repo.findEnterprise(db, uscc.toUpperCase());
  return row ? { uscc: row.uscc, name: row.name, status: row.status } : null;
}
