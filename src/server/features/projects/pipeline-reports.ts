// Reading the pipeline within the reader's scope: the project list, the stalled-project alerts (Plan V.(II): "at the
// earliest date"), the land-priority ranking per area (Plan V.(VI)) and conversion and ageing per area.
import { addDays } from '../../../domain/calendar/index.ts';
import { PIPELINE_STAGES, pipelineSummary, type ProjectStage } from '../../../domain/projects/index.ts';
import type { LandPriorityListResponse, PipelineResponse, ProjectListQuery, ProjectListResponse, StalledListResponse } from '../../../schemas/projects.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { landView } from './cluster-views.ts';
import { areaInScope } from './project-scope.ts';
import { evaluate, evaluation, toProjectView, type Evaluation } from './project-view.ts';
import * as repo from './repository.ts';

/** The day before which a project in each stage that stalls is stalled: since < today − threshold. */
function stalledCutoffs(ev: Evaluation): { stage: ProjectStage; before: string }[] {
  return ev.data.pipeline.stages.filter((s) => s.stalledAfterDays !== null).map((s) => ({ stage: s.key, before: addDays(ev.today, -s.stalledAfterDays!) }));
}

/** The areas a report covers: the one asked for or in scope, else every area of the zone. */
function areasOf(ev: Evaluation, area: string | undefined): string[] {
  return area ? [area] : ev.units.filter((u) => u.level === 'area').map((u) => u.code);
}

/** A page of projects within scope, newest first; `stalled=true` keeps the stalled ones (filtered in SQL). */
export async function listProjects(ctx: AppContext, db: DbOrTx, actor: AccountActor, query: ProjectListQuery): Promise<ProjectListResponse> {
  const areaCode = await areaInScope(db, actor, query.areaCode);
  const ev = await evaluation(ctx, db);
  const { items, total } = await repo.listProjects(db, { areaCode, stage: query.stage, ...(query.stalled === 'true' ? { stalledBefore: stalledCutoffs(ev) } : {}) }, query);
  return { items: items.map((row) => toProjectView(row, evaluate(row, ev))), total };
}

/** The stalled projects within scope, longest over their threshold first. */
export async function listStalled(ctx: AppContext, db: DbOrTx, actor: AccountActor, query: { areaCode?: string | undefined }): Promise<StalledListResponse> {
  const areaCode = await areaInScope(db, actor, query.areaCode);
  const ev = await evaluation(ctx, db);
  const rows = await repo.allProjects(db, { areaCode, stalledBefore: stalledCutoffs(ev) });
  const items = rows.map((row) => toProjectView(row, evaluate(row, ev))).sort((a, b) => (b.ageing.daysOver ?? 0) - (a.ageing.daysOver ?? 0) || a.id - b.id);
  return { date: ev.today, rule: ev.data.pipeline.stalledRule, items };
}

/**
 * Projects still waiting for land (the rankedStages of land-priority.json) with a land demand (a site area), ranked
 * per area by their land-priority score; ties go to the higher investment intensity, then to the earlier project.
 */
export async function landPriorityList(ctx: AppContext, db: DbOrTx, actor: AccountActor, query: { areaCode?: string | undefined }): Promise<LandPriorityListResponse> {
  const areaCode = await areaInScope(db, actor, query.areaCode);
  const ev = await evaluation(ctx, db);
  const rules = ev.data.land;
  const rows = (await repo.allProjects(db, { areaCode, stages: rules.rankedStages })).filter((r) => r.site_area_m2 !== null);
  const scored = rows.map((row) => {
    const e = evaluate(row, ev);
    return { project: toProjectView(row, e), score: landView(e.land) };
  });
  scored.sort(
    (a, b) =>
      a.project.areaCode.localeCompare(b.project.areaCode) ||
      b.score.total - a.score.total ||
      (b.score.investmentIntensity.value ?? 0) - (a.score.investmentIntensity.value ?? 0) ||
      a.project.id - b.project.id,
  );
  const rankIn = new Map<string, number>();
  const items = scored.map((s) => {
    const rank = (rankIn.get(s.project.areaCode) ?? 0) + 1;
    rankIn.set(s.project.areaCode, rank);
    return { rank, ...s };
  });
  return { rulesVersion: rules.version, rankedStages: [...rules.rankedStages], note: rules.rankedStagesNote, items };
}

/** Projects per stage, conversion to the next stage and ageing, per area within scope. */
export async function pipelineReport(ctx: AppContext, db: DbOrTx, actor: AccountActor, query: { areaCode?: string | undefined }): Promise<PipelineResponse> {
  const areaCode = await areaInScope(db, actor, query.areaCode);
  const ev = await evaluation(ctx, db);
  const rows = await repo.allProjects(db, { areaCode });
  const changes = await repo.listStageChanges(db, rows.map((r) => r.id));
  const reached = new Map<number, ProjectStage[]>();
  for (const c of changes) reached.set(c.project_id, [...(reached.get(c.project_id) ?? []), c.to_stage]);
  const projects = rows.map((r) => ({ areaCode: r.area_code, stage: r.stage, since: r.stage_since, totalInvestmentYuan: r.total_investment_yuan, reached: reached.get(r.id) ?? [] }));
  const areas = pipelineSummary(areasOf(ev, areaCode), projects, ev.today, ev.data.pipeline);
  const stages = PIPELINE_STAGES.map((key) => {
    const s = ev.data.pipeline.stages.find((x) => x.key === key)!;
    return { key, nameZh: s.nameZh, nameEn: s.nameEn, stalledAfterDays: s.stalledAfterDays };
  });
  return { date: ev.today, stages, areas: areas.map((a) => ({ ...a, stages: a.stages.map((s) => ({ ...s })) })) };
}
