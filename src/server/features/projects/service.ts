// The investment-project register of each area (issue 7; Plan V.(II)): an area officer registers its area's projects
// under negotiation and moves them one stage at a time with the date and evidence each stage needs (signed agreement,
// construction permit, production start, output and tax figures); the FTZ Office and the administrator read every
// area's. Classification, fit, land score and ageing are computed on reading (project-view.ts). Other features are
// used through their services: reference (zone units, areas), accounts (names).
import { createHash } from 'node:crypto';
import { AppError } from '../../../domain/app-error.ts';
import { isCivilDate } from '../../../domain/calendar/index.ts';
import { checkPlacement } from '../../../domain/clusters/index.ts';
import { checkStageChange } from '../../../domain/projects/index.ts';
import type { CreateProjectRequest, ProjectDetail, StageChangeRequest } from '../../../schemas/projects.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { displayNames } from '../accounts/service.ts';
import { assertMayManageArea, assertProjectInScope } from './project-scope.ts';
import { evaluate, evaluation, toProjectDetail, toTimeline, type Evaluation } from './project-view.ts';
import * as repo from './repository.ts';

export { listProjects, landPriorityList, listStalled, pipelineReport } from './pipeline-reports.ts';

const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

async function detail(ctx: AppContext, db: DbOrTx, id: number, ev?: Evaluation): Promise<ProjectDetail> {
  const row = await repo.findProject(db, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no investment project ${id}` });
  const e = ev ?? (await evaluation(ctx, db));
  const changes = await repo.listStageChanges(db, [id]);
  const timeline = toTimeline(changes, await repo.listDocumentMeta(db, id), await displayNames(db, changes.map((c) => c.changed_by)));
  return toProjectDetail(row, evaluate(row, e), e, timeline);
}

/** One project with its classification, fit, land score, timeline and moves; NOT_FOUND / FORBIDDEN naming `id`. */
export async function getProject(ctx: AppContext, db: DbOrTx, actor: AccountActor, id: number): Promise<ProjectDetail> {
  await assertProjectInScope(db, actor, id);
  return detail(ctx, db, id);
}

/**
 * Registers a project of the officer's own area under negotiation (Plan V.(II)), with its first history row. The area,
 * the unit inside it, the industry code and the day talks began are checked before anything is written.
 */
export async function createProject(ctx: AppContext, tx: Tx, actor: AccountActor, input: CreateProjectRequest): Promise<ProjectDetail> {
  assertMayManageArea(actor, input.areaCode, 'areaCode');
  const ev = await evaluation(ctx, tx);
  checkPlacement(ev.units, { areaCode: input.areaCode, unitCode: input.unitCode });
  if (!ev.data.industryNames.has(input.industryCode)) throw new AppError('INVALID_REQUEST', { field: 'industryCode', message: `no GB/T 4754-2017 code ${input.industryCode}` });
  const started = input.negotiationStartedOn;
  if (!isCivilDate(started)) throw new AppError('INVALID_REQUEST', { field: 'negotiationStartedOn', message: `not a civil date: ${started}` });
  if (started > ev.today) throw new AppError('INVALID_REQUEST', { field: 'negotiationStartedOn', message: `${started} is after today (${ev.today})` });
  const now = ctx.now();
  const { id } = await repo.insertProject(tx, {
    area_code: input.areaCode, unit_code: input.unitCode ?? null, name: input.name, investor_name: input.investorName, investor_category: input.investorCategory,
    direction: input.direction, industry_code: input.industryCode, total_investment_yuan: input.totalInvestmentYuan, site_area_m2: input.siteAreaM2 ?? null,
    land_categories: [...new Set(input.landCategories ?? [])], stage: 'negotiating', stage_since: started, note: input.note ?? null, created_by: actor.account.id,
    created_at: now, updated_at: now,
  });
  await repo.insertStageChange(tx, { project_id: id, seq: 1, from_stage: null, to_stage: 'negotiating', on_date: started, facts: {}, note: null, changed_by: actor.account.id, changed_at: now });
  return detail(ctx, tx, id, ev);
}

/** The bytes of each evidence document, checked (base64, not empty, at most 2 MB) before anything is written. */
function decodeDocuments(documents: NonNullable<StageChangeRequest['documents']>) {
  return documents.map((d, i) => {
    const field = `documents.${i}.contentBase64`;
    if (!BASE64.test(d.contentBase64)) throw new AppError('INVALID_REQUEST', { field, message: `${field}: not base64` });
    const content = Buffer.from(d.contentBase64, 'base64');
    if (content.length === 0) throw new AppError('INVALID_REQUEST', { field, message: `${field}: empty` });
    if (content.length > MAX_DOCUMENT_BYTES) throw new AppError('INVALID_REQUEST', { field, message: `${field}: ${content.length} bytes; at most 2 MB` });
    return { ...d, content, sha256: createHash('sha256').update(content).digest('hex') };
  });
}

/**
 * Moves a project to its next stage or drops it (src/domain/projects/stage-machine.ts), with the documents and facts
 * the stage requires. The project row is locked first, so two changes of one project never both pass the check; a
 * refused change writes nothing.
 */
export async function changeStage(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, input: StageChangeRequest): Promise<ProjectDetail> {
  const row = await repo.lockProject(tx, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no investment project ${id}` });
  assertMayManageArea(actor, row.area_code, 'id');
  const ev = await evaluation(ctx, tx);
  const documents = input.documents ?? [];
  const change = checkStageChange({ stage: row.stage, since: row.stage_since }, { to: input.to, on: input.on, facts: input.facts, documentKinds: documents.map((d) => d.kind) }, ev.data.pipeline, ev.today);
  const decoded = decodeDocuments(documents);
  const seq = (await repo.listStageChanges(tx, [id])).length + 1;
  const now = ctx.now();
  const changeRow = await repo.insertStageChange(tx, { project_id: id, seq, from_stage: change.from, to_stage: change.to, on_date: change.on, facts: change.facts, note: input.note ?? null, changed_by: actor.account.id, changed_at: now });
  for (const d of decoded) {
    await repo.insertDocument(tx, { project_id: id, stage_change_id: changeRow.id, kind: d.kind, name: d.name, media_type: d.mediaType, size_bytes: d.content.length, sha256: d.sha256, content: d.content, uploaded_by: actor.account.id, uploaded_at: now });
  }
  await repo.updateStage(tx, id, change.to, change.on, now);
  return detail(ctx, tx, id, ev);
}

/** One evidence document's bytes, for whoever may read the project. */
export async function getDocument(db: DbOrTx, actor: AccountActor, id: number, documentId: number) {
  await assertProjectInScope(db, actor, id);
  const doc = await repo.findDocument(db, id, documentId);
  if (!doc) throw new AppError('NOT_FOUND', { field: 'documentId', message: `no document ${documentId} of project ${id}` });
  return { name: doc.name, mediaType: doc.media_type, sha256: doc.sha256, content: Buffer.from(doc.content) };
}
