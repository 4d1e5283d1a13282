// Summary deregistration (简易注销; MER Art. 33, MER Rules Arts. 47–49; domain-rules §6). The enterprise's owner
// starts it with every investor's commitment and the declarations of EXIT-05; zimao checks what it holds, publishes
// the notice (20 days; 45 before the 2021 reform), takes objections from anyone (one ends the summary route), and
// deregisters on the application made within 20 days after the notice — the enterprise, its name (which still blocks
// for a year, NAME-10) and its register entry, in one transaction.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { DeregistrationPeriods, individualSchedule, noticeSchedule, summaryIneligibility } from '../../../domain/deregistration/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { DepartmentObjectionRequest, NoticeView, ObjectionRequest, StartSummaryDeregistrationRequest } from '../../../schemas/deregistration.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { enterprisesInvestedBy, registerFacts } from '../enterprises/service.ts';
import { notify } from '../notifications/service.ts';
import { readReferenceJson } from '../reference/reference-files.ts';
import { deregister, stateOf } from './deregister.ts';
import { assertMayObjectAsDepartment, objectAsDepartment, pushedCaseRows, pushToDepartments } from './individual.ts';
import * as repo from './repository.ts';

let periods: DeregistrationPeriods | undefined;
function deregistrationPeriods(): DeregistrationPeriods {
  periods ??= DeregistrationPeriods.parse(readReferenceJson<unknown>('registration/deregistration-periods.json').content);
  return periods;
}

/** The enterprise, when the actor may act for it: its owner applicant, or a window officer at the counter. */
export async function enterpriseForActor(db: DbOrTx, actor: AccountActor, uscc: string) {
  const facts = await registerFacts(db, uscc);
  if (!facts) throw new AppError('NOT_FOUND', { field: 'uscc', message: `no enterprise ${uscc}` });
  const mine = actor.account.role === Role.APPLICANT && facts.ownerAccountId === actor.account.id;
  if (!mine && actor.account.role !== Role.WINDOW_OFFICER) throw new AppError('FORBIDDEN', { field: 'uscc', message: 'only the enterprise’s own applicant or the window acts for it' });
  return facts;
}

export async function startSummaryDeregistration(ctx: AppContext, tx: Tx, actor: AccountActor, uscc: string, request: StartSummaryDeregistrationRequest): Promise<NoticeView> {
  const enterprise = await enterpriseForActor(tx, actor, uscc);
  if (enterprise.ownerAccountId === null) throw new AppError('CONFLICT', { field: 'uscc', message: `${uscc} has no applicant account to deregister it` });
  const particulars = enterprise.particulars as { investors?: { name: string; idNumber: string }[] } | null;
  if (!particulars?.investors) throw new AppError('CONFLICT', { field: 'uscc', message: `${uscc} was registered before zimao: its investors are not on record, so their commitments cannot be checked` });
  const live = await repo.liveNoticeOf(tx, enterprise.uscc);
  const today = civilDateInShanghai(ctx.now());
  if (live && stateOf(live, today) === 'lapsed') {
    // EXIT-04: a notice not followed by an application in time has lapsed; the enterprise may start again.
    await repo.setStatus(tx, live.id, 'lapsed', ctx.now());
  } else if (live) {
    throw new AppError('CONFLICT', { field: 'uscc', message: `a summary deregistration of ${uscc} is already running` });
  }
  const reasons = summaryIneligibility({ status: enterprise.status, investsIn: await enterprisesInvestedBy(tx, enterprise.uscc), investors: particulars.investors }, request.declarations, request.commitments);
  if (reasons.length > 0) throw new AppError('REGISTRATION_REFUSED', { field: reasons[0]!.field, message: reasons[0]!.en, details: { reasons } });
  // EXIT-06: an individual business is pushed to the departments instead of being noticed to the public.
  const individual = (particulars as { legalForm?: string }).legalForm === 'individual-business';
  const schedule = individual ? individualSchedule(deregistrationPeriods(), today) : noticeSchedule(deregistrationPeriods(), today);
  if (!schedule) throw new AppError('CONFLICT', { field: 'uscc', message: `no summary-deregistration rule for ${individual ? 'an individual business' : 'an enterprise'} on ${today}` });
  const id = await repo.insertNotice(tx, {
    uscc: enterprise.uscc,
    applicant_account_id: enterprise.ownerAccountId,
    commitments: JSON.stringify(request.commitments.map((c) => ({ ...c, committedAt: ctx.now().toISOString() }))),
    declarations: JSON.stringify(request.declarations),
    notice_from: schedule.noticeFrom,
    notice_to: schedule.noticeTo,
    apply_by: schedule.applyBy,
    status: 'in_notice',
    route: individual ? 'departments' : 'public-notice',
  });
  if (individual) await pushToDepartments(tx, id, enterprise, schedule, deregistrationPeriods().individualPushedTo);
  return noticeView(ctx, tx, (await repo.findNotice(tx, id))!);
}

/** EXIT-03: anyone may object while the notice runs; the objection ends the summary route, with its grounds. */
export async function objectToNotice(ctx: AppContext, tx: Tx, id: number, objection: ObjectionRequest): Promise<NoticeView> {
  const notice = await repo.lockNotice(tx, id);
  // An individual business's case is not public (EXIT-06): only the departments it was pushed to may object.
  if (!notice || notice.route !== 'public-notice') throw new AppError('NOT_FOUND', { field: 'id', message: `no deregistration notice ${id}` });
  const state = stateOf(notice, civilDateInShanghai(ctx.now()));
  if (state !== 'in_notice' && state !== 'objected') throw new AppError('CONFLICT', { field: 'id', message: `notice ${id} is ${state}: objections are taken during the notice only (until ${notice.notice_to})` });
  await repo.insertObjection(tx, { notice_id: id, objector: objection.objector, objector_kind: objection.objectorKind, contact: objection.contact, grounds: objection.grounds });
  if (notice.status === 'in_notice') {
    await repo.setStatus(tx, id, 'objected', ctx.now());
    await notify(tx, {
      accountId: notice.applicant_account_id,
      kind: 'deregistration.objected',
      messageZh: `简易注销公告收到异议（${objection.objector}）：不能简易注销，请按一般程序清算注销。`,
      messageEn: `An objection was raised to the summary-deregistration notice (${objection.objector}): use ordinary deregistration after liquidation.`,
      data: { noticeId: id, uscc: notice.uscc },
    });
  }
  return noticeView(ctx, tx, (await repo.findNotice(tx, id))!);
}

/** EXIT-04: after the notice, with no objection, the enterprise applies within its window and is deregistered. */
export async function applyForDeregistration(ctx: AppContext, tx: Tx, actor: AccountActor, uscc: string, id: number): Promise<NoticeView> {
  const enterprise = await enterpriseForActor(tx, actor, uscc);
  const notice = await repo.lockNotice(tx, id);
  if (!notice || notice.uscc !== enterprise.uscc) throw new AppError('NOT_FOUND', { field: 'id', message: `no deregistration notice ${id} of ${uscc}` });
  const today = civilDateInShanghai(ctx.now());
  const state = stateOf(notice, today);
  const refusals: Partial<Record<typeof state, string>> = {
    in_notice: `the notice runs until ${notice.notice_to}; apply from the next day`,
    lapsed: `the application was due by ${notice.apply_by}: the notice has lapsed (EXIT-04)`,
    objected: 'an objection was raised: the enterprise must use ordinary deregistration (EXIT-03)',
    deregistered: 'already deregistered',
    withdrawn: 'the notice was withdrawn',
  };
  // deregistration_due: an individual business whose departments' period ended; the timer would do the same.
  if (state !== 'awaiting_application' && state !== 'deregistration_due') throw new AppError('CONFLICT', { field: 'id', message: refusals[state] ?? state });
  await deregister(ctx, tx, notice, enterprise, `account:${actor.account.id}`);
  return noticeView(ctx, tx, (await repo.findNotice(tx, id))!);
}

export async function noticesOfEnterprise(ctx: AppContext, db: DbOrTx, actor: AccountActor, uscc: string): Promise<NoticeView[]> {
  const enterprise = await enterpriseForActor(db, actor, uscc);
  return Promise.all((await repo.noticesOf(db, enterprise.uscc)).map((n) => noticeView(ctx, db, n)));
}

/** The public portal: the notices running today (EXIT-02). */
export async function publicNotices(ctx: AppContext, db: DbOrTx): Promise<NoticeView[]> {
  return Promise.all((await repo.runningNotices(db, civilDateInShanghai(ctx.now()), 200)).map((n) => noticeView(ctx, db, n)));
}

export async function publicNotice(ctx: AppContext, db: DbOrTx, id: number): Promise<NoticeView> {
  const notice = await repo.findNotice(db, id);
  if (!notice || notice.route !== 'public-notice') throw new AppError('NOT_FOUND', { field: 'id', message: `no deregistration notice ${id}` });
  return noticeView(ctx, db, notice);
}

/** EXIT-06: the cases of individual businesses pushed to the departments, for their reviewers. */
export async function pushedCases(ctx: AppContext, db: DbOrTx): Promise<NoticeView[]> {
  return Promise.all((await pushedCaseRows(db)).map((n) => noticeView(ctx, db, n)));
}

export async function assertMayObjectToPushedCase(db: DbOrTx, actor: AccountActor, id: number): Promise<void> {
  await assertMayObjectAsDepartment(db, actor, id, deregistrationPeriods().individualPushedTo);
}

export async function departmentObjection(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, request: DepartmentObjectionRequest): Promise<NoticeView> {
  return noticeView(ctx, tx, await objectAsDepartment(ctx, tx, actor, id, request.grounds, deregistrationPeriods().individualPushedTo));
}

async function noticeView(ctx: AppContext, db: DbOrTx, n: repo.NoticeRow): Promise<NoticeView> {
  const enterprise = await registerFacts(db, n.uscc);
  const objections = await repo.objectionsOf(db, n.id);
  return {
    id: n.id,
    uscc: n.uscc,
    enterpriseName: enterprise?.name ?? n.uscc,
    noticeFrom: n.notice_from,
    noticeTo: n.notice_to,
    applyBy: n.apply_by,
    noticeDays: Math.round((Date.parse(n.notice_to) - Date.parse(n.notice_from)) / 86_400_000) + 1,
    route: n.route,
    state: stateOf(n, civilDateInShanghai(ctx.now())),
    // Identity numbers are not published: the notice shows who committed, not their documents.
    investorsCommitted: (n.commitments as { name: string }[]).map((c) => c.name),
    objections: objections.map((o) => ({ id: o.id, objector: o.objector, objectorKind: o.objector_kind, grounds: o.grounds, createdAt: o.created_at.toISOString() })),
  };
}
