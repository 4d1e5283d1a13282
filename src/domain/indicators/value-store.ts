// The values an evaluation reads: approved entries of raw indicators and the monthly values of computed ones, by
// indicator, scope (an area code, or CQFTZ for the zone) and period. Built once per request from rows the server
// read; never written afterwards.
import { parsePeriod, type Month } from './periods.ts';

/** The zone unit of the whole zone: its values are entered by the FTZ Office or summed across the areas. */
export const ZONE = 'CQFTZ';

export interface StoreEntry {
  indicatorCode: string;
  scope: string;
  period: string;
  value: number;
}

export interface ValueStore {
  get(code: string, scope: string, period: string): number | undefined;
  /** The last month any value of the indicator at the scope covers, or null. */
  lastMonth(code: string, scope: string): Month | null;
  /** The first month any value of the indicator at the scope covers, or null. */
  firstMonth(code: string, scope: string): Month | null;
  /** The scopes that have any value of the indicator. */
  scopesOf(code: string): string[];
}

const key = (code: string, scope: string, period: string) => `${code}|${scope}|${period}`;

// Guarantees: a store answering exactly the entries given (a later entry of the same key wins); periods that do not
// parse are left out.
export function buildStore(entries: Iterable<StoreEntry>): ValueStore {
  const values = new Map<string, number>();
  const spans = new Map<string, { first: Month; last: Month }>();
  const scopes = new Map<string, Set<string>>();
  for (const e of entries) {
    const p = parsePeriod(e.period);
    if (!p || !Number.isFinite(e.value)) continue;
    values.set(key(e.indicatorCode, e.scope, e.period), e.value);
    const spanKey = `${e.indicatorCode}|${e.scope}`;
    const span = spans.get(spanKey);
    spans.set(spanKey, { first: Math.min(span?.first ?? p.from, p.from), last: Math.max(span?.last ?? p.to, p.to) });
    const set = scopes.get(e.indicatorCode) ?? new Set<string>();
    set.add(e.scope);
    scopes.set(e.indicatorCode, set);
  }
  return {
    get: (code, scope, period) => values.get(key(code, scope, period)),
    lastMonth: (code, scope) => spans.get(`${code}|${scope}`)?.last ?? null,
    firstMonth: (code, scope) => spans.get(`${code}|${scope}`)?.first ?? null,
    scopesOf: (code) => [...(scopes.get(code) ?? [])].sort(),
  };
}
