// The register as the public sees it (issue 8): the search by name fragment or credit code, and the open-data
// snapshot as gzip'd CSV. Both public, both showing the licence's facts and no persons.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Names a search must tell apart, and one whose CSV field needs quoting (the register never holds such a name; the
  // snapshot must still write it safely).
  const rows: { uscc: string; name: string; particulars: string | null }[] = [
    { uscc: '91500112MA00PUB01X', name: '重庆云启数据有限公司', particulars: JSON.stringify({ entityType: '有限责任公司(自然人投资或控股)', registeredCapitalYuan: 1_000_000 }) },
    { uscc: '91500112MA00PUB02X', name: '云启', particulars: null },
    { uscc: '91500112MA00PUB03X', name: '重庆两江新区云启启航科技有限公司', particulars: JSON.stringify({ entityType: '个体工商户', fundsYuan: 50_000 }) },
    { uscc: '91500112MA00PUB04X', name: '重庆ABC "Quote", 逗号有限公司', particulars: null },
    { uscc: '91500112MA00PUB05X', name: '重庆百分之百%_科技有限公司', particulars: null },
  ];
  // Ten names holding both pairs of 甲乙丙 but not the fragment, registered before the one that holds it.
  for (let i = 0; i < 10; i += 1) rows.push({ uscc: `91500112MA00PUC${String(i).padStart(2, '0')}X`, name: `重庆甲乙${i}乙丙有限公司`, particulars: null });
  rows.push({ uscc: '91500112MA00PUD01X', name: '重庆甲乙丙有限公司', particulars: null });
  await t.ctx.db
    .insertInto('enterprises')
    .values(rows.map((r) => ({ ...r, area_code: 'LJ', district_code: '500112', industry_code: '6513', status: 'registered', established_on: '2026-01-05', owner_account_id: null })))
    .execute();
});
afterAll(async () => t.close());

const search = async (query: string) => {
  const res = await t.request('GET', `/api/public/enterprises?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { uscc: string; name: string; entityType: string | null; registeredCapitalYuan: number | null }[]; more: boolean };
};

describe('public search of the register', () => {
  it('finds names containing a fragment, the whole name first, then where the fragment comes earliest, without persons', async () => {
    const found = await search(`q=${encodeURIComponent('云启')}`);
    const names = found.items.map((i) => i.name);
    expect(names.slice(0, 3)).toEqual(['云启', '重庆云启数据有限公司', '重庆两江云启软件有限公司']);
    expect(names).toContain('重庆两江新区云启启航科技有限公司');
    expect(names.every((n) => n.includes('云启'))).toBe(true);
    expect(found.more).toBe(false);
    expect(Object.keys(found.items[0]!).sort()).toEqual(['areaCode', 'districtCode', 'entityType', 'establishedOn', 'industryCode', 'name', 'registeredCapitalYuan', 'status', 'uscc']);
    const data = found.items.find((i) => i.name === '重庆云启数据有限公司')!;
    expect(data).toMatchObject({ entityType: '有限责任公司(自然人投资或控股)', registeredCapitalYuan: 1_000_000 });
    // An individual business's funds stand where a company's capital would.
    expect(found.items.find((i) => i.uscc === '91500112MA00PUB03X')).toMatchObject({ entityType: '个体工商户', registeredCapitalYuan: 50_000 });
  });

  it('needs every character of the fragment in order: a name with the pairs apart is not a match', async () => {
    // 启航 and 云启 are both in 云启启航, but 云航 and 云启航 are not.
    expect((await search(`q=${encodeURIComponent('云航')}`)).items).toEqual([]);
    expect((await search(`q=${encodeURIComponent('云启航')}`)).items).toEqual([]);
    // Ten names hold the pairs of 甲乙丙 apart: the one holding the fragment is found past them, even at limit 1.
    expect(await search(`q=${encodeURIComponent('甲乙丙')}&limit=1`)).toMatchObject({ items: [{ uscc: '91500112MA00PUD01X' }], more: false });
    expect((await search(`q=${encodeURIComponent('启启航')}`)).items.map((i) => i.uscc)).toEqual(['91500112MA00PUB03X']);
  });

  it('ignores case in Latin letters and takes % and _ as themselves', async () => {
    expect((await search('q=abc')).items.map((i) => i.uscc)).toEqual(['91500112MA00PUB04X']);
    expect((await search(`q=${encodeURIComponent('%_')}`)).items.map((i) => i.uscc)).toEqual(['91500112MA00PUB05X']);
    expect((await search(`q=${encodeURIComponent('百%')}`)).items.map((i) => i.uscc)).toEqual(['91500112MA00PUB05X']);
    expect((await search(`q=${encodeURIComponent('%%')}`)).items).toEqual([]);
  });

  it('finds one enterprise by its credit code, in either case; an unknown code finds none', async () => {
    expect((await search('q=91500112ma00pub01x')).items.map((i) => i.name)).toEqual(['重庆云启数据有限公司']);
    expect(await search('q=91500112MA00PUB09X')).toEqual({ items: [], more: false });
  });

  it('returns at most limit, saying when more match', async () => {
    const all = await search(`q=${encodeURIComponent('重庆')}&limit=50`);
    expect(all.items.length).toBeGreaterThan(3);
    const few = await search(`q=${encodeURIComponent('重庆')}&limit=2`);
    expect(few.items).toHaveLength(2);
    expect(few.more).toBe(true);
    expect(all.more).toBe(all.items.length === 50);
  });

  it('refuses a fragment under two characters and a limit out of range, naming the field', async () => {
    for (const [query, field] of [['q=x', 'q'], [`q=${encodeURIComponent(' 云 ')}`, 'q'], ['', 'q'], [`q=${'长'.repeat(61)}`, 'q'], ['q=ab&limit=0', 'limit'], ['q=ab&limit=51', 'limit'], ['q=ab&limit=many', 'limit']] as const) {
      expect(errorOf(await t.request('GET', `/api/public/enterprises?${query}`)), query).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
    }
  });
});

describe('open-data snapshot', () => {
  const parseCsv = (text: string) => {
    // RFC 4180, enough for this file: quoted fields may hold commas and doubled quotes, no line breaks.
    return text.split('\r\n').filter(Boolean).map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!)));
  };

  it('is every enterprise on the register in credit-code order, as gzip\'d CSV with a header and a byte-order mark', async () => {
    const res = await t.request('GET', '/api/public/open-data/enterprises.csv.gz');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/gzip');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="zimao-enterprises-\d{4}-\d{2}-\d{2}\.csv\.gz"$/);
    const text = gunzipSync(res.rawPayload).toString('utf8');
    expect(text.startsWith('\uFEFFuscc,name,status,entity_type,registered_capital_yuan,established_on,area_code,district_code,industry_code\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toHaveLength(9);
    const register = await t.ctx.db.selectFrom('enterprises').select(['uscc', 'name', 'status']).orderBy('uscc').execute();
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual(register.map((e) => [e.uscc, e.name, e.status]));
    expect(rows.every((r) => r.length === 9)).toBe(true);
    expect(rows.find((r) => r[0] === '91500112MA00PUB04X')![1]).toBe('重庆ABC "Quote", 逗号有限公司');
    expect(rows.find((r) => r[0] === '91500112MA00PUB01X')).toEqual(['91500112MA00PUB01X', '重庆云启数据有限公司', 'registered', '有限责任公司(自然人投资或控股)', '1000000', '2026-01-05', 'LJ', '500112', '6513']);
  });

  it('is written once at a time per process: a second request meanwhile gets 429', async () => {
    const [a, b] = await Promise.all([t.request('GET', '/api/public/open-data/enterprises.csv.gz'), t.request('GET', '/api/public/open-data/enterprises.csv.gz')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 429]);
    expect(errorOf(a.statusCode === 429 ? a : b)).toMatchObject({ code: 'RATE_LIMITED' });
    // Once it is done, the next one runs.
    expect((await t.request('GET', '/api/public/open-data/enterprises.csv.gz')).statusCode).toBe(200);
  });
});
