// Targets and indicators (issue 7; Industrial Development Plan 2018–2020 section II.(I); Trial Measures Art. 8(6)):
// the catalogue with each target's progress for the zone, one indicator's series with its trajectory and forecast,
// and the scorecard of areas × indicators. Only approved values count; zimao's own figures are computed from the
// register and the files. Area officers read their own area and the zone's totals. Submissions are submissions.ts.
import { recordScope } from '../../../domain/access/record-scope.ts';
import { AppError } from '../../../domain/app-error.ts';
import {
  assessTarget,
  buildScorecard,
  findIndicator,
  findUnit,
  monthOfDate,
  parsePeriod,
  seriesOf,
  targetsOf,
  ZONE,
  type PeriodKind,
  type SeriesPoint,
} from '../../../domain/indicators/index.ts';
import type { CatalogueResponse, ScorecardResponse, SeriesQuery, SeriesResponse } from '../../../schemas/indicators.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { indicatorCatalogue } from './catalogue-file.ts';
import { capitalByCluster, capitalBySection, loadEvaluationData, registrationsByClass, type EvaluationData } from './evaluation-data.ts';
import * as repo from './repository.ts';
import { baselineView, indicatorView, progressView, targetView, unitView } from './views.ts';

export { approveSubmission, assertMayDecide, assertMayEnter, getSubmission, listSubmissions, returnSubmission, submitValues, uploadValues, valueHistory, valuesTemplate } from './submissions.ts';
export { indicatorCatalogue };

/** The scopes the actor may read: an area officer its own area and the zone; everyone else every area and the zone. */
export function readableScopes(actor: AccountActor, areas: readonly string[]): string[] {
  const scope = recordScope(actor.account);
  return scope.kind === 'area' ? [scope.areaCode, ZONE] : [...areas, ZONE];
}

/** An area or CQFTZ the actor may read (400 for an unknown code, 403 for another area), both naming areaCode. */
function assertReadable(actor: AccountActor, areas: readonly string[], code: string): void {
  if (code !== ZONE && !areas.includes(code)) throw new AppError('INVALID_REQUEST', { field: 'areaCode', message: `${code} is neither a CQFTZ area (${areas.join(', ')}) nor ${ZONE}` });
  if (!readableScopes(actor, areas).includes(code)) throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you may read your own area and ${ZONE} only` });
}

/** The catalogue: every indicator with its targets and each target's progress for the whole zone, and the baselines. */
/**
 * What the views below evaluate (approved values and zimao's own monthly figures), read once: a page that shows several
 * of them (the dashboards) passes it to each instead of having each read and compute it again.
 */
export function indicatorEvaluation(ctx: AppContext): Promise<EvaluationData> {
  return loadEvaluationData(ctx.db, ctx.now());
}

export async function catalogueView(ctx: AppContext, evaluation?: EvaluationData): Promise<CatalogueResponse> {
  const data = evaluation ?? (await loadEvaluationData(ctx.db, ctx.now()));
  const c = data.catalogue;
  return {
    version: c.version,
    sources: c.source.map((s) => ({ title: s.title, url: s.url, confidence: s.confidence })),
    plan: c.plan,
    areas: c.areas,
    lights: { ratio: c.lights.ratio, points: c.lights.points, basisZh: c.lights.basisZh, basisEn: c.lights.basisEn },
    indicators: c.indicators.map((i) => ({
      ...indicatorView(c, i),
      targets: targetsOf(c, i.code).map((t) => ({ ...targetView(c, t), progress: progressView(assessTarget(data.evaluation, t, ZONE), ZONE, false) })),
    })),
    baselines: c.baselines.map(baselineView),
  };
}

/** One indicator at one scope: its series by month, quarter or year, its targets with trajectory and forecast. */
export async function seriesView(ctx: AppContext, actor: AccountActor, code: string, query: SeriesQuery): Promise<SeriesResponse> {
  const c = indicatorCatalogue();
  const indicator = findIndicator(c, code);
  if (!indicator) throw new AppError('NOT_FOUND', { field: 'code', message: `no indicator ${code}` });
  const scope = query.areaCode ?? ZONE;
  // Refused before any value is read.
  assertReadable(actor, c.areas, scope);
  const bounds = monthBounds(query);
  const data = await loadEvaluationData(ctx.db, ctx.now());
  const points = seriesOf(data.evaluation, code, scope, query.periodKind, bounds);
  const breakdowns: SeriesResponse['breakdowns'] = [];
  if (indicator.kind === 'computed' && indicator.computedFrom === 'enterprises.registered_capital') {
    const last = [...points].reverse().find((p) => p.value !== null && p.value > 0);
    if (last) {
      const year = Number(last.period.slice(0, 4));
      const area = scope === ZONE ? null : scope;
      const factor = findUnit(c, indicator.unit)!.factor;
      const byClass = await registrationsByClass(ctx.db, c);
      breakdowns.push({ dimension: 'section', dimensionZh: '国民经济行业门类（GB/T 4754-2017）', dimensionEn: 'GB/T 4754-2017 section', year, items: await capitalBySection(ctx.db, byClass, area, year, factor) });
      breakdowns.push({ dimension: 'cluster', dimensionZh: '产业集群（《产业发展规划》）', dimensionEn: 'Cluster of the Plan', year, items: capitalByCluster(byClass, area, year, factor) });
    }
  }
  return {
    indicator: indicatorView(c, indicator),
    scope,
    periodKind: query.periodKind,
    points,
    targets: targetsOf(c, code).map((t) => ({ ...targetView(c, t), progress: progressView(assessTarget(data.evaluation, t, scope), scope, true) })),
    breakdowns,
    baselines: c.baselines.filter((b) => b.indicator === code).map(baselineView),
  };
}

function monthBounds(query: { from?: string | undefined; to?: string | undefined }) {
  const from = query.from === undefined ? undefined : monthOfDate(`${query.from}-01`);
  const to = query.to === undefined ? undefined : monthOfDate(`${query.to}-01`);
  if (from !== undefined && to !== undefined && from > to) throw new AppError('INVALID_REQUEST', { field: 'from', message: 'from must not be after to' });
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

/** Areas × indicators for a period (default: the latest year with approved values), each cell with its light. */
export async function scorecardView(ctx: AppContext, actor: AccountActor, periodText: string | undefined, evaluation?: EvaluationData): Promise<ScorecardResponse> {
  const data = evaluation ?? (await loadEvaluationData(ctx.db, ctx.now()));
  const c = data.catalogue;
  const text = periodText ?? String((await repo.latestApprovedYear(ctx.db)) ?? c.plan.to);
  const period = parsePeriod(text);
  if (!period) throw new AppError('INVALID_REQUEST', { field: 'period', message: `period "${text}" must be YYYY-MM, YYYY-Qn or YYYY` });
  const scopes = readableScopes(actor, c.areas);
  const rows = buildScorecard(data.evaluation, period, scopes);
  return {
    period: period.text,
    scopes,
    rows: rows.map((r) => {
      const i = findIndicator(c, r.indicatorCode)!;
      return { indicatorCode: r.indicatorCode, nameZh: i.nameZh, nameEn: i.nameEn, unit: unitView(c, i.unit), targetId: r.targetId, cells: r.cells };
    }),
  };
}

/**
 * The approved series of an indicator for an area (or the zone, areaCode null) by month, quarter or year — what later
 * work (risk rules, dashboards) reads. Derived and computed indicators are evaluated the same way; only approved
 * entered values count.
 */
export async function approvedSeries(db: DbOrTx, indicatorCode: string, areaCode: string | null, periodKind: PeriodKind, now: Date = new Date()): Promise<SeriesPoint[]> {
  // Only a raw indicator can do without zimao's own computed figures (a derived one may be built on them).
  const computed = findIndicator(indicatorCatalogue(), indicatorCode)?.kind !== 'raw';
  const data = await loadEvaluationData(db, now, { computed });
  return seriesOf(data.evaluation, indicatorCode, areaCode ?? ZONE, periodKind);
}
