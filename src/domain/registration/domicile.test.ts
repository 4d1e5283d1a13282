import { describe, expect, it } from 'vitest';
import { deriveDomicile } from './domicile.ts';
import { domicileCatalogue, zoneDistricts } from './registration-test-kit.ts';

const derive = (address: string) => deriveDomicile(address, domicileCatalogue, zoneDistricts);

describe('domicile by commitment: the area and district derived from the address (REG-03)', () => {
  it.each([
    ['重庆市渝北区悦来街道悦来大道66号', '500112', 'LJ', 'LJ-D-YXS'],
    ['重庆市沙坪坝区西永街道西永大道28号', '500106', 'XY', 'XY-CBA'],
    ['重庆市江北区鱼嘴镇果园港大道1号', '500105', 'GYG', 'GYG-PORT'],
    ['重庆江北区江北嘴金融城2号', '500105', 'LJ', 'LJ-D-JBZ'],
  ])('%s → %s %s', (address, district, area, unit) => {
    expect(derive(address)).toMatchObject({ ok: true, domicile: { districtCode: district, areaCode: area, unitCode: unit } });
  });

  it('takes the first catalogue place in the address (鱼嘴 before a later 悦来)', () => {
    expect(derive('重庆市江北区鱼嘴镇悦来路1号')).toMatchObject({ ok: true, domicile: { areaCode: 'GYG', place: '鱼嘴' } });
  });

  it.each([
    ['重庆市万州区高笋塘1号', 'district-outside-zone'],
    ['北京市朝阳区建国路1号', 'district-outside-zone'],
    ['重庆市悦来大道1号', 'no-district'],
    ['重庆市渝北区龙溪街道新牌坊1号', 'place-outside-zone'],
    ['重庆市南岸区悦来大道1号', 'place-in-other-district'],
  ])('refuses %s (%s)', (address, problem) => {
    expect(derive(address)).toMatchObject({ ok: false, problem });
  });
});
