import { AppError } from '../../../domain/app-error.ts';
import { APPLICANT_DIRECTORY_LIMIT, type ApplicantEntry, type CreateAccountRequest, type StaffMember, type UpdateAccountRequest } from '../../../schemas/accounts.ts';
import { Role, type UserView } from '../../../schemas/auth.ts';
import type { AccountActor } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { hashPassword } from '../auth/passwords.ts';
import { deleteSessionsOfAccount } from '../auth/repository.ts';
import { assertAreaExists, assertDepartmentExists } from '../reference/service.ts';
import { toUserView } from './account-view.ts';
import * as repo from './repository.ts';

/** Department and area bindings that fit the role: a reviewer needs a department, an area officer an area, nobody else either. */
async function bindingsFor(
  db: DbOrTx,
  role: Role,
  departmentCode: string | null | undefined,
  areaCode: string | null | undefined,
): Promise<{ department_code: string | null; area_code: string | null }> {
  if (role === Role.DEPARTMENT_REVIEWER) {
    if (!departmentCode) throw new AppError('INVALID_REQUEST', { field: 'departmentCode', message: 'a department reviewer must be bound to a department' });
    await assertDepartmentExists(db, departmentCode, 'departmentCode');
  } else if (departmentCode) {
    throw new AppError('INVALID_REQUEST', { field: 'departmentCode', message: `only a department reviewer has a department, not a ${role}` });
  }
  if (role === Role.AREA_OFFICER) {
    if (!areaCode) throw new AppError('INVALID_REQUEST', { field: 'areaCode', message: 'an area officer must be bound to an area (LJ, XY or GYG)' });
    await assertAreaExists(db, areaCode, 'areaCode');
  } else if (areaCode) {
    throw new AppError('INVALID_REQUEST', { field: 'areaCode', message: `only an area officer has an area, not a ${role}` });
  }
  return { department_code: departmentCode ?? null, area_code: areaCode ?? null };
}

/**
 * Active officers, optionally of one role and department: whom a file or a task can be handed to. Read by role, not by
 * filtering every account (a zone has an applicant account per enterprise).
 */
export async function listStaff(db: DbOrTx, filter: { role?: string | undefined; departmentCode?: string | undefined }): Promise<StaffMember[]> {
  return (await repo.listActiveStaff(db, filter)).map(toUserView).map((a) => ({ id: a.id, displayName: a.displayName, role: a.role, departmentCode: a.departmentCode, areaCode: a.areaCode }));
}

/** 一窗受理: active applicant accounts a window officer may file for, matching `q` (name or username), at most 50. */
export async function listApplicants(db: DbOrTx, filter: { q?: string | undefined }): Promise<ApplicantEntry[]> {
  const rows = await repo.searchActiveApplicants(db, filter.q || undefined, APPLICANT_DIRECTORY_LIMIT);
  return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name }));
}

export async function listAccounts(db: DbOrTx): Promise<UserView[]> {
  return (await repo.listAccounts(db)).map(toUserView);
}

/**
 * The display names of these accounts, by id: what a page naming its people needs, without reading every account
 * (a zone has an applicant account per enterprise). Ids of no account are absent.
 */
export async function displayNames(db: DbOrTx, ids: Iterable<number>): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map((await repo.displayNamesOf(db, unique)).map((r) => [r.id, r.display_name]));
}

/**
 * Whose application it is: the applicant's own, or — when a window officer files at the counter (一窗受理) — the
 * active applicant account the officer names. An applicant naming another account is refused.
 */
export async function applicantOf(db: DbOrTx, actor: AccountActor, requested: number | undefined): Promise<number> {
  if (actor.account.role !== Role.WINDOW_OFFICER) {
    if (requested !== undefined && requested !== actor.account.id) throw new AppError('FORBIDDEN', { field: 'applicantId', message: 'an applicant files for itself' });
    return actor.account.id;
  }
  if (requested === undefined) throw new AppError('INVALID_REQUEST', { field: 'applicantId', message: 'a window officer files for an applicant: name the applicant account' });
  const applicant = await findAccount(db, requested);
  if (!applicant || applicant.role !== Role.APPLICANT || applicant.disabled) {
    throw new AppError('INVALID_REQUEST', { field: 'applicantId', message: `account ${requested} is not an active applicant` });
  }
  return applicant.id;
}

/** One account by id, or undefined. */
export async function findAccount(db: DbOrTx, id: number): Promise<UserView | undefined> {
  const row = await repo.findAccountById(db, id);
  return row ? toUserView(row) : undefined;
}

/**
 * For a feature that reads the people of a record in the record's own statement (issue 8: one round trip fewer): a
 * subquery of the display names of the accounts whose ids `ids` yields, as JSON pairs [[id, name], …]. Read it back
 * with `namesFromPairs`.
 */
export const displayNamesSubquery = repo.displayNamesSubquery;

/** The map displayNames answers, from the pairs displayNamesSubquery read. */
export function namesFromPairs(pairs: readonly (readonly [number, string])[] | null): Map<number, string> {
  return new Map((pairs ?? []).map(([id, name]) => [Number(id), name]));
}

/**
 * The query for an account's mail address (no rows when it has none or is disabled), for a caller to compose into
 * its own statement: a notification and its e-mail are then one round trip (issue 8).
 */
export function mailAddressQuery(db: DbOrTx, id: number) {
  return repo.mailAddressOf(db, id);
}

/** Creates an account; USERNAME_TAKEN when the name exists. */
export async function createAccount(db: DbOrTx, input: CreateAccountRequest): Promise<UserView> {
  const bindings = await bindingsFor(db, input.role, input.departmentCode, input.areaCode);
  const row = await repo.insertAccount(db, {
    username: input.username.toLowerCase(),
    display_name: input.displayName,
    role: input.role,
    ...bindings,
    email: input.email ?? null,
    password_hash: await hashPassword(input.password),
  });
  if (!row) throw new AppError('USERNAME_TAKEN', { field: 'username' });
  return toUserView(row);
}

/**
 * Changes an account. An administrator cannot disable or demote themselves (so the zone is never
 * left without one by accident). A new password or disabling ends the account's sessions.
 */
export async function updateAccount(db: DbOrTx, actor: AccountActor, id: number, input: UpdateAccountRequest, now: Date): Promise<UserView> {
  const current = await repo.findAccountById(db, id);
  if (!current) throw new AppError('NOT_FOUND', { field: 'id', message: `no account ${id}` });
  if (id === actor.account.id && (input.disabled === true || (input.role && input.role !== Role.ADMIN))) {
    throw new AppError('CONFLICT', { field: input.disabled ? 'disabled' : 'role', message: 'you cannot disable or demote your own account' });
  }
  const role = input.role ?? (current.role as Role);
  const roleChanged = input.role !== undefined && input.role !== current.role;
  const bindings = await bindingsFor(
    db,
    role,
    input.departmentCode !== undefined ? input.departmentCode : roleChanged ? null : current.department_code,
    input.areaCode !== undefined ? input.areaCode : roleChanged ? null : current.area_code,
  );
  const updated = await repo.updateAccount(
    db,
    id,
    {
      ...(input.displayName ? { display_name: input.displayName } : {}),
      ...(input.password ? { password_hash: await hashPassword(input.password) } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      role,
      ...bindings,
    },
    now,
  );
  if (!updated) throw new AppError('NOT_FOUND', { field: 'id' });
  if (input.password || input.disabled === true) await deleteSessionsOfAccount(db, id);
  return toUserView(updated);
}
