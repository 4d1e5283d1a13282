import { describe, expect, it } from 'vitest';
import { nameRules } from './names-test-kit.ts';
import { parseName } from './parse-name.ts';

const parts = (name: string) => {
  const p = parseName(name, nameRules);
  return [p.division, p.tradeName, p.industry, p.form];
};

describe('parseName (NAME-01: division + trade name + industry + form)', () => {
  it.each([
    ['重庆红光科技有限公司', ['重庆', '红光', '科技', '有限公司']],
    ['重庆市红光科技发展有限公司', ['重庆市', '红光', '科技发展', '有限公司']],
    ['重庆市渝北区红光网络科技有限责任公司', ['重庆市渝北区', '红光', '网络科技', '有限责任公司']],
    ['重庆万青房地产开发股份有限公司', ['重庆', '万青', '房地产开发', '股份有限公司']],
    ['重庆红光明科技有限公司', ['重庆', '红光明', '科技', '有限公司']],
    ['重庆红光酒业有限公司', ['重庆', '红光', '酒业', '有限公司']],
    ['重庆红光纸业有限公司', ['重庆', '红光', '纸业', '有限公司']],
    ['重庆红光有限公司', ['重庆', '红光', null, '有限公司']],
    ['重庆红光实业集团有限公司', ['重庆', '红光', '实业', '集团有限公司']],
    ['重庆红光股权投资合伙企业（有限合伙）', ['重庆', '红光', '股权投资', '合伙企业（有限合伙）']],
    ['重庆红光股权投资合伙企业(有限合伙)', ['重庆', '红光', '股权投资', '合伙企业（有限合伙）']],
    ['北京红光科技有限公司', ['北京', '红光', '科技', '有限公司']],
    ['红光科技有限公司', [null, '红光', '科技', '有限公司']],
    ['红光科技', [null, '红光', '科技', null]],
  ])('%s', (name, expected) => {
    expect(parts(name)).toEqual(expected);
  });

  it('reads a division written after the trade name in brackets as the same division (SAIC 2017: another order)', () => {
    expect(parts('红光（重庆）酒业有限公司')).toEqual(['重庆', '红光', '酒业', '有限公司']);
    expect(parseName('红光（北京）酒业有限公司', nameRules).divisionKind).toBe('other');
  });

  it('tells the zone authority’s divisions from others', () => {
    expect(parseName('重庆市渝中区红光科技有限公司', nameRules).divisionKind).toBe('registering');
    expect(parseName('四川省红光科技有限公司', nameRules).divisionKind).toBe('other');
  });

  it('takes （中国） after a foreign investor’s trade name as the Art. 12 marker, not as part of the name', () => {
    const p = parseName('重庆西门子（中国）投资有限公司', nameRules);
    expect([p.tradeName, p.industry, p.chinaMarker]).toEqual(['西门子', '投资', true]);
  });

  it('reads a development-zone name after the division', () => {
    const p = parseName('重庆两江新区红光科技有限公司', nameRules);
    expect([p.division, p.developmentZone, p.tradeName]).toEqual(['重庆', '两江新区', '红光']);
  });

  it('ignores spaces', () => {
    expect(parts(' 重庆 红光 科技 有限公司 ')).toEqual(['重庆', '红光', '科技', '有限公司']);
  });
});
