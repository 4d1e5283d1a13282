// One-form establishment (issue 6; Trial Measures Art. 13; MER Art. 19). Filing runs the formal review: a form with
// a blocking finding is refused (422 with every finding, nothing kept); one with an officer finding opens a
// market-registration file on the approval engine (TIME-20), registered by the officer once the file is approved;
// anything else is registered on the spot in the same transaction. Other features are used through their services.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { EstablishmentForm, IndividualBusinessForm, reviewEstablishment, type FormalReview } from '../../../domain/registration/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { CreateEstablishmentRequest, EstablishmentView } from '../../../schemas/registration.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { applicantOf } from '../accounts/service.ts';
import { createFile, getFile, takeAction } from '../files/service.ts';
import { registerEstablishment, registerIndividualBusiness, type ApplicationToRegister, type Registered } from './register.ts';
import { gatherReviewFacts } from './review-facts.ts';
import * as repo from './repository.ts';
import { registeredView, toEstablishmentView } from './establishment-view.ts';

export { assertMayComplete, completeFollowUp, listFollowUps } from './follow-ups.ts';
export { listEstablishments } from './establishment-view.ts';

export async function fileEstablishment(ctx: AppContext, tx: Tx, actor: AccountActor, request: CreateEstablishmentRequest): Promise<EstablishmentView> {
  const form = EstablishmentForm.parse(request);
  const applicantId = await applicantOf(tx, actor, form.applicantId);
  const today = civilDateInShanghai(ctx.now());
  const review = reviewEstablishment(form, await gatherReviewFacts(tx, form, applicantId, today));
  return keepReviewed(ctx, tx, actor, { applicantId, form, review, kind: 'company', fileForm: fileForm, register: registerEstablishment });
}

/**
 * What follows formal review, for a company or an individual business alike: a refusal (422 with every finding,
 * nothing kept), or the application kept with a market-registration file for the officer, or registered on the spot.
 */
export async function keepReviewed<F extends { name: string; nameReservationId?: number | undefined }>(
  ctx: AppContext,
  tx: Tx,
  actor: AccountActor,
  input: {
    applicantId: number;
    form: F;
    review: FormalReview;
    kind: 'company' | 'individual-business';
    fileForm: (form: F, review: FormalReview) => Record<string, unknown>;
    register: (ctx: AppContext, tx: Tx, r: { application: ApplicationToRegister; applicantId: number; form: F; review: FormalReview; issuedBy: string }) => Promise<Registered>;
  },
): Promise<EstablishmentView> {
  const { applicantId, form, review } = input;
  if (review.route === 'refuse') {
    const first = review.findings.find((f) => f.severity === 'block')!;
    throw new AppError('REGISTRATION_REFUSED', { field: first.field, message: first.en, details: { findings: review.findings } });
  }
  const fileId =
    review.route === 'officer_review'
      ? (await createFile(ctx, tx, actor, { type: 'market-registration', ...(actor.account.role === Role.WINDOW_OFFICER ? { applicantId } : {}), form: input.fileForm(form, review) })).id
      : null;
  const route = review.route; // not 'refuse' here
  const keep = (t: Tx) =>
    repo.insertApplication(t, {
      applicant_account_id: applicantId,
      filed_by_account_id: actor.account.id,
      name: form.name,
      name_id: form.nameReservationId ?? null,
      form: JSON.stringify(form),
      review: JSON.stringify(review),
      route,
      status: 'under_review',
      file_id: fileId,
      kind: input.kind,
    });
  if (review.route === 'on_the_spot') return registeredView(ctx, await input.register(ctx, tx, { application: keep, applicantId, form, review, issuedBy: `account:${actor.account.id}` }));
  const id = await keep(tx);
  return getEstablishment(ctx, tx, actor, id);
}

/** What the market-registration file shows the officer: the form's essentials (the whole form stays with the application). */
export function fileForm(form: EstablishmentForm, review: FormalReview) {
  const foreign = review.foreign;
  return {
    entityName: form.name,
    entityType: form.legalForm === 'limited-liability-company' ? 'limited_company' : 'joint_stock_company',
    areaCode: review.domicile!.areaCode,
    address: form.domicile.address,
    legalRepresentative: form.legalRepresentative.name,
    registeredCapitalYuan: Math.round(form.registeredCapitalYuan),
    industryCode: review.industryCode!,
    ...(foreign ? { foreignInvestment: { ...foreign, ...(form.foreignControl ?? {}) } } : {}),
  };
}

/**
 * The officer registers an application whose market-registration file was approved (MER Art. 19), then issues the
 * certificate on the file. An application under review whose file was rejected is marked rejected instead (409).
 */
export async function registerAfterReview(ctx: AppContext, tx: Tx, actor: AccountActor, id: number): Promise<EstablishmentView> {
  const row = await repo.lockApplication(tx, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no establishment application ${id}` });
  if (row.status !== 'under_review' || row.file_id === null) throw new AppError('CONFLICT', { field: 'id', message: `application ${id} is ${row.status}, not awaiting registration` });
  const file = await getFile(ctx, tx, actor, row.file_id);
  if (file.status === 'rejected' || file.status === 'withdrawn') {
    await repo.markRejected(tx, id, ctx.now());
    throw new AppError('CONFLICT', { field: 'id', message: `file ${row.file_id} was ${file.status}: application ${id} is closed` });
  }
  if (file.status !== 'approved') throw new AppError('CONFLICT', { field: 'id', message: `file ${row.file_id} is ${file.status}; approve it before registering` });
  const registration = { application: id, applicantId: row.applicant_account_id, review: row.review as unknown as FormalReview, issuedBy: `account:${actor.account.id}` };
  const { uscc } =
    row.kind === 'individual-business'
      ? await registerIndividualBusiness(ctx, tx, { ...registration, form: IndividualBusinessForm.parse(row.form) })
      : await registerEstablishment(ctx, tx, { ...registration, form: EstablishmentForm.parse(row.form) });
  // The business licence is the certificate of this file (ALL Art. 44); its number is the credit code.
  await takeAction(ctx, tx, actor, row.file_id, { type: 'issue_certificate', payload: { certificateNo: uscc }, expectedVersion: file.version });
  return getEstablishment(ctx, tx, actor, id);
}

/** May the actor read this application: its applicant, window officers and administrators. */
function assertMayRead(actor: AccountActor, row: repo.ApplicationRow): void {
  const role = actor.account.role;
  if (role === Role.WINDOW_OFFICER || role === Role.ADMIN) return;
  if (role === Role.APPLICANT && row.applicant_account_id === actor.account.id) return;
  throw new AppError('FORBIDDEN', { field: 'id', message: 'this application is not yours' });
}

export async function getEstablishment(ctx: AppContext, db: DbOrTx, actor: AccountActor, id: number): Promise<EstablishmentView> {
  const row = await repo.findApplication(db, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no establishment application ${id}` });
  assertMayRead(actor, row);
  return toEstablishmentView(ctx, db, actor, row);
}
