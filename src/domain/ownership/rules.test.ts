import { describe, expect, it } from 'vitest';
import rulesFile from '../../../reference-data/ownership/beneficial-owner-rules.json' with { type: 'json' };
import { BeneficialOwnerRules, classifyShare, exemptByCommitment, ruleInForce } from './rules.ts';

const rules = BeneficialOwnerRules.parse(rulesFile).rules;
const china = ruleInForce(rules, '2026-11-25')!;

describe('the beneficial-owner rule (BO-01 … BO-04, BO-23)', () => {
  it('is in force from 2024-11-01 and not before', () => {
    expect(china.id).toBe('CN-2024');
    expect(ruleInForce(rules, '2024-10-31')).toBeNull();
    expect(ruleInForce(rules, '2024-11-01')?.id).toBe('CN-2024');
  });

  it('25% exactly is a beneficial owner under 以上 (gte) and not under a strict rule (gt)', () => {
    expect(classifyShare({ min: 0.25, max: 0.25 }, china)).toBe('definite');
    expect(classifyShare({ min: 0.1 + 0.15, max: 0.1 + 0.15 }, china)).toBe('definite');
    expect(classifyShare({ min: 0.25, max: 0.25 }, { thresholdPercent: 25, comparison: 'gt' })).toBeNull();
    expect(classifyShare({ min: 0.2499, max: 0.2499 }, china)).toBeNull();
  });

  it('a range is definite when its low bound meets the threshold, possible when only its high bound does', () => {
    expect(classifyShare({ min: 0.3, max: 0.6 }, china)).toBe('definite');
    expect(classifyShare({ min: 0, max: 0.6 }, china)).toBe('possible');
    expect(classifyShare({ min: 0, max: 0.24 }, china)).toBeNull();
  });

  it('exempts by commitment only a small entity whose investors are all natural persons', () => {
    expect(exemptByCommitment({ registeredCapitalYuan: 10_000_000, investorKinds: ['person', 'person'] }, china)).toBe(true);
    expect(exemptByCommitment({ registeredCapitalYuan: 10_000_001, investorKinds: ['person'] }, china)).toBe(false);
    expect(exemptByCommitment({ registeredCapitalYuan: 1_000_000, investorKinds: ['person', 'entity'] }, china)).toBe(false);
  });
});
