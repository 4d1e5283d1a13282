// Demo indicator values, submitted and approved through the indicators service (so the checks, revisions and
// history are the real ones): monthly values 2017–2020 for Liangjiang (by its area officer), Xiyong (by its area
// officer) and Guoyuan Port (keyed in by the administrator: the demo has no Guoyuan Port officer), the city's foreign
// investment for the zone's share (CQFTZ), all approved by the FTZ Office; and one submission left awaiting approval
// (early 2021 figures and a revision with its reason) for the approval queue. The figures are invented, smooth and
// deterministic: they illustrate the pages and the lights, they are not statistics.
import type { SubmittedValueInput } from '../../schemas/indicators.ts';
import type { AccountActor, AppContext } from '../context.ts';
import type { Tx } from '../db/database.ts';
import { approveSubmission, submitValues } from '../features/indicators/service.ts';
import type { z } from 'zod';

type Value = z.infer<typeof SubmittedValueInput>;

interface Series {
  indicatorCode: string;
  /** The monthly value in January 2017. */
  start: number;
  /** Growth per year (flows) or added per month (stocks, when `step` is given). */
  growth?: number;
  step?: number;
  /** Round to whole numbers (counts). */
  whole?: boolean;
  /** Flows of new institutions: 1 every `every` months, else 0. */
  every?: number;
}

const AREAS: Record<'LJ' | 'XY' | 'GYG', Series[]> = {
  LJ: [
    { indicatorCode: 'FDI_USD', start: 3.2, growth: 0.08 },
    { indicatorCode: 'TRADE_CNY', start: 95, growth: 0.1 },
    { indicatorCode: 'CONTAINER_TEU', start: 0.6, growth: 0.12 },
    { indicatorCode: 'FIN_INST_STOCK', start: 780, step: 7, whole: true },
    { indicatorCode: 'NEW_BANKING_INST', start: 0, every: 4, whole: true },
  ],
  XY: [
    { indicatorCode: 'FDI_USD', start: 1.6, growth: 0.09 },
    { indicatorCode: 'TRADE_CNY', start: 120, growth: 0.09 },
    { indicatorCode: 'CONTAINER_TEU', start: 1.1, growth: 0.15 },
    { indicatorCode: 'FIN_INST_STOCK', start: 60, step: 0.5, whole: true },
    { indicatorCode: 'NEW_BANKING_INST', start: 0, every: 12, whole: true },
  ],
  GYG: [
    { indicatorCode: 'FDI_USD', start: 0.9, growth: 0.1 },
    { indicatorCode: 'TRADE_CNY', start: 25, growth: 0.11 },
    { indicatorCode: 'CONTAINER_TEU', start: 2.4, growth: 0.16 },
    { indicatorCode: 'FIN_INST_STOCK', start: 40, step: 0.3, whole: true },
    { indicatorCode: 'NEW_BANKING_INST', start: 0, every: 18, whole: true },
  ],
};

const FIRST_YEAR = 2017;
const MONTHS = 48;
const month = (i: number) => `${FIRST_YEAR + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
/** A gentle seasonal swing: lower in February (Spring Festival), higher towards the year's end. */
const season = (i: number) => 1 + 0.06 * Math.sin((2 * Math.PI * ((i % 12) - 2)) / 12);
const round2 = (v: number) => Math.round(v * 100) / 100;

function valueAt(s: Series, i: number): number {
  if (s.every !== undefined) return (i + 1) % s.every === 0 ? 1 : 0;
  if (s.step !== undefined) return Math.round(s.start + s.step * i);
  const v = s.start * (1 + (s.growth ?? 0)) ** (i / 12) * season(i);
  return s.whole ? Math.round(v) : round2(v);
}

export function demoAreaValues(area: keyof typeof AREAS): Value[] {
  return AREAS[area].flatMap((s) => Array.from({ length: MONTHS }, (_, i) => ({ indicatorCode: s.indicatorCode, period: month(i), value: valueAt(s, i) })));
}

/** The city's foreign investment: the zone's share slides from 88% (2017) to 83% (2020), so T02 (> 85%) slips. */
export function demoCityValues(): Value[] {
  return Array.from({ length: MONTHS }, (_, i) => {
    const zone = (['LJ', 'XY', 'GYG'] as const).reduce((sum, a) => sum + valueAt(AREAS[a][0]!, i), 0);
    return { indicatorCode: 'CITY_FDI_USD', period: month(i), value: round2(zone / (0.88 - (0.05 * i) / (MONTHS - 1))) };
  });
}

/** Submits and approves the demo values in the seed's transaction; returns how many values were approved. */
export async function seedDemoIndicators(ctx: AppContext, tx: Tx, users: ReadonlyMap<string, AccountActor>): Promise<number> {
  const analyst = users.get('analyst');
  const admin = users.get('admin');
  const officers: [string, AccountActor | undefined, Value[]][] = [
    ['LJ', users.get('area-lj'), demoAreaValues('LJ')],
    ['XY', users.get('area-xy'), demoAreaValues('XY')],
    ['GYG', admin, demoAreaValues('GYG')],
    ['CQFTZ', admin, demoCityValues()],
  ];
  if (!analyst) return 0;
  let approved = 0;
  for (const [areaCode, by, values] of officers) {
    if (!by) continue;
    const submitted = await submitValues(ctx, tx, by, { areaCode, values });
    await approveSubmission(ctx, tx, analyst, submitted.id, '示例数据：已核对');
    approved += submitted.valueCount;
  }
  const lj = users.get('area-lj');
  if (lj) {
    // Awaiting the FTZ Office: the first months of 2021, and a corrected December 2020 with its reason.
    await submitValues(ctx, tx, lj, {
      areaCode: 'LJ',
      values: [
        { indicatorCode: 'FDI_USD', period: '2021-01', value: 4.1 },
        { indicatorCode: 'FDI_USD', period: '2021-02', value: 3.6 },
        { indicatorCode: 'TRADE_CNY', period: '2020-12', value: 140, reason: '海关统计口径更正（示例）' },
      ],
    });
  }
  return approved;
}
