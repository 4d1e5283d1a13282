// An establishment application as the applicant and the officer see it: the formal review's findings, the derived
// domicile, the file an officer decides, and once registered the credit code, the licence and the follow-up tasks.
import { Role } from '../../../schemas/auth.ts';
import type { EstablishmentView } from '../../../schemas/registration.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { FormalReview } from '../../../domain/registration/index.ts';
import { getFile } from '../files/service.ts';
import { currentLicence } from '../licences/service.ts';
import { toFollowUpViews } from './follow-ups.ts';
import * as repo from './repository.ts';

type Summary = Omit<EstablishmentView, 'form' | 'followUps' | 'findings'>;

async function summary(ctx: AppContext, db: DbOrTx, actor: AccountActor, row: repo.ApplicationRow): Promise<Summary & { review: FormalReview }> {
  const review = row.review as unknown as FormalReview;
  const file = row.file_id === null ? null : await getFile(ctx, db, actor, row.file_id);
  // An application whose file was rejected or withdrawn is closed, whether or not an officer has said so here.
  const status = row.status === 'under_review' && (file?.status === 'rejected' || file?.status === 'withdrawn') ? 'rejected' : row.status;
  const licence = row.uscc ? await currentLicence(db, row.uscc) : null;
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
    fileStatus: file?.status ?? null,
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
