// Change registration (变更登记, MER Art. 24: applied for within 30 days of the change) of an enterprise registered
// through zimao. The owner applicant files, or a window officer at the counter for the owner (一窗受理). The whole form
// after the change goes through the establishment's formal review: a blocking finding refuses it (422, nothing kept);
// an officer finding opens a market-registration file (TIME-20), registered by the window once the file is approved;
// anything else is applied on the spot in the same transaction (apply-change.ts). A change under review holds back
// the next one, so each is reviewed against the form it changes.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { applyChanges, ChangeRequest, changedFields, classifyChanges, EstablishmentForm, reviewChange, type ChangeReview } from '../../../domain/registration/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { ChangeListResponse, ChangeView, CreateChangeRequest } from '../../../schemas/changes.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { applicantOf } from '../accounts/service.ts';
import { lockRegisterFacts, registerFacts } from '../enterprises/service.ts';
import { createFile, getFile, takeAction } from '../files/service.ts';
import { applyChange } from './apply-change.ts';
import { gatherChangeReviewFacts } from './change-review-facts.ts';
import * as repo from './change-repository.ts';
import { toChangeView } from './change-view.ts';
import { fileForm } from './service.ts';

type Enterprise = NonNullable<Awaited<ReturnType<typeof registerFacts>>>;

/**
 * Refuses, before any write begins, whoever may not file this enterprise's changes: only its owner applicant, or a
 * window officer naming the owner. Returns the applicant's account id.
 */
export async function assertMayFileChange(db: DbOrTx, actor: AccountActor, uscc: string, requestedApplicantId: number | undefined): Promise<number> {
  const enterprise = await registerFacts(db, uscc);
  if (!enterprise) throw new AppError('NOT_FOUND', { field: 'uscc', message: `no enterprise ${uscc}` });
  const applicantId = await applicantOf(db, actor, requestedApplicantId);
  if (enterprise.ownerAccountId !== applicantId) {
    const field = actor.account.role === Role.WINDOW_OFFICER ? 'applicantId' : 'uscc';
    throw new AppError('FORBIDDEN', { field, message: `only the owner of ${enterprise.uscc} applies for its changes` });
  }
  return applicantId;
}

/** The owner applicant, window officers and administrators read an enterprise's changes. */
export async function assertMayRead(db: DbOrTx, actor: AccountActor, uscc: string): Promise<Enterprise> {
  const enterprise = await registerFacts(db, uscc);
  if (!enterprise) throw new AppError('NOT_FOUND', { field: 'uscc', message: `no enterprise ${uscc}` });
  const role = actor.account.role;
  if (role === Role.WINDOW_OFFICER || role === Role.ADMIN) return enterprise;
  if (role === Role.APPLICANT && enterprise.ownerAccountId === actor.account.id) return enterprise;
  throw new AppError('FORBIDDEN', { field: 'uscc', message: 'this enterprise is not yours' });
}

/** The enterprise as a change needs it, locked to the end of the transaction: registered through zimao, not closed. */
async function lockChangeable(tx: Tx, uscc: string): Promise<Enterprise> {
  const enterprise = (await lockRegisterFacts(tx, uscc))!;
  if (enterprise.particulars === null) {
    throw new AppError('CONFLICT', { field: 'uscc', message: `${enterprise.uscc} was registered before zimao: its particulars are not on zimao's register, so its changes are made at the registration authority` });
  }
  if ((enterprise.particulars as { legalForm?: string }).legalForm === 'individual-business') {
    throw new AppError('CONFLICT', { field: 'uscc', message: `${enterprise.uscc} is an individual business: its changes are made at the window, not yet through zimao's change form` });
  }
  if (enterprise.status !== 'registered') throw new AppError('CONFLICT', { field: 'uscc', message: `${enterprise.uscc} is ${enterprise.status}` });
  return enterprise;
}

async function registeredForm(tx: Tx, uscc: string): Promise<EstablishmentForm> {
  const stored = await repo.currentForm(tx, uscc);
  if (!stored) throw new AppError('CONFLICT', { field: 'uscc', message: `no registered form of ${uscc} in zimao` });
  return EstablishmentForm.parse(stored);
}

/** Closes changes whose file was rejected or withdrawn; refuses while another change is still under review. */
async function assertNonePending(ctx: AppContext, tx: Tx, actor: AccountActor, uscc: string): Promise<void> {
  for (const row of await repo.listChanges(tx, uscc, { status: 'under_review' })) {
    const file = await getFile(ctx, tx, actor, row.file_id!);
    if (file.status === 'rejected' || file.status === 'withdrawn') await repo.markChangeRejected(tx, row.id, ctx.now());
    else throw new AppError('CONFLICT', { field: 'uscc', message: `change ${row.id} of ${uscc} is under review (file ${row.file_id}); it is registered or closed first` });
  }
}

export async function fileChange(ctx: AppContext, tx: Tx, actor: AccountActor, usccParam: string, request: CreateChangeRequest): Promise<ChangeView> {
  const changes = ChangeRequest.parse(request);
  const applicantId = await assertMayFileChange(tx, actor, usccParam, changes.applicantId);
  const enterprise = await lockChangeable(tx, usccParam);
  const uscc = enterprise.uscc;
  await assertNonePending(ctx, tx, actor, uscc);
  const before = await registeredForm(tx, uscc);
  const fields = changedFields(before, changes);
  if (classifyChanges(fields, before.legalForm).kind === null) {
    throw fields.length === 0
      ? new AppError('INVALID_REQUEST', { message: 'nothing changes: every particular named is registered so already' })
      : new AppError('INVALID_REQUEST', { field: fields[0]!, message: 'pre-approvals and control facts change with the business scope or the investors' });
  }
  const after = applyChanges(before, changes);
  const today = civilDateInShanghai(ctx.now());
  const facts = await gatherChangeReviewFacts(tx, { after, nameChanges: fields.includes('name'), uscc, applicantId, today, establishedOn: enterprise.establishedOn });
  const review = reviewChange(before, changes, facts);
  if (review.route === 'refuse') {
    const first = review.findings.find((f) => f.severity === 'block')!;
    throw new AppError('REGISTRATION_REFUSED', { field: first.field, message: first.en, details: { findings: review.findings } });
  }
  const fileId =
    review.route === 'officer_review'
      ? (await createFile(ctx, tx, actor, { type: 'market-registration', ...(actor.account.role === Role.WINDOW_OFFICER ? { applicantId } : {}), form: fileForm(after, review) })).id
      : null;
  const filed: Record<string, unknown> = Object.fromEntries(fields.map((f) => [f, changes[f]]));
  if (fields.includes('name') && changes.nameReservationId !== undefined) filed.nameReservationId = changes.nameReservationId;
  const id = await repo.insertChange(tx, {
    uscc,
    applicant_account_id: applicantId,
    filed_by_account_id: actor.account.id,
    changes: JSON.stringify(filed),
    form: JSON.stringify(after),
    review: JSON.stringify(review),
    route: review.route,
    status: 'under_review',
    file_id: fileId,
  });
  if (review.route === 'on_the_spot') {
    await applyChange(ctx, tx, { changeId: id, uscc, applicantId, establishedOn: enterprise.establishedOn, before, after, review, issuedBy: `account:${actor.account.id}` });
  }
  return toChangeView(ctx, tx, actor, (await repo.findChange(tx, id))!);
}

/**
 * The window registers a change whose market-registration file was approved (MER Art. 19), then issues the
 * certificate on the file. A change whose file was rejected or withdrawn is closed instead (409).
 */
export async function registerChangeAfterReview(ctx: AppContext, tx: Tx, actor: AccountActor, usccParam: string, id: number): Promise<ChangeView> {
  const row = await repo.lockChange(tx, id);
  if (!row || row.uscc !== usccParam.toUpperCase()) throw new AppError('NOT_FOUND', { field: 'id', message: `no change ${id} of ${usccParam}` });
  if (row.status !== 'under_review' || row.file_id === null) throw new AppError('CONFLICT', { field: 'id', message: `change ${id} is ${row.status}, not awaiting registration` });
  const file = await getFile(ctx, tx, actor, row.file_id);
  if (file.status === 'rejected' || file.status === 'withdrawn') throw new AppError('CONFLICT', { field: 'id', message: `file ${row.file_id} was ${file.status}: change ${id} is closed` });
  if (file.status !== 'approved') throw new AppError('CONFLICT', { field: 'id', message: `file ${row.file_id} is ${file.status}; approve it before registering` });
  const enterprise = await lockChangeable(tx, row.uscc);
  const before = await registeredForm(tx, row.uscc);
  const after = EstablishmentForm.parse(row.form);
  const review = row.review as unknown as ChangeReview;
  await applyChange(ctx, tx, { changeId: id, uscc: row.uscc, applicantId: row.applicant_account_id, establishedOn: enterprise.establishedOn, before, after, review, issuedBy: `account:${actor.account.id}` });
  await takeAction(ctx, tx, actor, row.file_id, { type: 'issue_certificate', payload: { certificateNo: row.uscc }, expectedVersion: file.version });
  return toChangeView(ctx, tx, actor, (await repo.findChange(tx, id))!);
}

/** The enterprise's changes, newest first. */
/**
 * The one form as registered today (establishment and registered changes), with the owner applicant: what the change
 * form and the investors' commitments to summary deregistration start from. 404 for an enterprise registered before
 * zimao, whose particulars are not on zimao's register.
 */
export async function currentParticulars(db: DbOrTx, actor: AccountActor, uscc: string): Promise<{ uscc: string; applicantId: number | null; form: Record<string, unknown> }> {
  const enterprise = await assertMayRead(db, actor, uscc);
  const form = await repo.currentForm(db, enterprise.uscc);
  if (!form) throw new AppError('NOT_FOUND', { field: 'uscc', message: `${enterprise.uscc} was registered before zimao: its particulars are not on zimao's register` });
  return { uscc: enterprise.uscc, applicantId: enterprise.ownerAccountId, form };
}

export async function listChanges(ctx: AppContext, db: DbOrTx, actor: AccountActor, uscc: string): Promise<ChangeListResponse> {
  const enterprise = await assertMayRead(db, actor, uscc);
  const items = [];
  for (const row of await repo.listChanges(db, enterprise.uscc)) {
    const { findings: _findings, changes: _changes, ...head } = await toChangeView(ctx, db, actor, row);
    items.push(head);
  }
  return { items };
}

export async function getChange(ctx: AppContext, db: DbOrTx, actor: AccountActor, uscc: string, id: number): Promise<ChangeView> {
  const enterprise = await assertMayRead(db, actor, uscc);
  const row = await repo.findChange(db, id);
  if (!row || row.uscc !== enterprise.uscc) throw new AppError('NOT_FOUND', { field: 'id', message: `no change ${id} of ${enterprise.uscc}` });
  return toChangeView(ctx, db, actor, row);
}
