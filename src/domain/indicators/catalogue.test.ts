import { describe, expect, it } from 'vitest';
import raw from '../../../reference-data/plan/indicators.json' with { type: 'json' };
import { catalogueProblems, parseCatalogue, targetsOf, type Catalogue } from './catalogue.ts';
import { CATALOGUE } from './indicators-test-kit.ts';

describe('the shipped catalogue (reference-data/plan/indicators.json)', () => {
  it('holds every quantified target of the Plan, T01–T22, each on a known indicator in its unit', () => {
    expect(CATALOGUE.targets.map((t) => t.id)).toEqual(Array.from({ length: 22 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`));
    expect(catalogueProblems(CATALOGUE)).toEqual([]);
    const t = (id: string) => CATALOGUE.targets.find((x) => x.id === id)!;
    expect(t('T01')).toMatchObject({ comparator: 'gt', value: 80, unit: 'USD_100M', periodKind: 'annual_average', from: 2018, targetYear: 2020, planSection: 'II.(I).1' });
    expect(t('T22')).toMatchObject({ comparator: 'range', valueMin: 3, valueMax: 5, periodKind: 'cumulative_new' });
    expect(t('T14')).toMatchObject({ comparator: 'eq_reach', value: 1300, periodKind: 'by_end_year' });
    // The Plan gives no baseline for any target: none is invented.
    expect(CATALOGUE.targets.every((x) => x.baseline === null)).toBe(true);
    // The ambiguities stay visible.
    for (const id of ['T01', 'T03', 'T13', 'T15']) expect(t(id).ambiguityEn).toBeTruthy();
    expect(targetsOf(CATALOGUE, 'FDI_USD').map((x) => x.id)).toEqual(['T01']);
  });

  it('has raw, derived and computed indicators, and the numeric 2017 baselines with their flags', () => {
    const kinds = new Set(CATALOGUE.indicators.map((i) => i.kind));
    expect(kinds).toEqual(new Set(['raw', 'derived', 'computed']));
    expect(CATALOGUE.indicators.filter((i) => i.kind === 'derived').map((i) => i.kind === 'derived' && i.formula.op)).toEqual(expect.arrayContaining(['growth', 'share', 'sum']));
    expect(CATALOGUE.baselines.map((b) => b.id)).toEqual(['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07']);
    expect(CATALOGUE.baselines.find((b) => b.id === 'B06')!.flags).toContain('unit-missing');
    expect(CATALOGUE.baselines.find((b) => b.id === 'B01')!.parts!.find((p) => p.scope === 'GYG')).toMatchObject({ value: 30.88, asPrinted: '30.38 square meters' });
  });
});

describe('catalogue problems', () => {
  const copy = (): Catalogue => structuredClone(CATALOGUE);

  it('finds unknown references, mixed units and cycles', () => {
    const c = copy();
    c.targets[0] = { ...c.targets[0]!, indicator: 'NOPE' };
    c.targets[1] = { ...c.targets[1]!, unit: 'CNY_100M' };
    const growth = c.indicators.find((i) => i.code === 'TRADE_GROWTH')!;
    if (growth.kind === 'derived') growth.formula = { op: 'growth', of: 'TRADE_GROWTH' };
    const total = c.indicators.find((i) => i.code === 'NEW_FIN_INST_TOTAL')!;
    if (total.kind === 'derived') total.formula = { op: 'sum', of: ['NEW_BANKING_INST', 'TRADE_CNY'] };
    const problems = catalogueProblems(c);
    expect(problems).toEqual(
      expect.arrayContaining([
        'T01: unknown indicator NOPE',
        expect.stringContaining('T02: unit CNY_100M'),
        'TRADE_GROWTH: its formula refers back to itself',
        expect.stringContaining('NEW_FIN_INST_TOTAL: sums TRADE_CNY'),
      ]),
    );
  });

  it('refuses a file that does not parse, listing the problem', () => {
    expect(() => parseCatalogue({ ...raw, targets: [{ id: 'T01' }] })).toThrow(/indicators\.json: targets\.0/);
    const dup = structuredClone(raw) as { indicators: unknown[] };
    dup.indicators.push(dup.indicators[0]);
    expect(() => parseCatalogue(dup)).toThrow(/indicator FDI_USD appears twice/);
  });
});
