import { describe, expect, it } from 'vitest';
import { isThirdParty, periodSpan } from './assessment-kinds.ts';
import { errorOf } from './assessment-test-kit.ts';

describe('periods by kind', () => {
  it('a semi-annual assessment covers a half-year; the others a year', () => {
    expect(periodSpan('third_party_semiannual', '2026-H1')).toEqual({ period: '2026-H1', from: '2026-01-01', to: '2026-06-30' });
    expect(periodSpan('third_party_semiannual', '2026-H2')).toEqual({ period: '2026-H2', from: '2026-07-01', to: '2026-12-31' });
    for (const kind of ['annual', 'mid_term', 'third_party_annual'] as const) expect(periodSpan(kind, '2025')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
  });

  it.each([
    ['third_party_semiannual', '2026'],
    ['third_party_semiannual', '2026-H3'],
    ['annual', '2026-H1'],
    ['annual', '26'],
    ['mid_term', '2019-2020'],
  ] as const)('%s refuses %s naming period', (kind, period) => {
    expect(errorOf(() => periodSpan(kind, period))).toMatchObject({ code: 'INVALID_REQUEST', field: 'period' });
  });

  it('only the two third-party kinds are scored by an assessor', () => {
    expect([isThirdParty('annual'), isThirdParty('mid_term'), isThirdParty('third_party_annual'), isThirdParty('third_party_semiannual')]).toEqual([false, false, true, true]);
  });
});
