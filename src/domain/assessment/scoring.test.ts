import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyOf, errorOf, shipped, uniformScores } from './assessment-test-kit.ts';
import { assessmentResult, checkScoreEntries, gradeFor, roundTotal } from './scoring.ts';

const annual = shipped('annual-area');
const thirdParty = shipped('third-party-semiannual');

describe('checkScoreEntries: within the scale, with evidence', () => {
  it('accepts the scale’s ends and trims the evidence', () => {
    const checked = checkScoreEntries(annual, [
      { criterionKey: 'leading-projects', score: 0, evidence: '  list of projects  ' },
      { criterionKey: 'economic-scale', score: 100, evidence: 'statistics' },
    ]);
    expect(checked).toEqual([
      { criterionKey: 'leading-projects', score: 0, evidence: 'list of projects' },
      { criterionKey: 'economic-scale', score: 100, evidence: 'statistics' },
    ]);
  });

  it.each([
    [-1, 'below the scale'],
    [100.5, 'above the scale (and not a whole step)'],
    [101, 'above the scale'],
    [50.5, 'not a whole step of 1'],
    [Number.NaN, 'not a number'],
  ])('refuses %s (%s), naming scores.<i>.score', (score) => {
    const err = errorOf(() => checkScoreEntries(annual, [{ criterionKey: 'land-intensity', score: 50, evidence: 'x' }, { criterionKey: 'leading-projects', score, evidence: 'x' }]));
    expect(err).toMatchObject({ code: 'INVALID_REQUEST', field: 'scores.1.score' });
  });

  it('on a 0–10 scale in steps of 0.5: 9.5 and 10 pass, 9.75 and 10.5 do not', () => {
    expect(checkScoreEntries(thirdParty, [{ criterionKey: 'problems', score: 9.5, evidence: 'x' }])[0]!.score).toBe(9.5);
    expect(checkScoreEntries(thirdParty, [{ criterionKey: 'problems', score: 10, evidence: 'x' }])[0]!.score).toBe(10);
    expect(errorOf(() => checkScoreEntries(thirdParty, [{ criterionKey: 'problems', score: 9.75, evidence: 'x' }])).field).toBe('scores.0.score');
    expect(errorOf(() => checkScoreEntries(thirdParty, [{ criterionKey: 'problems', score: 10.5, evidence: 'x' }])).field).toBe('scores.0.score');
  });

  it.each([undefined, '', '   \n'])('refuses evidence %j, naming scores.<i>.evidence', (evidence) => {
    const err = errorOf(() => checkScoreEntries(annual, [{ criterionKey: 'leading-projects', score: 80, evidence }]));
    expect(err).toMatchObject({ code: 'INVALID_REQUEST', field: 'scores.0.evidence' });
    expect(err.message).toMatch(/evidence/);
  });

  it('refuses an unknown criterion, one scored twice, and no scores at all', () => {
    expect(errorOf(() => checkScoreEntries(annual, [{ criterionKey: 'innovation-cases', score: 1, evidence: 'x' }])).field).toBe('scores.0.criterionKey');
    expect(errorOf(() => checkScoreEntries(annual, [{ criterionKey: 'economic-scale', score: 1, evidence: 'x' }, { criterionKey: 'economic-scale', score: 2, evidence: 'y' }])).field).toBe('scores.1.criterionKey');
    expect(errorOf(() => checkScoreEntries(annual, [])).field).toBe('scores');
  });
});

describe('assessmentResult: weighted total and grade', () => {
  it('is incomplete, with the missing criteria in template order, until all are scored', () => {
    const result = assessmentResult(annual, [{ criterionKey: 'policy-innovation', score: 90 }, { criterionKey: 'leading-projects', score: 50 }]);
    expect(result).toMatchObject({ complete: false, total: null, grade: null });
    expect(result.missing).toEqual(['advantageous-industries', 'economic-scale', 'industrial-structure', 'land-intensity', 'ecological-environment']);
    expect(result.contributions[0]).toEqual({ criterionKey: 'leading-projects', weight: 20, score: 50, weighted: 10 });
  });

  it('weighs each criterion by its weight over its own scale', () => {
    // 0–10 scale: 8 of 10 on a 30% criterion contributes 24.
    const scores = thirdParty.criteria.map((c) => ({ criterionKey: c.key, score: c.key === 'development-status' ? 8 : 10 }));
    const result = assessmentResult(thirdParty, scores);
    expect(result.total).toBe(94);
    expect(result.contributions[0]!.weighted).toBe(24);
    expect(result.grade?.key).toBe('excellent');
  });

  it('all at the minimum → 0 and the lowest band; all at the maximum → 100 and the highest', () => {
    for (const t of [annual, thirdParty, shipped('mid-term-area'), shipped('third-party-annual')]) {
      expect(assessmentResult(t, uniformScores(t, 0))).toMatchObject({ total: 0, grade: { key: 'fail' } });
      expect(assessmentResult(t, uniformScores(t, 1))).toMatchObject({ total: 100, grade: { key: 'excellent' } });
    }
  });

  it.each([
    [90, 'excellent'],
    [89.99, 'good'],
    [80, 'good'],
    [79.99, 'pass'],
    [60, 'pass'],
    [59.99, 'fail'],
    [0, 'fail'],
  ])('grade bands at the boundaries: %s → %s', (total, grade) => {
    expect(gradeFor(annual, total).key).toBe(grade);
  });

  it('grades the total as shown (rounded to two decimals)', () => {
    // 89.995 rounds to 90.00: excellent, as shown.
    expect(roundTotal(89.995)).toBe(90);
    const t = copyOf('annual-area');
    t.criteria = [{ ...t.criteria[0]!, weight: 100, scale: { min: 0, max: 200000, step: 1 } }];
    expect(assessmentResult(t, [{ criterionKey: 'leading-projects', score: 179991 }])).toMatchObject({ total: 90, grade: { key: 'excellent' } });
  });

  it('the total always lies in 0–100 and equals the rounded sum of weight × fraction (property)', () => {
    const scoreFor = (min: number, max: number, step: number) => fc.integer({ min: 0, max: Math.round((max - min) / step) }).map((k) => min + k * step);
    fc.assert(
      fc.property(fc.tuple(...annual.criteria.map((c) => scoreFor(c.scale.min, c.scale.max, c.scale.step))), (values) => {
        const scores = annual.criteria.map((c, i) => ({ criterionKey: c.key, score: values[i]! }));
        const { total } = assessmentResult(annual, scores);
        const expected = annual.criteria.reduce((s, c, i) => s + (c.weight * values[i]!) / 100, 0);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
        expect(Math.abs(total! - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});
