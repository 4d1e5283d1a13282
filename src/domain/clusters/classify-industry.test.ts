import { describe, expect, it } from 'vitest';
import { classifyIndustry } from './classify-industry.ts';
import { catalogue, errorOf } from './clusters-test-kit.ts';

const classify = (code: string) => classifyIndustry(code, catalogue);

describe('classifyIndustry', () => {
  it('puts a class mapped exactly into its sub-industry, emerging through the sub-industry', () => {
    const c = classify('3973');
    expect(c).toMatchObject({ outcome: 'classified', clusterIds: ['C1'], subIndustryIds: ['C1.3'], outranked: [], possible: [] });
    expect(c.matches[0]).toMatchObject({ mappedCode: '3973', level: 'class', confidence: 'high', nameZh: '集成电路' });
    expect(c.emerging).toEqual([{ id: 'EM-IC', nameZh: '集成电路', nameEn: 'Integrated circuits', via: 'sub-industry', ref: 'C1.3' }]);
    expect(c.reasons.map((r) => r.code)).toEqual(['CL-MATCH', 'CL-EMERGING']);
  });

  it('lets the most specific mapping win and explains the one it outranks (7340 over the division 73)', () => {
    const c = classify('7340');
    expect(c.subIndustryIds).toEqual(['C1.5']);
    expect(c.outranked.map((o) => [o.subIndustryId, o.mappedCode])).toEqual([['C5.4', '73']]);
    expect(c.reasons.map((r) => r.code)).toEqual(['CL-MATCH', 'CL-OUTRANKED', 'CL-EMERGING']);
    // A sibling class of the same division falls back to the division's mapping.
    expect(classify('7320')).toMatchObject({ subIndustryIds: ['C5.4'], matches: [{ mappedCode: '73', level: 'division' }], emerging: [] });
  });

  it('takes a group mapping for the classes under it, and a class mapping over its group', () => {
    expect(classify('3581')).toMatchObject({ subIndustryIds: ['C1.5'], matches: [{ mappedCode: '358', level: 'group' }] });
    expect(classify('2761').matches.map((m) => m.mappedCode)).toEqual(['2761']);
    expect(classify('2761').outranked.map((m) => m.mappedCode)).toEqual(['27']);
  });

  it('keeps every equally specific mapping: a code the Plan names under two clusters is in both', () => {
    const c = classify('6813');
    expect(c.subIndustryIds).toEqual(['C4.4', 'C5.2']);
    expect(c.clusterIds).toEqual(['C4', 'C5']);
    expect(c.reasons.map((r) => r.code)).toContain('CL-TIE');
    expect(classify('3985')).toMatchObject({ subIndustryIds: ['C1.3', 'C1.4'], clusterIds: ['C1'] });
  });

  it('marks a code coarser than the mappings as possible, not classified', () => {
    const c = classify('39');
    expect(c.outcome).toBe('possible');
    expect(c.matches).toEqual([]);
    expect(new Set(c.possible.map((p) => p.subIndustryId))).toEqual(new Set(['C1.1', 'C1.3', 'C1.4', 'C1.6', 'C1.7']));
    expect(c.clusterIds).toEqual([]);
  });

  it('leaves a code outside every cluster unclassified, and finds the overlay through its own codes', () => {
    expect(classify('0111')).toMatchObject({ outcome: 'unclassified', matches: [], possible: [], reasons: [{ code: 'CL-NONE' }] });
    const green = classify('3591');
    expect(green).toMatchObject({ outcome: 'unclassified', emerging: [{ id: 'EM-GREEN', via: 'code', ref: '3591' }] });
  });

  it.each(['', '3', '39731', 'A', '39a1'])('refuses %j naming the field', (code) => {
    expect(errorOf(() => classifyIndustry(code, catalogue, 'industryCode'))).toMatchObject({ code: 'INVALID_REQUEST', field: 'industryCode' });
  });
});
