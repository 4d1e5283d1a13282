import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { industries } from './admission-test-kit.ts';
import { describeRestriction, diffEditions } from './diff-editions.ts';
import { NegativeListEdition } from './negative-list-edition.ts';

const load = (year: number) =>
  NegativeListEdition.parse(JSON.parse(readFileSync(new URL(`../../../reference-data/negative-lists/ftz-${year}.json`, import.meta.url), 'utf8')));
const [e2018, e2019, e2020, e2021] = [2018, 2019, 2020, 2021].map(load) as [NegativeListEdition, NegativeListEdition, NegativeListEdition, NegativeListEdition];

describe('diffEditions', () => {
  it('an edition against itself: every measure unchanged, nothing added or removed', () => {
    const entries = diffEditions(e2021, e2021, industries.sectionOf);
    expect(entries).toHaveLength(27);
    expect(entries.every((e) => e.change === 'unchanged' && e.from?.no === e.to?.no)).toBe(true);
  });

  it('2020 → 2021: vehicle manufacturing and satellite-TV receivers removed; the two survey measures folded into one', () => {
    const entries = diffEditions(e2020, e2021, industries.sectionOf);
    const removed = entries.filter((e) => e.change === 'removed').map((e) => e.from!.textEn);
    expect(removed.some((t) => /vehicle/i.test(t))).toBe(true);
    expect(removed.some((t) => /satellite/i.test(t))).toBe(true);
    // Every measure of each edition appears exactly once.
    expect(entries.filter((e) => e.to !== null)).toHaveLength(27);
    expect(entries.filter((e) => e.from !== null)).toHaveLength(30);
    const surveys = entries.find((e) => e.to?.no === 14);
    expect(surveys?.change).toBe('changed');
    expect(surveys?.differences).toContain('restrictions');
  });

  it('2018 → 2019: fishing lifted (removed), the unidentified measures ignored', () => {
    const entries = diffEditions(e2018, e2019, industries.sectionOf);
    expect(entries.filter((e) => e.change === 'removed').map((e) => e.from!.textEn).join(' ')).toMatch(/fish/i);
    expect(entries.filter((e) => e.from !== null)).toHaveLength(43); // 45 less Nos. 44–45, which name nothing
  });

  it('writes a condition with its percent, officer, scope and sunset', () => {
    expect(describeRestriction({ type: 'CN_MIN_SHARE', percent: 34 })).toBe('CN_MIN_SHARE 34%');
    expect(describeRestriction({ type: 'NATIONALITY', officer: 'legal_representative', scopeZh: '通用航空' })).toBe('NATIONALITY legal_representative (通用航空)');
    expect(describeRestriction({ type: 'CN_MIN_SHARE', percent: 50, sunsetOn: '2022-01-01' })).toBe('CN_MIN_SHARE 50% until 2022-01-01');
  });
});
