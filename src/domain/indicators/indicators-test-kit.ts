// Helpers for the indicators tests: the shipped catalogue, a context over given values, and values spread over months.
import raw from '../../../reference-data/plan/indicators.json' with { type: 'json' };
import { parseCatalogue, type Catalogue, type Target } from './catalogue.ts';
import type { EvaluationContext } from './evaluate.ts';
import { formatMonth, monthOf, type Month } from './periods.ts';
import { buildStore, type StoreEntry } from './value-store.ts';

export const CATALOGUE: Catalogue = parseCatalogue(raw);

/** The catalogue with its targets replaced (or added) by the given ones. */
export function withTargets(...targets: Target[]): Catalogue {
  const ids = new Set(targets.map((t) => t.id));
  return { ...CATALOGUE, targets: [...CATALOGUE.targets.filter((t) => !ids.has(t.id)), ...targets] };
}

export function context(entries: StoreEntry[], options: { catalogue?: Catalogue; currentMonth?: Month } = {}): EvaluationContext {
  return { catalogue: options.catalogue ?? CATALOGUE, store: buildStore(entries), currentMonth: options.currentMonth ?? monthOf(2026, 11) };
}

/** Consecutive monthly entries from `first` (YYYY-MM). */
export function monthly(indicatorCode: string, scope: string, first: string, values: number[]): StoreEntry[] {
  const start = monthOf(Number(first.slice(0, 4)), Number(first.slice(5, 7)));
  return values.map((value, i) => ({ indicatorCode, scope, period: formatMonth(start + i), value }));
}

/** The same value every month of the years from–to. */
export function flat(indicatorCode: string, scope: string, from: number, to: number, value: number): StoreEntry[] {
  return monthly(indicatorCode, scope, `${from}-01`, Array.from({ length: (to - from + 1) * 12 }, () => value));
}

export const T = (partial: Partial<Target> & Pick<Target, 'id' | 'indicator' | 'comparator' | 'periodKind' | 'unit'>): Target => ({
  from: 2018, targetYear: 2020, scope: 'zone', direction: 'higher', planSection: 'test', asStatedZh: '测试', asStatedEn: 'test', baseline: null, confidence: 'low',
  ...partial,
});
