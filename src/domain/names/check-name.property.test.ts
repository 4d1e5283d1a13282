// Properties of the verdict over random registers: similar names never change it (NAME-12), the order of the
// register does not matter, and only names within the one-year window can block (Art. 17).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExistingName } from './name-result.ts';
import { check } from './names-test-kit.ts';

const TRADE = ['红光', '宏光', '红光明', '万青', '青枫', '光明'];
const INDUSTRY = ['科技', '科技发展', '地产', '房地产', '餐饮', ''];
const existingName = fc.record({
  name: fc.tuple(fc.constantFrom(...TRADE), fc.constantFrom(...INDUSTRY)).map(([t, i]) => `重庆${t}${i}有限公司`),
  status: fc.constantFrom('registered', 'reserved', 'deregistered', 'changed', 'revoked') as fc.Arbitrary<ExistingName['status']>,
  since: fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2021, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
  relatedInvestment: fc.boolean(),
});
const declared = fc.tuple(fc.constantFrom(...TRADE), fc.constantFrom(...INDUSTRY)).map(([t, i]) => `重庆${t}${i}有限公司`);

describe('checkName properties', () => {
  it('dropping every name that is not a conflict leaves the verdict unchanged', () => {
    fc.assert(
      fc.property(declared, fc.array(existingName, { maxLength: 12 }), (name, register) => {
        const full = check(name, register);
        const conflictNames = new Set(full.conflicts.map((c) => `${c.name}|${c.status}|${c.since}`));
        const onlyConflicts = register.filter((e) => conflictNames.has(`${e.name}|${e.status}|${e.since}`));
        expect(check(name, onlyConflicts).verdict).toBe(full.verdict);
      }),
    );
  });

  it('the register’s order does not change the verdict or the conflicts', () => {
    fc.assert(
      fc.property(declared, fc.array(existingName, { maxLength: 12 }), (name, register) => {
        const a = check(name, register);
        const b = check(name, [...register].reverse());
        expect(b.verdict).toBe(a.verdict);
        expect(new Set(b.conflicts.map((c) => c.name))).toEqual(new Set(a.conflicts.map((c) => c.name)));
      }),
    );
  });

  it('a conflict is always an identical trade name, registered or reserved or gone less than a year', () => {
    fc.assert(
      fc.property(declared, fc.array(existingName, { maxLength: 12 }), (name, register) => {
        const result = check(name, register);
        for (const c of result.conflicts) {
          expect(c.tradeName).toBe(result.parsed.tradeName);
          if (c.status !== 'registered' && c.status !== 'reserved') expect(c.since > '2025-11-24').toBe(true);
        }
      }),
    );
  });
});
