// An establishment application as the applicant and the officer see it: the formal review's findings, the derived
// domicile, the file an officer decides, and once registered the credit code, the licence and the follow-up tasks.
import { Role } from '../../../schemas/auth.ts';
import type { EstablishmentView } from '../../../schemas/registration.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { FormalReview } from '../../../domain/registration/index.ts';
import { getFile } from '../files/service.ts';
import { currentLicence } from '../licences/service.ts';
import type { LicenceView } from '../../../schemas/licences.ts';
import { followUpViews, toFollowUpViews } from './follow-ups.ts';
import * as repo from './repository.ts';

type Summary = Omit<EstablishmentView, 'form' | 'followUps' | 'findings'>;

async function summary(ctx: AppContext, db: DbOrTx, actor: AccountActor, row: repo.ApplicationRow): Promise<Summary & { review: FormalReview }> {
  const file = row.file_id === null ? null : await getFile(ctx, db, actor, row.file_id);
  const licence = row.uscc ? await currentLicence(db, row.uscc) : null;
  return summaryOf(row, file?.status ?? null, licence);
}

function summaryOf(row: repo.ApplicationRow, fileStatus: string | null, licence: LicenceView | null): Summary & { review: FormalReview } {
  const review = row.review as unknown as FormalReview;
  // An application whose file was rejected or withdrawn is closed, whether or not an officer has said so here.
  const status = row.status === 'under_review' && (fileStatus === 'rejected' || fileStatus === 'withdrawn') ? 'rejected' : row.status;
  const form = row.form as { domicile?: { address?: string } };
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    applicantId: row.applicant_account_id,
    status,
    route: row.route,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
    secondsToDecision: row.decided_at && row.status === 'registered' ? (row.decided_at.getTime() - row.created_at.getTime()) / 1000 : null,
    fileId: row.file_id,
    fileStatus,
    uscc: row.uscc,
    domicile: review.domicile ? { address: form.domicile?.address ?? '', ...review.domicile } : null,
    industryCode: review.industryCode,
    foreignInvestment: review.foreign,
    licence: licence && row.uscc ? { version: licence.version, pdf: `/api/licences/${row.uscc}/pdf`, verify: licence.document.verify } : null,
    review,
  };
}

export async function toEstablishmentView(ctx: AppContext, db: DbOrTx, actor: AccountActor, row: repo.ApplicationRow): Promise<EstablishmentView> {
  const { review, ...head } = await summary(ctx, db, actor, row);
  const followUps = row.uscc ? await toFollowUpViews(ctx, db, await repo.listFollowUps(db, { uscc: row.uscc })) : [];
  return { ...head, findings: review.findings.map((f) => ({ ...f })), followUps, form: row.form };
}

/**
 * The view of an application registered on the spot, from what the registration just wrote (no file; its licence and
 * follow-up tasks in hand): the same view `toEstablishmentView` reads back, without reading it back.
 */
export function registeredView(ctx: AppContext, registered: { application: repo.ApplicationRow; licence: LicenceView; followUps: readonly repo.FollowUpRow[] }): EstablishmentView {
  const row = registered.application;
  const { review, ...head } = summaryOf(row, null, registered.licence);
  const followUps = followUpViews(ctx, registered.followUps, new Map([[row.uscc ?? '', row.name]]));
  return { ...head, findings: review.findings.map((f) => ({ ...f })), followUps, form: row.form };
}

/** The applicant's own applications; window officers and administrators see all (newest first). */
export async function listEstablishments(ctx: AppContext, db: DbOrTx, actor: AccountActor): Promise<Summary[]> {
  const own = actor.account.role === Role.APPLICANT ? { applicantId: actor.account.id } : {};
  const rows = await repo.listApplications(db, own, 200);
  const items: Summary[] = [];
  for (const row of rows) {
    const { review: _review, ...head } = await summary(ctx, db, actor, row);
    items.push(head);
  }
  return items;
}
