// The follow-up tasks of new enterprises (reference-data/registration/follow-up-tasks.json): each department's
// reviewer sees its own open tasks, the applicant and the window see an enterprise's, and a reviewer marks its
// department's task done. Overdue is counted against today in Asia/Shanghai.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { FollowUpView } from '../../../schemas/registration.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { publicEnterpriseStatus } from '../enterprises/service.ts';
import { registrationData } from './registration-data-file.ts';
import * as repo from './repository.ts';

export async function toFollowUpViews(ctx: AppContext, db: DbOrTx, rows: repo.FollowUpRow[]): Promise<FollowUpView[]> {
  const names = new Map<string, string>();
  for (const uscc of new Set(rows.map((r) => r.uscc))) names.set(uscc, (await publicEnterpriseStatus(db, uscc))?.name ?? uscc);
  return followUpViews(ctx, rows, names);
}

/** The views of follow-up tasks whose enterprises' names are known (by credit code). */
export function followUpViews(ctx: AppContext, rows: readonly repo.FollowUpRow[], names: ReadonlyMap<string, string>): FollowUpView[] {
  const today = civilDateInShanghai(ctx.now());
  const tasks = new Map(registrationData().followUps.tasks.map((t) => [t.key, t] as const));
  return rows.map((r) => ({
    id: r.id,
    uscc: r.uscc,
    enterpriseName: names.get(r.uscc) ?? r.uscc,
    taskKey: r.task_key,
    zh: tasks.get(r.task_key)?.zh ?? r.task_key,
    en: tasks.get(r.task_key)?.en ?? r.task_key,
    departmentCode: r.department_code,
    dueOn: r.due_on,
    status: r.status,
    overdue: r.status === 'open' && r.due_on < today,
    doneAt: r.done_at ? r.done_at.toISOString() : null,
    note: r.note,
  }));
}

/** A department reviewer's open tasks (its department's), oldest due first. */
export async function listFollowUps(ctx: AppContext, db: DbOrTx, actor: AccountActor, status: 'open' | 'done'): Promise<FollowUpView[]> {
  const department = actor.account.departmentCode;
  if (actor.account.role !== Role.DEPARTMENT_REVIEWER || !department) throw new AppError('FORBIDDEN', { message: 'follow-up tasks are worked by department reviewers' });
  return toFollowUpViews(ctx, db, await repo.listFollowUps(db, { departmentCode: department, status }));
}

/** Refuses, before any write begins, a reviewer of another department (a refusal of this kind is not a write). */
export async function assertMayComplete(db: DbOrTx, actor: AccountActor, id: number): Promise<void> {
  const row = await repo.findFollowUp(db, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no follow-up task ${id}` });
  if (actor.account.role !== Role.DEPARTMENT_REVIEWER || actor.account.departmentCode !== row.department_code) {
    throw new AppError('FORBIDDEN', { field: 'id', message: `task ${id} belongs to ${row.department_code}` });
  }
}

export async function completeFollowUp(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, note: string | undefined): Promise<FollowUpView> {
  await assertMayComplete(tx, actor, id);
  const row = (await repo.lockFollowUp(tx, id))!;
  if (row.status === 'done') throw new AppError('CONFLICT', { field: 'id', message: `task ${id} is already done` });
  await repo.completeFollowUp(tx, id, actor.account.id, ctx.now(), note ?? null);
  const [view] = await toFollowUpViews(ctx, tx, [(await repo.lockFollowUp(tx, id))!]);
  return view!;
}
