// Reference data over HTTP: zone units, divisions, departments and GB/T 4754-2017 industries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface ZoneUnit {
  code: string;
  level: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  areaKm2: number | null;
  specialCustomsZone: boolean;
  districtCodes: string[];
}
interface Division {
  code: string;
  nameZh: string;
  nameEn: string;
  level: string;
  parentCode: string | null;
  inZone: boolean;
}
interface Industry {
  code: string;
  level: 'section' | 'division' | 'group' | 'class';
  parentCode: string | null;
  nameZh: string;
  nameEn: string | null;
  pinyin: string;
}
interface Search {
  items: Industry[];
  total: number;
  edition: string;
}

async function get<T>(url: string): Promise<T> {
  const res = await t.request('GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}
const search = (query: string) => get<Search>(`/api/reference/industries?${query}`);

describe('zone units', () => {
  it('has the CQFTZ root and its three areas, whose km² sum to 119.98', async () => {
    const { items, source } = await get<{ items: ZoneUnit[]; source: { title: string } }>('/api/reference/zone-units');
    expect(source.title).not.toBe('not loaded');
    const roots = items.filter((u) => u.parentCode === null);
    expect(roots.map((u) => [u.code, u.level])).toEqual([['CQFTZ', 'zone']]);
    expect(roots[0]?.areaKm2).toBe(119.98);
    const areas = items.filter((u) => u.level === 'area');
    expect(areas.map((a) => a.code).sort()).toEqual(['GYG', 'LJ', 'XY']);
    expect(areas.every((a) => a.parentCode === 'CQFTZ')).toBe(true);
    expect(Object.fromEntries(areas.map((a) => [a.code, a.areaKm2]))).toEqual({ LJ: 66.29, XY: 22.81, GYG: 30.88 });
    const sum = areas.reduce((s, a) => s + (a.areaKm2 ?? 0), 0);
    expect(Math.round(sum * 100) / 100).toBe(119.98);
    expect(areas.every((a) => a.nameZh.length > 0 && a.nameEn.length > 0)).toBe(true);
  });

  it('marks the Xiyong comprehensive bonded zone as a special customs zone, and only it', async () => {
    const { items } = await get<{ items: ZoneUnit[] }>('/api/reference/zone-units');
    const special = items.filter((u) => u.specialCustomsZone);
    expect(special.map((u) => u.code)).toEqual(['XY-CBA']);
    expect(special[0]).toMatchObject({ parentCode: 'XY', level: 'functional_area', districtCodes: ['500106'] });
  });

  it('links every unit to districts that exist and lie in the zone; the root covers the seven districts of its areas', async () => {
    const [{ items: units }, { items: divisions }] = await Promise.all([
      get<{ items: ZoneUnit[] }>('/api/reference/zone-units'),
      get<{ items: Division[] }>('/api/reference/divisions'),
    ]);
    const inZone = new Set(divisions.filter((d) => d.inZone).map((d) => d.code));
    const codes = new Set(units.map((u) => u.code));
    for (const u of units) {
      expect(u.districtCodes.length, u.code).toBeGreaterThan(0);
      for (const d of u.districtCodes) expect(inZone.has(d), `${u.code} → ${d}`).toBe(true);
      if (u.parentCode) expect(codes.has(u.parentCode), u.code).toBe(true);
    }
    const root = units.find((u) => u.code === 'CQFTZ')!;
    const ofAreas = new Set(units.filter((u) => u.level === 'area').flatMap((u) => u.districtCodes));
    expect([...root.districtCodes].sort()).toEqual([...ofAreas].sort());
    expect(root.districtCodes).toHaveLength(7);
    expect(units.find((u) => u.code === 'XY')?.districtCodes).toEqual(['500106']);
  });
});

describe('divisions', () => {
  it('lists Chongqing and its seven in-zone districts with names in both languages', async () => {
    const { items, source } = await get<{ items: Division[]; source: { title: string } }>('/api/reference/divisions');
    expect(source.title).not.toBe('not loaded');
    expect(items.find((d) => d.code === '500000')).toMatchObject({ nameZh: '重庆市', parentCode: null });
    const inZone = items.filter((d) => d.inZone);
    expect(inZone.map((d) => d.code)).toEqual(['500103', '500105', '500106', '500107', '500108', '500109', '500112']);
    expect(inZone.every((d) => d.parentCode === '500000')).toBe(true);
    expect(items.find((d) => d.code === '500112')).toMatchObject({ nameZh: '渝北区', level: 'district', inZone: true });
    expect(items.every((d) => /^\d{6}$/.test(d.code) && d.nameZh && d.nameEn)).toBe(true);
  });
});

describe('departments', () => {
  it('lists the market regulator with Chinese and English names', async () => {
    const { items, source } = await get<{ items: { code: string; nameZh: string; nameEn: string }[]; source: { title: string } }>('/api/reference/departments');
    expect(source.title).not.toBe('not loaded');
    expect(items.find((d) => d.code === 'MARKET_REGULATION')).toMatchObject({ nameZh: '重庆市市场监督管理局', nameEn: 'Chongqing Administration for Market Regulation' });
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((d) => d.code)).size).toBe(items.length);
    expect(items.every((d) => d.nameZh.length > 0 && d.nameEn.length > 0)).toBe(true);
  });
});

describe('industries (GB/T 4754-2017)', () => {
  it.each([
    ['section', 20],
    ['division', 97],
    ['group', 473],
    ['class', 1381],
  ])('counts %s codes: %i', async (level, total) => {
    const res = await search(`level=${level}&limit=1`);
    expect(res.total).toBe(total);
    expect(res.items).toHaveLength(1);
    expect(res.items[0]?.level).toBe(level);
  });

  it('lists everything without a query, sections first in hierarchy order', async () => {
    const res = await search('limit=3');
    expect(res.total).toBe(20 + 97 + 473 + 1381);
    expect(res.items.map((i) => i.code)).toEqual(['A', '01', '011']);
    expect(res.edition).toMatch(/4754/);
  });

  it('finds by code prefix, the exact code first, every result under it', async () => {
    const res = await search('q=65&limit=200');
    expect(res.items[0]?.code).toBe('65');
    expect(res.items.every((i) => i.code.startsWith('65'))).toBe(true);
    expect(res.total).toBe(res.items.length);
    expect(res.items.map((i) => i.code)).toContain('6513');
  });

  it.each([
    ['Chinese', '软件'],
    ['full pinyin', 'ruanjian'],
    ['English', 'software'],
    ['English in capitals', 'SOFTWARE'],
  ])('finds 应用软件开发 by %s (%s)', async (_how, q) => {
    const res = await search(`q=${encodeURIComponent(q)}&limit=200`);
    expect(res.items.map((i) => i.code)).toEqual(expect.arrayContaining(['I', '65', '651', '6513']));
    expect(res.total).toBe(res.items.length);
  });

  it('ranks names that begin with the text before names that merely contain it', async () => {
    // 软件和信息技术服务业 (65) and 软件开发 (651) begin with ruanjian; 计算机、软件及辅助设备批发 (5176) only contains it.
    const codes = (await search('q=ruanjian&limit=200')).items.map((i) => i.code);
    expect(codes.slice(0, 2)).toEqual(['65', '651']);
    expect(codes.indexOf('5176')).toBeGreaterThan(codes.indexOf('651'));
  });

  it('finds by pinyin initials: yyrjkf → 6513 应用软件开发', async () => {
    const res = await search('q=yyrjkf');
    expect(res.total).toBe(1);
    expect(res.items[0]).toMatchObject({ code: '6513', nameZh: '应用软件开发', level: 'class', parentCode: '651', pinyin: 'yingyongruanjiankaifa' });
  });

  it('treats LIKE wildcards in the query as text', async () => {
    expect((await search(`q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await search(`q=${encodeURIComponent('_')}`)).total).toBe(0);
  });

  it('filters by level and by parent, alone and with a query', async () => {
    const children = await search('parent=65');
    expect(children.items.map((i) => i.code)).toEqual(['651', '652', '653', '654', '655', '656', '657', '659']);
    expect(children.total).toBe(8);
    const classes = await search('parent=651&level=class');
    expect(classes.items.map((i) => i.code)).toEqual(['6511', '6512', '6513', '6519']);
    expect((await search('parent=651&level=group')).total).toBe(0);
    const softwareClasses = await search('q=ruanjian&level=class&limit=200');
    expect(softwareClasses.items.length).toBeGreaterThan(0);
    expect(softwareClasses.items.every((i) => i.level === 'class')).toBe(true);
    expect(softwareClasses.items.map((i) => i.code)).toContain('6513');
  });

  it('pages with limit and offset, the total unchanged', async () => {
    const all = await search('q=65&limit=200');
    const page1 = await search('q=65&limit=5&offset=0');
    const page2 = await search('q=65&limit=5&offset=5');
    expect(page1.total).toBe(all.total);
    expect(page2.total).toBe(all.total);
    expect(page1.items.map((i) => i.code)).toEqual(all.items.slice(0, 5).map((i) => i.code));
    expect(page2.items.map((i) => i.code)).toEqual(all.items.slice(5, 10).map((i) => i.code));
    const beyond = await search(`q=65&limit=5&offset=${all.total}`);
    expect(beyond).toMatchObject({ items: [], total: all.total });
  });

  it('shows one code with its path from the section and its children', async () => {
    const leaf = await get<Industry & { path: Industry[]; children: Industry[] }>('/api/reference/industries/6513');
    expect(leaf).toMatchObject({ code: '6513', level: 'class', nameZh: '应用软件开发', nameEn: 'Application software development', parentCode: '651' });
    expect(leaf.path.map((p) => [p.code, p.level])).toEqual([['I', 'section'], ['65', 'division'], ['651', 'group']]);
    expect(leaf.children).toEqual([]);
    const group = await get<Industry & { path: Industry[]; children: Industry[] }>('/api/reference/industries/651');
    expect(group.children.map((c) => c.code)).toEqual(['6511', '6512', '6513', '6519']);
    expect(group.path.map((p) => p.code)).toEqual(['I', '65']);
    const section = await get<Industry & { path: Industry[]; children: Industry[] }>('/api/reference/industries/a');
    expect(section).toMatchObject({ code: 'A', level: 'section', path: [] });
    expect(section.children.map((c) => c.code)).toEqual(['01', '02', '03', '04', '05']);
  });

  it('answers 404 naming code for a well-formed code that does not exist', async () => {
    expect(errorOf(await t.request('GET', '/api/reference/industries/9999'))).toMatchObject({ status: 404, code: 'NOT_FOUND', field: 'code' });
    expect(errorOf(await t.request('GET', '/api/reference/industries/Z'))).toMatchObject({ status: 404, code: 'NOT_FOUND', field: 'code' });
  });

  it.each(['6', '65131', 'AB', '6a', '%20'])('refuses the malformed code %s with 400 naming code', async (code) => {
    expect(errorOf(await t.request('GET', `/api/reference/industries/${code}`))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'code' });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=500', 'limit'],
    ['limit=abc', 'limit'],
    ['offset=-1', 'offset'],
    ['level=sector', 'level'],
    [`q=${'x'.repeat(51)}`, 'q'],
    ['parent=65131', 'parent'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    expect(errorOf(await t.request('GET', `/api/reference/industries?${query}`))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
  });
});
