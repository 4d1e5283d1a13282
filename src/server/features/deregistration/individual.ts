// Summary deregistration of an individual business (EXIT-06; TIME-32): no public notice. zimao pushes the case to the
// departments named in reference-data/registration/deregistration-periods.json (tax, social insurance), whose
// reviewers may object within 10 days; an objection ends the summary route. With none, a durable timer deregisters
// the business the day after the period, once, whichever zimao process sweeps it.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { addCalendarDays, type NoticeSchedule } from '../../../domain/deregistration/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { Timer } from '../../timers/repository.ts';
import { scheduleTimer } from '../../timers/schedule-timer.ts';
import { listStaff } from '../accounts/service.ts';
import { registerFacts } from '../enterprises/service.ts';
import { notify } from '../notifications/service.ts';
import { departmentName } from '../reference/service.ts';
import { deregister, stateOf } from './deregister.ts';
import * as repo from './repository.ts';

export const DEPARTMENTS_PERIOD_END_TIMER = 'deregistration.departments_period_end';

/** The departments' period has begun: a timer for the day after it, and each pushed department's reviewers told. */
export async function pushToDepartments(tx: Tx, noticeId: number, enterprise: { uscc: string; name: string }, schedule: NoticeSchedule, departments: readonly string[]): Promise<void> {
  // Midnight in Asia/Shanghai (UTC+8, no daylight saving) starting the first day after the period.
  const fireAt = new Date(`${addCalendarDays(schedule.noticeTo, 1)}T00:00:00+08:00`);
  await scheduleTimer(tx, { kind: DEPARTMENTS_PERIOD_END_TIMER, subject: `deregistration-notice:${noticeId}`, fireAt, payload: { noticeId } });
  for (const department of departments) {
    for (const reviewer of await listStaff(tx, { role: Role.DEPARTMENT_REVIEWER, departmentCode: department })) {
      await notify(tx, {
        accountId: reviewer.id,
        kind: 'deregistration.pushed',
        messageZh: `个体工商户${enterprise.name}申请简易注销，如有异议请于${schedule.noticeTo}前提出。`,
        messageEn: `The individual business ${enterprise.name} applies for summary deregistration: object by ${schedule.noticeTo} if your department has grounds.`,
        data: { noticeId, uscc: enterprise.uscc },
      });
    }
  }
}

/** Only reviewers of the departments a case was pushed to may object; checked before the write, so a refusal keeps nothing. */
export async function assertMayObjectAsDepartment(db: DbOrTx, actor: AccountActor, id: number, departments: readonly string[]): Promise<{ notice: repo.NoticeRow; department: string }> {
  const notice = await repo.findNotice(db, id);
  if (!notice || notice.route !== 'departments') throw new AppError('NOT_FOUND', { field: 'id', message: `no individual-business case ${id} pushed to the departments` });
  const department = actor.account.departmentCode;
  if (actor.account.role !== Role.DEPARTMENT_REVIEWER || department === null || !departments.includes(department)) {
    throw new AppError('FORBIDDEN', { field: 'id', message: `the case was pushed to ${departments.join(', ')}, not to your department` });
  }
  return { notice, department };
}

/** A reviewer of a department the case was pushed to objects while the period runs (EXIT-06, EXIT-03). */
export async function objectAsDepartment(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, grounds: string, departments: readonly string[]): Promise<repo.NoticeRow> {
  const { department } = await assertMayObjectAsDepartment(tx, actor, id, departments);
  const notice = (await repo.lockNotice(tx, id))!;
  const state = stateOf(notice, civilDateInShanghai(ctx.now()));
  if (state !== 'in_notice' && state !== 'objected') throw new AppError('CONFLICT', { field: 'id', message: `case ${id} is ${state}: departments object until ${notice.notice_to}` });
  const objector = await departmentName(tx, department);
  await repo.insertObjection(tx, { notice_id: id, objector, objector_kind: 'department', contact: actor.account.username, grounds });
  if (notice.status === 'in_notice') {
    await repo.setStatus(tx, id, 'objected', ctx.now());
    await notify(tx, {
      accountId: notice.applicant_account_id,
      kind: 'deregistration.objected',
      messageZh: `${objector}对简易注销提出异议：不能简易注销，请按一般程序办理注销。`,
      messageEn: `${objector} objected to the summary deregistration: use the ordinary procedure.`,
      data: { noticeId: id, uscc: notice.uscc },
    });
  }
  return (await repo.findNotice(tx, id))!;
}

/** Timer handler: the departments' period ended with no objection, so the business is deregistered (EXIT-06). */
export async function deregisterAfterDepartments(tx: Tx, timer: Timer, ctx: AppContext): Promise<void> {
  const notice = await repo.lockNotice(tx, Number((timer.payload as { noticeId?: unknown }).noticeId));
  if (!notice || stateOf(notice, civilDateInShanghai(ctx.now())) !== 'deregistration_due') return; // objected, or already done
  const enterprise = (await registerFacts(tx, notice.uscc))!;
  await deregister(ctx, tx, notice, enterprise, 'system:deregistration');
}

export const deregistrationTimerHandlers = { [DEPARTMENTS_PERIOD_END_TIMER]: deregisterAfterDepartments };

export function pushedCaseRows(db: DbOrTx): Promise<repo.NoticeRow[]> {
  return repo.pushedCases(db, 200);
}
