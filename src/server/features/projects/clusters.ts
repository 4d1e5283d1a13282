// The Plan's seven clusters (issue 7; Plan III, IV): the public catalogue with zimao's GB/T 4754-2017 mapping and each
// unit's focus, the classification of a code with its fit to an area, one enterprise's classification (read through
// the enterprises service), and enterprises and projects per cluster and area.
import { classifyIndustry, clusterFit, codeLevel, type CodeMapping } from '../../../domain/clusters/index.ts';
import type { ClassifyResponse, ClusterCatalogueResponse, ClusterStatisticsResponse, EnterpriseClusterResponse } from '../../../schemas/clusters.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { enterpriseCountsByIndustry, getEnterprise } from '../enterprises/service.ts';
import { classificationView, fitView } from './cluster-views.ts';
import { areaInScope } from './project-scope.ts';
import { evaluation } from './project-view.ts';
import { industryRef, planData } from './plan-data-file.ts';
import * as repo from './repository.ts';

const NONE = 'none';

const codeView = (c: CodeMapping) => ({ ...industryRef(c.code), level: codeLevel(c.code), confidence: c.confidence, note: c.note ?? null });

/** The catalogue as published: clusters, sub-industries (the gap kept), codes with names, overlay, units' focus. */
export async function clusterCatalogue(ctx: AppContext, db: DbOrTx): Promise<ClusterCatalogueResponse> {
  const ev = await evaluation(ctx, db);
  const c = ev.data.catalogue;
  const emergingOf = (subId: string) => c.emergingIndustries.items.filter((i) => i.subIndustryIds.includes(subId)).map((i) => i.id);
  return {
    source: c.source.map((s) => ({ id: s.id, title: s.title, confidence: s.confidence })),
    effectiveFrom: c.effectiveFrom,
    description: c.description,
    nameZhSource: c.nameZhSource,
    clusters: c.clusters.map((cluster) => ({
      id: cluster.id, nameZh: cluster.nameZh, nameEn: cluster.nameEn, planSection: cluster.planSection,
      subIndustries: cluster.subIndustries.map((s) =>
        'missing' in s
          ? { id: s.id, number: s.number, missing: true, nameZh: null, nameEn: null, keyContentEn: null, note: s.note, emergingIds: [], codes: [] }
          : { id: s.id, number: s.number, missing: false, nameZh: s.nameZh, nameEn: s.nameEn, keyContentEn: s.keyContentEn, note: s.mappingNote ?? null, emergingIds: emergingOf(s.id), codes: s.codes.map(codeView) },
      ),
    })),
    emerging: {
      target: c.emergingIndustries.target, planSection: c.emergingIndustries.planSection, note: c.emergingIndustries.note,
      items: c.emergingIndustries.items.map((i) => ({ id: i.id, nameZh: i.nameZh, nameEn: i.nameEn, subIndustryIds: [...i.subIndustryIds], codes: i.codes.map(codeView), note: i.note ?? null })),
    },
    units: ev.units
      .filter((u) => u.level !== 'zone')
      .map((u) => {
        const focus = c.unitFocus.find((f) => f.unitCode === u.code);
        return {
          unitCode: u.code, level: u.level, parentCode: u.parentCode, nameZh: u.nameZh, nameEn: u.nameEn, clusters: [...u.clusters],
          focusSubIndustryIds: focus ? [...focus.subIndustryIds] : [], planSection: focus?.planSection ?? null, confidence: focus?.confidence ?? null, note: focus?.note ?? null,
        };
      }),
  };
}

/** A code's classification, with its fit when an area (and unit) is given; bad codes and places are 400 naming the field. */
export async function classify(ctx: AppContext, db: DbOrTx, query: { industryCode: string; areaCode?: string | undefined; unitCode?: string | undefined }): Promise<ClassifyResponse> {
  const ev = await evaluation(ctx, db);
  const classification = classifyIndustry(query.industryCode, ev.data.catalogue);
  const fit = query.areaCode === undefined ? null : clusterFit(classification, ev.units, ev.data.catalogue, { areaCode: query.areaCode, unitCode: query.unitCode });
  return { industry: industryRef(query.industryCode), classification: classificationView(classification), fit: fit && fitView(fit) };
}

/** One enterprise's classification by its registered industry code and its fit with its area, for whoever may read it. */
export async function enterpriseCluster(ctx: AppContext, db: DbOrTx, actor: AccountActor, uscc: string): Promise<EnterpriseClusterResponse> {
  const enterprise = await getEnterprise(db, actor, uscc);
  const ev = await evaluation(ctx, db);
  const classification = classifyIndustry(enterprise.industryCode, ev.data.catalogue);
  const fit = clusterFit(classification, ev.units, ev.data.catalogue, { areaCode: enterprise.areaCode });
  return { uscc: enterprise.uscc, name: enterprise.name, areaCode: enterprise.areaCode, industry: industryRef(enterprise.industryCode), classification: classificationView(classification), fit: fitView(fit) };
}

/**
 * Enterprises (count, registered capital) and projects (count, total investment) per area and cluster within scope.
 * A code in two clusters counts in both, so the rows of an area may add up to more than its total; a code not
 * classified counts under `none`.
 */
export async function clusterStatistics(ctx: AppContext, db: DbOrTx, actor: AccountActor, query: { areaCode?: string | undefined }): Promise<ClusterStatisticsResponse> {
  const areaCode = await areaInScope(db, actor, query.areaCode);
  const ev = await evaluation(ctx, db);
  const clustersOf = (code: string) => {
    const ids = classifyIndustry(code, ev.data.catalogue).clusterIds;
    return ids.length > 0 ? ids : [NONE];
  };
  const enterpriseRows = new Map<string, ClusterStatisticsResponse['enterprises']['rows'][number]>();
  let enterpriseTotal = 0;
  for (const r of await enterpriseCountsByIndustry(db, actor, { areaCode })) {
    enterpriseTotal += r.enterprises;
    for (const clusterId of clustersOf(r.industryCode)) {
      const key = `${r.areaCode}|${clusterId}`;
      const row = enterpriseRows.get(key) ?? { areaCode: r.areaCode, clusterId, enterprises: 0, registeredCapitalYuan: 0, capitalKnown: 0 };
      enterpriseRows.set(key, { ...row, enterprises: row.enterprises + r.enterprises, registeredCapitalYuan: row.registeredCapitalYuan + r.registeredCapitalYuan, capitalKnown: row.capitalKnown + r.capitalKnown });
    }
  }
  const projects = (await repo.allProjects(db, { areaCode })).filter((p) => p.stage !== 'dropped');
  const projectRows = new Map<string, ClusterStatisticsResponse['projects']['rows'][number]>();
  for (const p of projects) {
    for (const clusterId of clustersOf(p.industry_code)) {
      const key = `${p.area_code}|${clusterId}`;
      const row = projectRows.get(key) ?? { areaCode: p.area_code, clusterId, projects: 0, investmentYuan: 0 };
      projectRows.set(key, { ...row, projects: row.projects + 1, investmentYuan: row.investmentYuan + p.total_investment_yuan });
    }
  }
  const order = (a: { areaCode: string; clusterId: string }, b: { areaCode: string; clusterId: string }) => a.areaCode.localeCompare(b.areaCode) || a.clusterId.localeCompare(b.clusterId);
  return {
    date: ev.today,
    note: 'A code in two clusters counts in both; none = not classified. Registered capital is summed over the enterprises whose particulars hold one (capitalKnown). Dropped projects are not counted.',
    enterprises: { total: enterpriseTotal, rows: [...enterpriseRows.values()].sort(order) },
    projects: { total: projects.length, rows: [...projectRows.values()].sort(order) },
  };
}

/**
 * The Plan's clusters and the clusters a GB/T 4754 code belongs to (`none` when it is in none), for other features'
 * statistics (the indicators' registered capital by cluster). A code in two clusters is in both.
 */
export function clusterClassifier(): { clusters: { id: string; nameZh: string; nameEn: string }[]; clustersOf: (code: string) => string[] } {
  const catalogue = planData().catalogue;
  const memo = new Map<string, string[]>();
  return {
    clusters: [...catalogue.clusters.map((c) => ({ id: c.id, nameZh: c.nameZh, nameEn: c.nameEn })), { id: NONE, nameZh: '未归入产业集群', nameEn: 'Not in a cluster' }],
    clustersOf(code) {
      let ids = memo.get(code);
      if (!ids) {
        const found = classifyIndustry(code, catalogue).clusterIds;
        ids = found.length > 0 ? [...found] : [NONE];
        memo.set(code, ids);
      }
      return ids;
    },
  };
}
