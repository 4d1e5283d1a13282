import { describe, expect, it } from 'vitest';
import { check } from './names-test-kit.ts';

const codes = (name: string) => check(name).reasons.map((r) => r.code);

describe('name rules (domain-rules §5.2): each rule passes a good name and rejects a bad one', () => {
  it('accepts a well-formed zone name', () => {
    const result = check('重庆红光科技有限公司');
    expect(result.verdict).toBe('available');
    expect(result.reasons.map((r) => r.code)).toEqual(['NAME-09']);
  });

  it.each([
    ['NAME-02 letters', '重庆ABC科技有限公司', 'NAME-02'],
    ['NAME-02 digits', '重庆红光123科技有限公司', 'NAME-02'],
    ['NAME-05 no organisational form', '重庆红光科技', 'NAME-05'],
    ['NAME-03 no division', '红光科技有限公司', 'NAME-03'],
    ['NAME-03 another province', '北京红光科技有限公司', 'NAME-03'],
    ['NAME-03 a Chongqing district outside the zone', '重庆万州区红光科技有限公司', 'NAME-03'],
    ['NAME-04 one-character trade name', '重庆红科技有限公司', 'NAME-04'],
    ['NAME-04 a division as trade name', '重庆渝北科技有限公司', 'NAME-04'],
    ['NAME-04 an industry word as trade name', '重庆科技发展有限公司', 'NAME-04'],
    ['NAME-07 中国 as a prefix', '中国红光科技有限公司', 'NAME-07'],
    ['NAME-07 国家 in the trade name', '重庆国家红光科技有限公司', 'NAME-07'],
    ['NAME-06 a state organ', '重庆公安红光科技有限公司', 'NAME-06'],
    ['NAME-06 a foreign country', '重庆美国科技有限公司', 'NAME-06'],
    ['NAME-06 gambling', '重庆红光博彩有限公司', 'NAME-06'],
    ['NAME-06 an international organisation', '重庆联合国贸易有限公司', 'NAME-06'],
  ])('%s: %s', (_label, name, code) => {
    const result = check(name);
    expect(result.verdict).toBe('rejected');
    expect(codes(name)).toContain(code);
    for (const r of result.reasons) expect(r.legalBasis).toMatch(/企业名称登记管理规定/);
  });

  it.each([
    ['a district of the zone after its city', '重庆市渝北区红光科技有限公司'],
    ['a bracketed Chongqing division', '红光（重庆）酒业有限公司'],
    ['（中国） after a foreign investor’s trade name', '重庆西门子（中国）投资有限公司'],
    ['中华 qualifying the industry, not the trade name', '重庆红光中华文化传播有限公司'],
    ['a partnership', '重庆红光股权投资合伙企业（有限合伙）'],
  ])('passes %s: %s', (_label, name) => {
    expect(check(name).verdict).toBe('available');
  });

  it('checks the organisational form against the legal form when one is given (NAME-05)', async () => {
    const { checkName } = await import('./check-name.ts');
    const { nameRules } = await import('./names-test-kit.ts');
    expect(checkName({ name: '重庆红光科技有限公司', asOf: '2026-01-01', legalForm: 'partnership' }, [], nameRules).verdict).toBe('rejected');
    expect(checkName({ name: '重庆红光科技有限公司', asOf: '2026-01-01', legalForm: 'company' }, [], nameRules).verdict).toBe('available');
  });
});
