// The annual investment-attraction tasks of each area (Plan V.(II): each area breaks the targets down into annual
// investment-attraction tasks) against what the area achieved. Decision (issue 7): the area authority proposes its
// own area's task (Plan V.(II), Trial Measures Art. 9); the FTZ Office approves the proposal or sets the task itself,
// which is then approved at once (Trial Measures Art. 8: guidance, supervision and evaluation of the area bodies).
// Every proposal, setting and approval is a new revision; the latest revision is the task, and actuals are compared
// with it whatever its status, which is shown beside it.
import { roleHas, Permission } from '../../../domain/access/permissions.ts';
import { AppError } from '../../../domain/app-error.ts';
import { attractionProgress, type AttractionProject, type AttractionTarget, type ProjectStage } from '../../../domain/projects/index.ts';
import type { AttractionTasksResponse, AttractionTaskView, SetAttractionTaskRequest } from '../../../schemas/projects.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { displayNames } from '../accounts/service.ts';
import { assertAreaExists } from '../reference/service.ts';
import { assertMayManageArea, areaInScope } from './project-scope.ts';
import { evaluation } from './project-view.ts';
import * as repo from './repository.ts';

type Item = AttractionTasksResponse['items'][number];

function taskView(row: repo.TaskRow, names: ReadonlyMap<number, string>): AttractionTaskView {
  return {
    revision: row.revision, targetCount: row.target_count, targetInvestmentYuan: row.target_investment_yuan, status: row.status, note: row.note,
    setBy: { id: row.set_by, displayName: names.get(row.set_by) ?? `#${row.set_by}` }, setAt: row.set_at.toISOString(),
  };
}

async function progress(ctx: AppContext, db: DbOrTx, year: number, area: string | undefined): Promise<Item[]> {
  const ev = await evaluation(ctx, db);
  const areas = area ? [area] : ev.units.filter((u) => u.level === 'area').map((u) => u.code);
  const tasks = await repo.listTasks(db, year, area);
  const names = await displayNames(db, tasks.map((t) => t.set_by));
  const latest = new Map<string, repo.TaskRow>();
  for (const t of tasks) latest.set(t.area_code, t);
  const targets = new Map<string, AttractionTarget>([...latest].map(([code, t]) => [code, { targetCount: t.target_count, targetInvestmentYuan: t.target_investment_yuan }]));
  const rows = await repo.allProjects(db, { areaCode: area });
  const dates = new Map<number, Partial<Record<ProjectStage, string>>>();
  for (const c of await repo.listStageChanges(db, rows.map((r) => r.id))) dates.set(c.project_id, { ...dates.get(c.project_id), [c.to_stage]: c.on_date });
  const projects: AttractionProject[] = rows.map((r) => ({ id: r.id, areaCode: r.area_code, direction: r.direction, totalInvestmentYuan: r.total_investment_yuan, stageDates: dates.get(r.id) ?? {} }));
  return attractionProgress(year, areas, targets, projects, ev.data.pipeline).map((p) => {
    const history = tasks.filter((t) => t.area_code === p.areaCode).map((t) => taskView(t, names));
    const { target: _target, year: _year, projectIds, ...rest } = p;
    return { ...rest, projectIds: [...projectIds], task: history.at(-1) ?? null, history };
  });
}

/** Each area's task for the year within scope, its revisions, and the projects that count as achieved. */
export async function listAttractionTasks(ctx: AppContext, db: DbOrTx, actor: AccountActor, year: number): Promise<AttractionTasksResponse> {
  const area = await areaInScope(db, actor, undefined);
  const ev = await evaluation(ctx, db);
  return { year, rule: ev.data.pipeline.attractionActuals.note, items: await progress(ctx, db, year, area) };
}

/**
 * Who may write the task of `areaCode`: the FTZ Office any area's (the write is approved), an area officer its own
 * area's (a proposal); FORBIDDEN naming `areaCode` otherwise. Called before the write begins, so a refusal leaves no
 * trail.
 */
export function taskWriteStatus(actor: AccountActor, areaCode: string): 'approved' | 'proposed' {
  if (roleHas(actor.account.role, Permission.ATTRACTION_TASKS_SET)) return 'approved';
  if (!roleHas(actor.account.role, Permission.ATTRACTION_TASKS_PROPOSE)) throw new AppError('FORBIDDEN', { message: `role ${actor.account.role} sets no investment-attraction task` });
  assertMayManageArea(actor, areaCode, 'areaCode');
  return 'proposed';
}

/** A new revision of the area's task for the year: proposed by the area, or set (approved) by the FTZ Office. */
export async function setAttractionTask(ctx: AppContext, tx: Tx, actor: AccountActor, areaCode: string, year: number, input: SetAttractionTaskRequest): Promise<Item> {
  const status = taskWriteStatus(actor, areaCode);
  await assertAreaExists(tx, areaCode, 'areaCode');
  await repo.lockTask(tx, areaCode, year);
  const latest = await repo.latestTask(tx, areaCode, year);
  await repo.insertTask(tx, {
    area_code: areaCode, year, revision: (latest?.revision ?? 0) + 1, target_count: input.targetCount, target_investment_yuan: input.targetInvestmentYuan,
    status, note: input.note ?? null, set_by: actor.account.id, set_at: ctx.now(),
  });
  return (await progress(ctx, tx, year, areaCode))[0]!;
}

/** The FTZ Office approves the area's latest proposal as it stands (NOT_FOUND without one; CONFLICT when already approved). */
export async function approveAttractionTask(ctx: AppContext, tx: Tx, actor: AccountActor, areaCode: string, year: number): Promise<Item> {
  await assertAreaExists(tx, areaCode, 'areaCode');
  await repo.lockTask(tx, areaCode, year);
  const latest = await repo.latestTask(tx, areaCode, year);
  if (!latest) throw new AppError('NOT_FOUND', { field: 'year', message: `no investment-attraction task of ${areaCode} for ${year}` });
  if (latest.status === 'approved') throw new AppError('CONFLICT', { field: 'year', message: `revision ${latest.revision} of ${areaCode} ${year} is already approved` });
  await repo.insertTask(tx, {
    area_code: areaCode, year, revision: latest.revision + 1, target_count: latest.target_count, target_investment_yuan: latest.target_investment_yuan,
    status: 'approved', note: latest.note, set_by: actor.account.id, set_at: ctx.now(),
  });
  return (await progress(ctx, tx, year, areaCode))[0]!;
}
