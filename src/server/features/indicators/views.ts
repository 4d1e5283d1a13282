// The catalogue's entries and the domain's answers as the API shows them (src/schemas/indicators.ts).
import { findUnit, type Baseline, type Catalogue, type Indicator, type Progress, type Target } from '../../../domain/indicators/index.ts';
import type { BaselineView, IndicatorView, ProgressView, TargetView, UnitView } from '../../../schemas/indicators.ts';

export function unitView(c: Catalogue, code: string): UnitView {
  const u = findUnit(c, code);
  return u ? { code: u.code, zh: u.zh, en: u.en } : { code, zh: code, en: code };
}

export function indicatorView(c: Catalogue, i: Indicator): IndicatorView {
  return {
    code: i.code, nameZh: i.nameZh, nameEn: i.nameEn, kind: i.kind, unit: unitView(c, i.unit), measure: i.measure, direction: i.direction,
    entry: i.kind === 'raw' ? i.entry : null,
    entryPeriods: i.kind === 'raw' ? i.entryPeriods : i.kind === 'computed' ? ['month'] : [],
    formula: i.kind === 'derived' ? { op: i.formula.op, operands: i.formula.op === 'growth' ? [i.formula.of] : i.formula.op === 'share' ? [i.formula.numerator, i.formula.denominator] : i.formula.of } : null,
    computedFrom: i.kind === 'computed' ? i.computedFrom : null,
    range: i.range, planSection: i.planSection, source: i.source, confidence: i.confidence, noteZh: i.noteZh ?? null, noteEn: i.noteEn ?? null,
  };
}

export function targetView(c: Catalogue, t: Target): TargetView {
  return {
    id: t.id, indicator: t.indicator, comparator: t.comparator, value: t.value ?? null, valueMin: t.valueMin ?? null, valueMax: t.valueMax ?? null, unit: unitView(c, t.unit),
    periodKind: t.periodKind, from: t.from, targetYear: t.targetYear, scope: t.scope, direction: t.direction, planSection: t.planSection,
    asStatedZh: t.asStatedZh, asStatedEn: t.asStatedEn, baseline: t.baseline, ambiguityZh: t.ambiguityZh ?? null, ambiguityEn: t.ambiguityEn ?? null, confidence: t.confidence,
  };
}

export function progressView(p: Progress, scope: string, withTrack: boolean): ProgressView {
  return {
    targetId: p.targetId, scope, light: p.light, reasonZh: p.reasonZh, reasonEn: p.reasonEn, status: p.status, asOf: p.asOf,
    actual: roundOrNull(p.actual), expected: roundOrNull(p.expected), goal: p.goal, comparison: p.comparison, achieved: p.achieved, complete: p.complete, missing: p.missing,
    baseline: p.baseline, forecast: { ...p.forecast, value: roundOrNull(p.forecast.value) }, forecastMeetsTarget: p.forecastMeetsTarget, granularity: p.granularity,
    track: withTrack ? p.track : [],
  };
}

export function baselineView(b: Baseline): BaselineView {
  return {
    id: b.id, factZh: b.factZh, factEn: b.factEn, value: b.value, growthPercent: b.growthPercent ?? null, unitZh: b.unitZh, unitEn: b.unitEn, scope: b.scope, year: b.year,
    indicator: b.indicator, flags: b.flags, noteZh: b.noteZh, noteEn: b.noteEn, confidence: b.confidence,
  };
}

function roundOrNull(v: number | null): number | null {
  return v === null ? null : Math.round(v * 1e6) / 1e6;
}
