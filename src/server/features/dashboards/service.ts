// The FTZ Office's dashboards (issue 7; Trial Measures Art. 8(6): the Office collects the zone's statistics and
// assesses its operation). Composed from other features' services only: the register's rollups (enterprises), the
// clusters and the pipeline (projects), the scorecard and the targets (indicators), the zone units (reference).
// An area officer sees its own area; the FTZ Office and administrators the zone and all three areas side by side.
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { recordScope } from '../../../domain/access/record-scope.ts';
import type { DashboardFigures, DashboardQuery, DashboardResponse } from '../../../schemas/dashboards.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import { enterpriseStock, registrationsByAreaMonth } from '../enterprises/service.ts';
import { catalogueView, indicatorEvaluation, scorecardView } from '../indicators/service.ts';
import { clusterClassifier, clusterStatistics } from '../projects/clusters.ts';
import { pipelineReport } from '../projects/pipeline-reports.ts';
import { listZoneUnits, searchIndustries } from '../reference/service.ts';
import { areaMap } from './area-map-file.ts';

const EMPTY: DashboardFigures = {
  enterprises: 0, foreignInvested: 0, registeredCapitalYuan: 0, capitalKnown: 0, newInYear: 0, newForeignInYear: 0, newCapitalYuanInYear: 0, projects: 0, projectInvestmentYuan: 0,
};

const add = (a: DashboardFigures, b: Partial<DashboardFigures>): DashboardFigures => {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof DashboardFigures)[]) out[k] += b[k] ?? 0;
  return out;
};

export async function dashboard(ctx: AppContext, actor: AccountActor, query: DashboardQuery): Promise<DashboardResponse> {
  const db = ctx.db;
  const today = civilDateInShanghai(ctx.now());
  const year = query.year ?? Number(today.slice(0, 4));
  const scope = recordScope(actor.account);
  const units = (await listZoneUnits(db)).items.filter((u) => u.level === 'area' && (scope.kind !== 'area' || u.code === scope.areaCode));
  const inView = new Set(units.map((u) => u.code));

  // Stocks from the rollup (refused for another area before anything is read).
  const stock = (await enterpriseStock(db, actor, {})).filter((r) => inView.has(r.areaCode));
  const figures = new Map(units.map((u) => [u.code, EMPTY]));
  const put = (areaCode: string, f: Partial<DashboardFigures>) => figures.set(areaCode, add(figures.get(areaCode) ?? EMPTY, f));
  for (const r of stock) {
    if (r.status !== 'deregistered') put(r.areaCode, { enterprises: r.enterprises, foreignInvested: r.foreignInvested, registeredCapitalYuan: r.registeredCapitalYuan, capitalKnown: r.capitalKnown });
  }
  // Flows of the year, from the monthly rollup.
  const monthly = new Map<string, DashboardResponse['monthly'][number]>();
  for (const r of await registrationsByAreaMonth(db, year)) {
    if (!inView.has(r.areaCode)) continue;
    put(r.areaCode, { newInYear: r.established, newForeignInYear: r.foreignInvested, newCapitalYuanInYear: r.capitalYuan });
    const key = `${r.month}|${r.areaCode}`;
    const m = monthly.get(key) ?? { month: r.month, areaCode: r.areaCode, established: 0, registeredCapitalYuan: 0 };
    monthly.set(key, { ...m, established: m.established + r.established, registeredCapitalYuan: m.registeredCapitalYuan + r.capitalYuan });
  }

  const clusterStats = await clusterStatistics(ctx, db, actor, {});
  const pipeline = await pipelineReport(ctx, db, actor, {});
  for (const a of pipeline.areas) {
    // Dropped projects are counted apart (a.dropped), never in a stage.
    put(a.areaCode, { projects: a.stages.reduce((n, s) => n + s.current, 0), projectInvestmentYuan: a.stages.reduce((n, s) => n + s.investmentYuan, 0) });
  }

  const evaluation = await indicatorEvaluation(ctx);
  const scorecard = await scorecardView(ctx, actor, String(year), evaluation);
  const lightsOf = (areaCode: string) => {
    const counts = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
    for (const row of scorecard.rows) {
      const light = row.cells.find((c) => c.scope === areaCode)?.light;
      if (light && light !== 'no_target') counts[light] += 1;
    }
    return counts;
  };
  const points = new Map(areaMap().areas.map((p) => [p.code, { lon: p.lon, lat: p.lat }]));

  return {
    year,
    date: today,
    zone: scope.kind === 'area' ? null : [...figures.values()].reduce(add, EMPTY),
    areas: units.map((u) => ({ ...figures.get(u.code)!, areaCode: u.code, nameZh: u.nameZh, nameEn: u.nameEn, areaKm2: u.areaKm2, point: points.get(u.code) ?? null, lights: lightsOf(u.code) })),
    map: { description: areaMap().description, descriptionZh: areaMap().descriptionZh, confidence: areaMap().source.map((s) => s.confidence).join('; '), landmarks: areaMap().landmarks },
    monthly: [...monthly.values()].sort((a, b) => a.month.localeCompare(b.month) || a.areaCode.localeCompare(b.areaCode)),
    ...(await bySection(db, stock)),
    clusters: clustersByArea(clusterStats, inView),
    pipeline: { ...pipeline, areas: pipeline.areas.filter((a) => inView.has(a.areaCode)) },
    targets: await zoneTargets(ctx, evaluation),
  };
}

/**
 * The register by area × industry section × status within the actor's scope (issue 8's dashboard aggregate: read
 * from the rollup, so it costs the same over 3.5 million enterprises as over 30).
 */
export async function registerAggregates(ctx: AppContext, actor: AccountActor): Promise<Pick<DashboardResponse, 'sections' | 'register'>> {
  return bySection(ctx.db, await enterpriseStock(ctx.db, actor, {}));
}

let sectionNames: Promise<DashboardResponse['sections']> | undefined;

async function bySection(db: AppContext['db'], stock: Awaited<ReturnType<typeof enterpriseStock>>) {
  // The 20 section names of GB/T 4754-2017 do not change while the process runs.
  sectionNames ??= searchIndustries(db, { level: 'section', limit: 50, offset: 0 }).then((r) => r.items.map((n) => ({ code: n.code, nameZh: n.nameZh, nameEn: n.nameEn ?? null })));
  const names = await sectionNames.catch((error: unknown) => {
    sectionNames = undefined;
    throw error;
  });
  const present = new Set(stock.map((r) => r.section));
  return {
    sections: names.filter((n) => present.has(n.code)),
    register: stock.map((r) => ({ areaCode: r.areaCode, section: r.section, status: r.status, enterprises: r.enterprises, foreignInvested: r.foreignInvested, registeredCapitalYuan: r.registeredCapitalYuan })),
  };
}

function clustersByArea(stats: Awaited<ReturnType<typeof clusterStatistics>>, inView: Set<string>): DashboardResponse['clusters'] {
  return clusterClassifier().clusters.map((c) => ({
    clusterId: c.id,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    areas: [...inView].map((areaCode) => {
      const e = stats.enterprises.rows.find((r) => r.areaCode === areaCode && r.clusterId === c.id);
      const p = stats.projects.rows.find((r) => r.areaCode === areaCode && r.clusterId === c.id);
      return { areaCode, enterprises: e?.enterprises ?? 0, registeredCapitalYuan: e?.registeredCapitalYuan ?? 0, projects: p?.projects ?? 0, investmentYuan: p?.investmentYuan ?? 0 };
    }),
  }));
}

/** The Plan's targets for the zone (T01–T22) with the progress the indicators feature judges. */
async function zoneTargets(ctx: AppContext, evaluation: Awaited<ReturnType<typeof indicatorEvaluation>>): Promise<DashboardResponse['targets']> {
  const catalogue = await catalogueView(ctx, evaluation);
  return catalogue.indicators.flatMap((i) =>
    i.targets.map((t) => ({
      targetId: t.id, indicatorCode: i.code, nameZh: i.nameZh, nameEn: i.nameEn, unit: t.unit, targetYear: t.targetYear,
      goal: t.progress.goal, actual: t.progress.actual, expected: t.progress.expected, asOf: t.progress.asOf,
      light: t.progress.light, reasonZh: t.progress.reasonZh, reasonEn: t.progress.reasonEn,
    })),
  );
}
