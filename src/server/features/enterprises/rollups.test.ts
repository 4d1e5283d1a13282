// The rollups of migration 0022 must always equal what a scan of the register gives: after the demo seed, after a
// bulk insert, after updates that move enterprises between areas, classes, statuses and capitals, and after deletes.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { stockByAreaSectionStatus } from './repository.ts';
import { foldRegisterRollups } from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const key = (r: Record<string, unknown>) => JSON.stringify(r);

/** stockByAreaSectionStatus's figures for the zone and for LJ, summed from the view's totals per class. */
async function sectionsFromView() {
  return Promise.all(
    [null, 'LJ'].map(async (area) => {
      const { rows } = await sql<Record<string, string>>`
        SELECT area_code, section, status, sum(enterprises) AS enterprises, sum(foreign_invested) AS foreign_invested,
               sum(capital_known) AS capital_known, sum(capital_yuan) AS capital_yuan
          FROM enterprise_stock_totals WHERE ${area}::text IS NULL OR area_code = ${area}
         GROUP BY 1, 2, 3 HAVING sum(enterprises) <> 0 ORDER BY 1, 2, 3`.execute(t.ctx.db);
      return rows.map((r) => ({
        areaCode: r.area_code, section: r.section, status: r.status, enterprises: Number(r.enterprises),
        foreignInvested: Number(r.foreign_invested), capitalKnown: Number(r.capital_known), registeredCapitalYuan: Number(r.capital_yuan),
      }));
    }),
  );
}

async function stockFromScan() {
  const { rows } = await sql<Record<string, string>>`
    SELECT area_code, industry_code, status, count(*)::text AS enterprises,
           sum(enterprise_rollup_foreign(particulars))::text AS foreign_invested,
           count(enterprise_rollup_capital(particulars))::text AS capital_known,
           coalesce(sum(enterprise_rollup_capital(particulars)), 0)::numeric(30, 2)::text AS capital_yuan
      FROM enterprises GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`.execute(t.ctx.db);
  return rows.map(key);
}

async function stockFromRollup() {
  const { rows } = await sql<Record<string, string>>`
    SELECT area_code, industry_code, status, enterprises::text, foreign_invested::text, capital_known::text,
           capital_yuan::numeric(30, 2)::text AS capital_yuan
      FROM enterprise_stock_totals WHERE enterprises <> 0 ORDER BY 1, 2, 3`.execute(t.ctx.db);
  return rows.map(key);
}

async function monthsFromScan() {
  const { rows } = await sql<Record<string, string>>`
    SELECT area_code, industry_code, to_char(established_on, 'YYYY-MM') AS month, count(*)::text AS established,
           sum(enterprise_rollup_foreign(particulars))::text AS foreign_invested,
           coalesce(sum(enterprise_rollup_capital(particulars)), 0)::numeric(30, 2)::text AS capital_yuan
      FROM enterprises GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`.execute(t.ctx.db);
  return rows.map(key);
}

async function monthsFromRollup() {
  const { rows } = await sql<Record<string, string>>`
    SELECT area_code, industry_code, month, established::text, foreign_invested::text, capital_yuan::numeric(30, 2)::text AS capital_yuan
      FROM enterprise_month_totals WHERE established <> 0 ORDER BY 1, 2, 3`.execute(t.ctx.db);
  return rows.map(key);
}

async function expectRollupsMatchScan() {
  expect(await stockFromRollup()).toEqual(await stockFromScan());
  expect(await monthsFromRollup()).toEqual(await monthsFromScan());
}

describe('enterprise rollups (migrations 0022 and 0030)', () => {
  it('match the register after the demo seed, which registered enterprises through the services', async () => {
    const scan = await stockFromScan();
    expect(scan.length).toBeGreaterThan(0);
    await expectRollupsMatchScan();
  });

  it('follow a bulk insert, moves between areas, classes, statuses and capitals, and deletes', async () => {
    const { rows: areas } = await sql<{ code: string }>`SELECT code FROM zone_units WHERE level = 'area' ORDER BY code`.execute(t.ctx.db);
    const { rows: classes } = await sql<{ code: string }>`SELECT code FROM industries WHERE length(code) = 4 ORDER BY code LIMIT 7`.execute(t.ctx.db);
    expect(areas.length).toBe(3);
    expect(classes.length).toBe(7);
    // 300 enterprises in one statement: some with capital, some foreign-invested, some with neither.
    await sql`
      INSERT INTO enterprises (uscc, name, area_code, district_code, industry_code, status, established_on, particulars)
      SELECT 'RT' || lpad(i::text, 16, '0'), '重庆测试' || i || '有限公司',
             (ARRAY[${sql.join(areas.map((a) => a.code))}])[1 + i % 3], '500112',
             (ARRAY[${sql.join(classes.map((c) => c.code))}])[1 + i % 7],
             CASE WHEN i % 10 = 0 THEN 'deregistered' ELSE 'active' END,
             date '2024-01-15' + (i * 3),
             CASE WHEN i % 4 = 0 THEN NULL
                  WHEN i % 5 = 0 THEN jsonb_build_object('registeredCapitalYuan', i * 10000, 'foreignInvestment', jsonb_build_object('country', 'HKG'))
                  ELSE jsonb_build_object('registeredCapitalYuan', i * 1000.5) END
        FROM generate_series(1, 300) AS i`.execute(t.ctx.db);
    await expectRollupsMatchScan();

    // A domicile change into another area, a change of capital, a status change, an update that moves nothing.
    await sql`UPDATE enterprises SET area_code = ${areas[0]!.code} WHERE uscc LIKE 'RT%' AND right(uscc, 2)::int % 6 = 1`.execute(t.ctx.db);
    await sql`UPDATE enterprises SET particulars = jsonb_build_object('registeredCapitalYuan', 777) WHERE uscc LIKE 'RT%' AND right(uscc, 2)::int % 8 = 3`.execute(t.ctx.db);
    await sql`UPDATE enterprises SET status = 'deregistered' WHERE uscc LIKE 'RT%' AND right(uscc, 2)::int % 9 = 2`.execute(t.ctx.db);
    await sql`UPDATE enterprises SET industry_code = ${classes[6]!.code}, established_on = date '2020-02-29' WHERE uscc LIKE 'RT%' AND right(uscc, 1) = '7'`.execute(t.ctx.db);
    await sql`UPDATE enterprises SET name = name || '（变更）' WHERE uscc LIKE 'RT%' AND right(uscc, 1) = '5'`.execute(t.ctx.db);
    await expectRollupsMatchScan();

    await sql`DELETE FROM enterprises WHERE uscc LIKE 'RT%' AND right(uscc, 1) IN ('1', '2')`.execute(t.ctx.db);
    await expectRollupsMatchScan();
  });

  it('keep registrations apart as deltas, folded into the totals without changing a figure', async () => {
    const deltas = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM enterprise_stock_deltas`.execute(t.ctx.db)).rows[0]!.n);
    // The writes above touched no total: they appended deltas (so concurrent registrations never wait on a total).
    expect(await deltas()).toBeGreaterThan(0);
    const before = await stockFromRollup();
    // The dashboards' figures by section sum the totals and the deltas straight to sections: the same as the view's
    // totals per class summed up, for the zone and for one area, before and after the fold.
    const bySections = async () => [await stockByAreaSectionStatus(t.ctx.db, null), await stockByAreaSectionStatus(t.ctx.db, 'LJ')];
    const sectionsBefore = await bySections();
    expect(sectionsBefore).toEqual(await sectionsFromView());
    expect(sectionsBefore[1]!.length).toBeGreaterThan(0);
    expect(await foldRegisterRollups(t.ctx.db)).toBeGreaterThan(0);
    expect(await deltas()).toBe(0);
    expect(await stockFromRollup()).toEqual(before);
    expect(await bySections()).toEqual(sectionsBefore);
    await expectRollupsMatchScan();
    // Nothing left: a second fold moves nothing.
    expect(await foldRegisterRollups(t.ctx.db)).toBe(0);
  });

  it('roll back with the transaction that wrote the enterprise', async () => {
    const before = await stockFromRollup();
    await expect(
      t.ctx.db.transaction().execute(async (tx) => {
        await sql`UPDATE enterprises SET status = 'suspended' WHERE uscc LIKE 'RT%'`.execute(tx);
        throw new Error('refused after the write');
      }),
    ).rejects.toThrow('refused after the write');
    expect(await stockFromRollup()).toEqual(before);
    await expectRollupsMatchScan();
  });

  it("file each class under its section: the ancestor without a parent (migration 0030's walk, as 0022's recursive query)", async () => {
    const { rows } = await sql<{ code: string; walked: string | null; recursive: string | null }>`
      WITH RECURSIVE up (code, ancestor, parent_code) AS (
        SELECT i.code, i.code, i.parent_code FROM industries i
        UNION ALL
        SELECT up.code, i.code, i.parent_code FROM industries i JOIN up ON i.code = up.parent_code
      )
      SELECT up.code, industry_section(up.code) AS walked, up.ancestor AS recursive FROM up WHERE up.parent_code IS NULL`.execute(t.ctx.db);
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.filter((r) => r.walked !== r.recursive)).toEqual([]);
    expect(rows.find((r) => r.code === '6511')?.walked).toBe('I');
    const { rows: unknown } = await sql<{ s: string | null }>`SELECT industry_section('not-a-code') AS s`.execute(t.ctx.db);
    expect(unknown[0]!.s).toBeNull();
  });
});
