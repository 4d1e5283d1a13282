// Summary deregistration (简易注销; MER Art. 33, MER Rules Arts. 47–49; domain-rules §6). The enterprise's owner
// starts it with every investor's commitment and the declarations of EXIT-05; zimao checks what it holds, publishes
// the notice (20 days; 45 before the 2021 reform), takes objections from anyone (one ends the summary route), and
// deregisters on the application made within 20 days after the notice — the enterprise, its name (which still blocks
// for a year, NAME-10) and its register entry, in one transaction.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { DeregistrationPeriods, noticeSchedule, noticeState, summaryIneligibility } from '../../../domain/deregistration/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { NoticeView, ObjectionRequest, StartSummaryDeregistrationRequest } from '../../../schemas/deregistration.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { enterprisesInvestedBy, recordRegisterEntry, registerFacts, setEnterpriseStatus } from '../enterprises/service.ts';
import { markNameGone } from '../names/service.ts';
import { notify } from '../notifications/service.ts';
import { readReferenceJson } from '../reference/reference-files.ts';
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
  if (live && noticeState({ status: live.status, noticeTo: live.notice_to, applyBy: live.apply_by }, today) === 'lapsed') {
    // EXIT-04: a notice not followed by an application in time has lapsed; the enterprise may start again.
    await repo.setStatus(tx, live.id, 'lapsed', ctx.now());
  } else if (live) {
    throw new AppError('CONFLICT', { field: 'uscc', message: `a summary deregistration of ${uscc} is already running` });
  }
  const reasons = summaryIneligibility({ status: enterprise.status, investsIn: await enterprisesInvestedBy(tx, enterprise.uscc), investors: particulars.investors }, request.declarations, request.commitments);
  if (reasons.length > 0) throw new AppError('REGISTRATION_REFUSED', { field: reasons[0]!.field, message: reasons[0]!.en, details: { reasons } });
  const schedule = noticeSchedule(deregistrationPeriods(), today)!; // the data covers every day from 2017-03-01
  const id = await repo.insertNotice(tx, {
    uscc: enterprise.uscc,
    applicant_account_id: enterprise.ownerAccountId,
    commitments: JSON.stringify(request.commitments.map((c) => ({ ...c, committedAt: ctx.now().toISOString() }))),
    declarations: JSON.stringify(request.declarations),
    notice_from: schedule.noticeFrom,
    notice_to: schedule.noticeTo,
    apply_by: schedule.applyBy,
    status: 'in_notice',
  });
  return noticeView(ctx, tx, (await repo.findNotice(tx, id))!);
}

/** EXIT-03: anyone may object while the notice runs; the objection ends the summary route, with its grounds. */
export async function objectToNotice(ctx: AppContext, tx: Tx, id: number, objection: ObjectionRequest): Promise<NoticeView> {
  const notice = await repo.lockNotice(tx, id);
  if (!notice) throw new AppError('NOT_FOUND', { field: 'id', message: `no deregistration notice ${id}` });
  const state = noticeState({ status: notice.status, noticeTo: notice.notice_to, applyBy: notice.apply_by }, civilDateInShanghai(ctx.now()));
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
  const state = noticeState({ status: notice.status, noticeTo: notice.notice_to, applyBy: notice.apply_by }, today);
  const refusals: Partial<Record<typeof state, string>> = {
    in_notice: `the notice runs until ${notice.notice_to}; apply from the next day`,
    lapsed: `the application was due by ${notice.apply_by}: the notice has lapsed (EXIT-04)`,
    objected: 'an objection was raised: the enterprise must use ordinary deregistration (EXIT-03)',
    deregistered: 'already deregistered',
    withdrawn: 'the notice was withdrawn',
  };
  if (state !== 'awaiting_application') throw new AppError('CONFLICT', { field: 'id', message: refusals[state] ?? state });
  await setEnterpriseStatus(tx, enterprise.uscc, 'deregistered');
  await markNameGone(tx, enterprise.uscc, 'deregistered', today);
  await recordRegisterEntry(tx, { uscc: enterprise.uscc, kind: 'deregistration', summary: { route: 'summary', noticeId: id, noticeFrom: notice.notice_from, noticeTo: notice.notice_to, on: today }, recordedBy: `account:${actor.account.id}` });
  await repo.setStatus(tx, id, 'deregistered', ctx.now());
  await notify(tx, {
    accountId: notice.applicant_account_id,
    kind: 'deregistration.done',
    messageZh: `${enterprise.name}已简易注销（${today}）。`,
    messageEn: `${enterprise.name} is deregistered by the summary route (${today}).`,
    data: { noticeId: id, uscc: enterprise.uscc },
  });
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
  if (!notice) throw new AppError('NOT_FOUND', { field: 'id', message: `no deregistration notice ${id}` });
  return noticeView(ctx, db, notice);
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
    state: noticeState({ status: n.status, noticeTo: n.notice_to, applyBy: n.apply_by }, civilDateInShanghai(ctx.now())),
    // Identity numbers are not published: the notice shows who committed, not their documents.
    investorsCommitted: (n.commitments as { name: string }[]).map((c) => c.name),
    objections: objections.map((o) => ({ id: o.id, objector: o.objector, objectorKind: o.objector_kind, grounds: o.grounds, createdAt: o.created_at.toISOString() })),
  };
}
