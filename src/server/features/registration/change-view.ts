// A change application as the applicant and the window see it: what changes, how it is classified (registration
// items or filings, MER Arts. 8, 9), the review's findings, the file an officer decides and the licence version issued.
import type { ChangeReview } from '../../../domain/registration/index.ts';
import type { ChangeView } from '../../../schemas/changes.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { getFile } from '../files/service.ts';
import type { ChangeRow } from './change-repository.ts';

export async function toChangeView(ctx: AppContext, db: DbOrTx, actor: AccountActor, row: ChangeRow): Promise<ChangeView> {
  const review = row.review as unknown as ChangeReview;
  const file = row.file_id === null ? null : await getFile(ctx, db, actor, row.file_id);
  // A change whose file was rejected or withdrawn is closed, whether or not an officer has said so here.
  const status = row.status === 'under_review' && (file?.status === 'rejected' || file?.status === 'withdrawn') ? 'rejected' : row.status;
  return {
    id: row.id,
    uscc: row.uscc,
    applicantId: row.applicant_account_id,
    status,
    route: row.route,
    kind: review.kind ?? 'filing',
    changedFields: [...review.changedFields],
    registrationItems: [...review.registrationItems],
    filings: [...review.filings],
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
    fileId: row.file_id,
    fileStatus: file?.status ?? null,
    licenceVersion: row.licence_version,
    findings: review.findings.map((f) => ({ ...f })),
    changes: row.changes,
  };
}
