// What an evaluation reads: the approved values (only approved values count in progress) and the monthly values
// of the indicators zimao computes from its own data — new enterprises, foreign-invested ones and their registered
// capital from the register (through the enterprises service), files decided and decided on time (through the files
// service). Registered capital is also broken down by GB/T 4754 section, through the reference service.
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { buildStore, findUnit, monthOfDate, type Catalogue, type ComputedSource, type EvaluationContext, type StoreEntry } from '../../../domain/indicators/index.ts';
import type { DbOrTx } from '../../db/database.ts';
import { registrationsByAreaMonth, registrationsByMonth } from '../enterprises/service.ts';
import { decisionsByMonth } from '../files/service.ts';
import { clusterClassifier } from '../projects/clusters.ts';
import { industryTree, searchIndustries } from '../reference/service.ts';
import { indicatorCatalogue } from './catalogue-file.ts';
import * as repo from './repository.ts';

export interface EvaluationData {
  catalogue: Catalogue;
  evaluation: EvaluationContext;
  today: string;
}

/** Loads the approved values and zimao's own monthly counts; `computed: false` leaves the latter out (none needed). */
export async function loadEvaluationData(db: DbOrTx, now: Date, options: { computed?: boolean } = {}): Promise<EvaluationData> {
  const catalogue = indicatorCatalogue();
  const today = civilDateInShanghai(now);
  const entries: StoreEntry[] = await repo.listApproved(db);
  if (options.computed !== false) {
    // By area and month, the classes summed in the database: all these indicators need (the overview evaluates every one).
    const registrations = (await registrationsByAreaMonth(db)).filter((r) => catalogue.areas.includes(r.areaCode));
    const decisions = (await decisionsByMonth(db)).filter((d) => catalogue.areas.includes(d.areaCode));
    entries.push(...computedEntries(catalogue, registrations, decisions));
  }
  return { catalogue, today, evaluation: { catalogue, store: buildStore(entries), currentMonth: monthOfDate(today) } };
}

type Registration = Awaited<ReturnType<typeof registrationsByAreaMonth>>[number];
/** New enterprises per area (of the catalogue), month and GB/T 4754 class: what the breakdowns of registered capital read. */
type ClassRegistration = Awaited<ReturnType<typeof registrationsByMonth>>[number];

export async function registrationsByClass(db: DbOrTx, catalogue: Catalogue): Promise<ClassRegistration[]> {
  return (await registrationsByMonth(db)).filter((r) => catalogue.areas.includes(r.areaCode));
}

type Decision = Awaited<ReturnType<typeof decisionsByMonth>>[number];

function computedEntries(catalogue: Catalogue, registrations: Registration[], decisions: Decision[]): StoreEntry[] {
  const sums = new Map<string, StoreEntry>();
  const add = (indicatorCode: string, scope: string, period: string, value: number) => {
    const key = `${indicatorCode}|${scope}|${period}`;
    const e = sums.get(key) ?? { indicatorCode, scope, period, value: 0 };
    e.value += value;
    sums.set(key, e);
  };
  const readers: Record<ComputedSource, (add: (scope: string, period: string, value: number) => void) => void> = {
    'enterprises.established': (put) => registrations.forEach((r) => put(r.areaCode, r.month, r.established)),
    'enterprises.foreign_invested': (put) => registrations.forEach((r) => put(r.areaCode, r.month, r.foreignInvested)),
    'enterprises.registered_capital': (put) => registrations.forEach((r) => put(r.areaCode, r.month, r.capitalYuan)),
    'files.decided': (put) => decisions.forEach((d) => put(d.areaCode, d.month, d.decided)),
    'files.decided_on_time': (put) => decisions.forEach((d) => put(d.areaCode, d.month, d.onTime)),
  };
  for (const indicator of catalogue.indicators) {
    if (indicator.kind !== 'computed') continue;
    // Registered capital is kept in yuan; the indicator's unit says how many yuan one of it is (亿元: 1e8).
    const factor = indicator.computedFrom === 'enterprises.registered_capital' ? findUnit(catalogue, indicator.unit)!.factor : 1;
    readers[indicator.computedFrom]((scope, period, value) => add(indicator.code, scope, period, value / factor));
  }
  return [...sums.values()];
}

/**
 * Registered capital of new enterprises in a year by GB/T 4754-2017 section (门类), for one area or the zone, in the
 * indicator's unit; sections without any capital are left out.
 */
export async function capitalBySection(db: DbOrTx, registrations: readonly ClassRegistration[], scope: string | null, year: number, unitFactor: number) {
  const tree = await industryTree(db);
  const parent = new Map(tree.rows.map((r) => [r.code, r.parent]));
  const sectionOf = (code: string): string => {
    let c = code;
    for (let i = 0; i < 5 && parent.get(c); i++) c = parent.get(c)!;
    return c;
  };
  const sums = new Map<string, number>();
  for (const r of registrations) {
    if (Number(r.month.slice(0, 4)) !== year || (scope !== null && r.areaCode !== scope) || r.capitalYuan === 0) continue;
    const section = sectionOf(r.industryCode);
    sums.set(section, (sums.get(section) ?? 0) + r.capitalYuan / unitFactor);
  }
  const names = new Map((await searchIndustries(db, { level: 'section', limit: 50, offset: 0 })).items.map((i) => [i.code, i]));
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, nameZh: names.get(key)?.nameZh ?? key, nameEn: names.get(key)?.nameEn ?? null, value: Math.round(value * 1e6) / 1e6 }));
}

/**
 * Registered capital of new enterprises in a year by the Plan's seven clusters (issue 7), for one area or the zone,
 * in the indicator's unit. A class in two clusters counts in both, so the items may add up to more than the total;
 * `none` holds what no cluster takes. Clusters without any capital are left out.
 */
export function capitalByCluster(registrations: readonly ClassRegistration[], scope: string | null, year: number, unitFactor: number) {
  const { clusters, clustersOf } = clusterClassifier();
  const sums = new Map<string, number>();
  for (const r of registrations) {
    if (Number(r.month.slice(0, 4)) !== year || (scope !== null && r.areaCode !== scope) || r.capitalYuan === 0) continue;
    for (const id of clustersOf(r.industryCode)) sums.set(id, (sums.get(id) ?? 0) + r.capitalYuan / unitFactor);
  }
  return clusters
    .filter((c) => sums.has(c.id))
    .map((c) => ({ key: c.id, nameZh: c.nameZh, nameEn: c.nameEn, value: Math.round(sums.get(c.id)! * 1e6) / 1e6 }));
}
