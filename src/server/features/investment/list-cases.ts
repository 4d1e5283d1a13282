// Reading investment cases: the list within the reader's record scope (own, area, all; applied in SQL), one case with
// its file and reports, and the FTZ Office's list of cases and establishment files flagged for national security
// review.
import { recordScope, scopeAllows } from '../../../domain/access/record-scope.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { CaseListQuery, CaseListResponse, InvestmentCaseDetail, SecurityReviewListResponse } from '../../../schemas/investment.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { displayNames } from '../accounts/service.ts';
import { getFile, listFlaggedFiles } from '../files/service.ts';
import { toCaseView, toReportView, type Names } from './case-view.ts';
import * as repo from './repository.ts';

/** The names of the applicants of these cases and the authors of these reports. */
function names(db: DbOrTx, cases: readonly repo.CaseRow[], reports: readonly repo.ReportRow[] = []): Promise<Names> {
  return displayNames(db, [...cases.map((c) => c.applicant_account_id), ...reports.map((r) => r.reported_by)]);
}

/**
 * Cases the actor may read. An area officer asking for another area is refused (403) before anything is read,
 * rather than shown an empty list that would hide the refusal.
 */
export async function listCases(db: DbOrTx, actor: AccountActor, query: CaseListQuery): Promise<CaseListResponse> {
  const scope = recordScope(actor.account);
  if (scope.kind === 'area' && query.areaCode && query.areaCode !== scope.areaCode) {
    throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you may read area ${scope.areaCode} only` });
  }
  const { items, total } = await repo.listCases(db, scope, query);
  const byId = await names(db, items);
  return { items: items.map((row) => toCaseView(row, byId)), total };
}

/** One case with its file and reports, or NOT_FOUND; FORBIDDEN when it lies outside the actor's scope (not read). */
export async function getCase(ctx: AppContext, db: DbOrTx, actor: AccountActor, id: number): Promise<InvestmentCaseDetail> {
  const keys = await repo.findCaseKeys(db, id);
  if (!keys) throw new AppError('NOT_FOUND', { field: 'id', message: `no investment case ${id}` });
  if (!scopeAllows(recordScope(actor.account), { areaCode: keys.area_code, ownerId: keys.applicant_account_id })) {
    throw new AppError('FORBIDDEN', { field: 'id', message: 'this case lies outside your scope' });
  }
  const row = await repo.findCase(db, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no investment case ${id}` });
  const reportRows = await repo.listReports(db, id);
  const byId = await names(db, [row], reportRows);
  const reports = reportRows.map((r) => toReportView(r, byId));
  let file: InvestmentCaseDetail['file'] = null;
  if (row.file_id !== null) {
    const f = await getFile(ctx, db, actor, row.file_id);
    file = { id: f.id, type: f.type, status: f.status, acceptedOn: f.acceptedOn, dueOn: f.clock.dueOn };
  }
  return { ...toCaseView(row, byId), file, reports };
}

/**
 * The FTZ Office's list: foreign projects and foreign-invested establishments flagged for national security review,
 * with their grounds (Order No. 37 Art. 4), newest first. The establishments are files, read through the files
 * service; each source gives its first offset + limit, which is all a page of the merged order can draw on.
 */
export async function listSecurityReview(db: DbOrTx, actor: AccountActor, query: { limit: number; offset: number }): Promise<SecurityReviewListResponse> {
  const head = { limit: query.offset + query.limit, offset: 0 };
  const cases = await repo.listCases(db, recordScope(actor.account), { kind: 'foreign_project', flaggedOnly: true, ...head });
  const files = await listFlaggedFiles(db, actor, head);
  const byId = await names(db, cases.items);
  type Item = SecurityReviewListResponse['items'][number];
  const caseItems: Item[] = cases.items.map((row) => {
    const view = toCaseView(row, byId);
    const { id, name, areaCode, applicant, procedure, recordationNo, fileId, createdAt } = view;
    return { kind: 'foreign_project', id, name, areaCode, applicant, procedure, recordationNo, fileId, createdAt, securityReview: view.securityReview! };
  });
  const fileItems: Item[] = files.items.map((f) => ({ kind: 'establishment', ...f }));
  // A stable sort of the two newest-first runs: at the same instant, cases come before files.
  const merged = [...caseItems, ...fileItems].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return { items: merged.slice(query.offset, query.offset + query.limit), total: cases.total + files.total };
}
