// What a project shows: its classification into the Plan's clusters, its fit with its area and unit, its land-priority
// score with every input, and its days in stage, all computed on reading from the stored facts and the rules of the
// day (so a new version of the reference files shows at once), and the stage timeline with its evidence.
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { classifyIndustry, clusterFit, type ClusterFit, type IndustryClassification, type ZoneUnitFacts } from '../../../domain/clusters/index.ts';
import { allowedMoves, landPriorityScore, stageAgeing, stageRule, type LandCategory, type LandScore, type StageAgeing } from '../../../domain/projects/index.ts';
import type { ProjectDetail, ProjectView, StageChangeView } from '../../../schemas/projects.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { listZoneUnits } from '../reference/service.ts';
import { classificationView, fitView, landView } from './cluster-views.ts';
import { industryRef, planData, type PlanData } from './plan-data-file.ts';
import type * as repo from './repository.ts';

/** What evaluating a project needs besides its row: the zone units, the plan's data and today's date. */
export interface Evaluation {
  units: readonly ZoneUnitFacts[];
  data: PlanData;
  today: string;
}

// Guarantees: the zone units as the reference feature holds them, the checked plan data and today in Asia/Shanghai.
export async function evaluation(ctx: AppContext, db: DbOrTx): Promise<Evaluation> {
  const units = (await listZoneUnits(db)).items.map((u) => ({ code: u.code, level: u.level, parentCode: u.parentCode, nameZh: u.nameZh, nameEn: u.nameEn, clusters: u.clusters }));
  return { units, data: planData(), today: civilDateInShanghai(ctx.now()) };
}

export interface Evaluated {
  classification: IndustryClassification;
  fit: ClusterFit;
  land: LandScore;
  ageing: StageAgeing;
}

// Guarantees: the classification, fit, land score and ageing of the row under the evaluation's rules and day.
export function evaluate(row: repo.ProjectRow, ev: Evaluation): Evaluated {
  const classification = classifyIndustry(row.industry_code, ev.data.catalogue);
  const fit = clusterFit(classification, ev.units, ev.data.catalogue, { areaCode: row.area_code, unitCode: row.unit_code });
  const land = landPriorityScore(
    { declaredCategories: row.land_categories as LandCategory[], siteAreaM2: row.site_area_m2, totalInvestmentYuan: row.total_investment_yuan, classification, fit: fit.level },
    ev.data.land,
  );
  return { classification, fit, land, ageing: stageAgeing({ stage: row.stage, since: row.stage_since }, ev.today, ev.data.pipeline) };
}

// Guarantees: the project as lists show it.
export function toProjectView(row: repo.ProjectRow, e: Evaluated): ProjectView {
  return {
    id: row.id,
    name: row.name,
    areaCode: row.area_code,
    unitCode: row.unit_code,
    investorName: row.investor_name,
    investorCategory: row.investor_category,
    direction: row.direction,
    industry: industryRef(row.industry_code),
    totalInvestmentYuan: row.total_investment_yuan,
    siteAreaM2: row.site_area_m2,
    landCategories: row.land_categories as LandCategory[],
    stage: row.stage,
    stageSince: row.stage_since,
    ageing: { ...e.ageing },
    clusterIds: [...e.classification.clusterIds],
    subIndustryIds: [...e.classification.subIndustryIds],
    emerging: e.classification.emerging.length > 0,
    fit: e.fit.level,
    landScore: e.land.total,
    createdAt: row.created_at.toISOString(),
  };
}

/** Display names by account id. */
export type Names = ReadonlyMap<number, string>;

// Guarantees: the stage changes in order, each with the documents sent with it.
export function toTimeline(changes: readonly repo.StageChangeRow[], documents: readonly repo.DocumentMetaRow[], names: Names): StageChangeView[] {
  return changes.map((c) => ({
    seq: c.seq,
    from: c.from_stage,
    to: c.to_stage,
    on: c.on_date,
    facts: c.facts as Record<string, string | number>,
    note: c.note,
    changedBy: { id: c.changed_by, displayName: names.get(c.changed_by) ?? `#${c.changed_by}` },
    changedAt: c.changed_at.toISOString(),
    documents: documents
      .filter((d) => d.stage_change_id === c.id)
      .map((d) => ({ id: d.id, kind: d.kind, name: d.name, mediaType: d.media_type, sizeBytes: d.size_bytes, sha256: d.sha256, uploadedAt: d.uploaded_at.toISOString() })),
  }));
}

// Guarantees: the moves the machine allows from the row's stage, each with the evidence the data asks for.
export function movesFrom(row: repo.ProjectRow, data: PlanData): ProjectDetail['moves'] {
  return allowedMoves(row.stage).map((stage) => {
    const rule = stageRule(data.pipeline, stage);
    return {
      key: stage,
      nameZh: rule.nameZh,
      nameEn: rule.nameEn,
      requiredDocuments: rule.requiredDocuments.map((k) => {
        const d = data.pipeline.documentKinds.find((x) => x.key === k)!;
        return { key: d.key, nameZh: d.nameZh, nameEn: d.nameEn };
      }),
      requiredFacts: rule.requiredFacts.map((k) => {
        const f = data.pipeline.facts.find((x) => x.key === k)!;
        return { key: f.key, nameZh: f.nameZh, nameEn: f.nameEn, type: f.type };
      }),
    };
  });
}

// Guarantees: the project as its page shows it: the list view with the full classification, fit, land score with
// its inputs, timeline and the moves open to it.
export function toProjectDetail(row: repo.ProjectRow, e: Evaluated, ev: Evaluation, timeline: StageChangeView[]): ProjectDetail {
  return {
    ...toProjectView(row, e),
    note: row.note,
    classification: classificationView(e.classification),
    clusterFit: fitView(e.fit),
    land: landView(e.land),
    timeline,
    moves: movesFrom(row, ev.data),
  };
}
