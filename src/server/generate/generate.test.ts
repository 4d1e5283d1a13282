// `zimao generate` (issue 8) into fresh databases (PGlite, and PostgreSQL in the postgres project): the same seed
// gives the same rows, another seed others; every row is one the features would have written (valid credit codes,
// names the name check parses and finds, areas, districts and classes of the reference tables, files whose log
// folds into their projection with the timers the files feature plans, approved indicator values with their history).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.ts';
import { isAppError } from '../../domain/app-error.ts';
import { deriveFileState, getFileType, parseFileAction } from '../../domain/files/index.ts';
import { parseName, ruleViolations, tradeNamePinyin } from '../../domain/names/index.ts';
import { residentIdProblem } from '../../domain/registration/resident-id.ts';
import { checkUscc } from '../../domain/uscc/index.ts';
import { bootstrap, type Started } from '../bootstrap.ts';
import { verifyAuditChain } from '../features/audit/service.ts';
import { loadCalendar } from '../features/calendar/load-calendar.ts';
import { fileCheckDays } from '../features/files/plan-file-timers.ts';
import { listActions } from '../features/files/repository.ts';
import { toFileAction } from '../features/files/service.ts';
import { indicatorCatalogue } from '../features/indicators/catalogue-file.ts';
import { nameRules } from '../features/names/name-rules-file.ts';
import { checkAgainstRegister } from '../features/names/service.ts';
import { searchPublicRegister } from '../features/enterprises/service.ts';
import { integrateRegister } from '../features/ownership/service.ts';
import { timerHandlers } from '../timer-handlers.ts';
import { sweepOnce } from '../timers/sweeper.ts';
import { generate } from './generate.ts';

const N = 2000;
const AS_OF = '2026-11-24';
const silent = { isTTY: false, write: () => true };

interface Target {
  database: TestDatabase;
  started: Started;
  summary: Awaited<ReturnType<typeof generate>>;
}

async function generated(seed: number): Promise<Target> {
  const database = await createTestDatabase();
  const started = await bootstrap(database.options, () => new Date(`${AS_OF}T02:00:00Z`));
  const summary = await generate(started.ctx, { enterprises: N, seed, months: 120, asOf: AS_OF, postgresUrl: database.url, progressSink: silent });
  return { database, started, summary };
}

let a: Target;
let b: Target;
let other: Target;
beforeAll(async () => {
  a = await generated(7);
  b = await generated(7);
  other = await generated(8);
}, 240_000);
afterAll(async () => {
  for (const t of [a, b, other]) {
    await t?.started.close();
    await t?.database.drop();
  }
});

const rows = async (t: Target, query: string) => (await sql.raw<Record<string, unknown>>(query).execute(t.started.ctx.db)).rows;
const ENTERPRISES = `SELECT uscc, name, area_code, district_code, industry_code, status, established_on, particulars FROM enterprises ORDER BY uscc`;

describe('zimao generate', () => {
  it('gives identical rows for the same seed, in every table it writes, and other rows for another seed', async () => {
    for (const query of [
      ENTERPRISES,
      'SELECT * FROM enterprise_names ORDER BY id',
      'SELECT * FROM application_files ORDER BY id',
      'SELECT * FROM file_actions ORDER BY file_id, seq',
      'SELECT kind, subject, fire_at, payload, dedupe_key, created_at FROM timers ORDER BY id',
      'SELECT * FROM indicator_values ORDER BY id',
      'SELECT * FROM indicator_value_history ORDER BY id',
      'SELECT * FROM enterprise_stock_rollup ORDER BY 1, 2, 3',
      'SELECT * FROM parties ORDER BY id',
      'SELECT subject_id, holder_id, holder_kind, share_min, share_max, valid_from, valid_to, source FROM holdings ORDER BY id',
    ]) {
      expect(await rows(a, query), query).toEqual(await rows(b, query));
    }
    const mine = new Set((await rows(a, ENTERPRISES)).map((r) => r.name));
    const theirs = (await rows(other, ENTERPRISES)).map((r) => r.name);
    expect(theirs.filter((name) => mine.has(name)).length).toBeLessThan(N / 10);
  });

  it('writes as many enterprises and names as asked, and says what it generated and what it could not', async () => {
    expect(await rows(a, `SELECT count(*)::int AS n FROM enterprises WHERE substr(uscc, 9, 1) = 'Y'`)).toEqual([{ n: N }]);
    expect(await rows(a, `SELECT count(*)::int AS n FROM enterprise_names WHERE substr(uscc, 9, 1) = 'Y'`)).toEqual([{ n: N }]);
    expect(a.summary).toMatchObject({ enterprises: N, names: N, seed: 7, asOf: AS_OF });
    expect(a.summary).not.toHaveProperty('notYetAvailable');
    const byStatus = a.summary.enterprisesByStatus;
    expect(byStatus.registered! + (byStatus.deregistered ?? 0) + (byStatus.liquidating ?? 0)).toBe(N);
    expect(byStatus.registered).toBeGreaterThan(N * 0.85);
    expect(byStatus.deregistered).toBeGreaterThan(0);
  });

  it('issues valid GB 32100 codes from its own block, with the district as the registering division', async () => {
    for (const r of await rows(a, ENTERPRISES)) {
      const check = checkUscc(String(r.uscc));
      expect(check.valid, `${r.uscc}: ${check.reason}`).toBe(true);
      expect(check.warnings).toEqual([]);
      expect(String(r.uscc).slice(0, 2)).toBe('91');
      expect(check.division).toBe(r.district_code);
      expect(String(r.uscc)[8]).toBe('Y');
    }
    const blocks = await rows(a, 'SELECT prefix FROM uscc_blocks');
    expect(blocks.map((r) => String(r.prefix)).some((p) => p.startsWith('Y'))).toBe(false);
  });

  it('builds names the names feature parses back into their parts, with its pinyin key, and its check finds them', async () => {
    const rules = nameRules();
    const names = await rows(a, `SELECT n.name, n.trade_name, n.trade_name_pinyin, n.industry, n.status, n.since, e.status AS enterprise_status, e.name AS enterprise_name, e.established_on
      FROM enterprise_names n JOIN enterprises e ON e.uscc = n.uscc`);
    expect(names).toHaveLength(N);
    for (const r of names) {
      const parsed = parseName(String(r.name), rules);
      expect(parsed.normalized).toBe(r.name);
      expect(r.enterprise_name).toBe(r.name);
      expect([parsed.tradeName, parsed.industry]).toEqual([r.trade_name, r.industry]);
      expect(ruleViolations(parsed, rules)).toEqual([]);
      expect(r.trade_name_pinyin).toBe(tradeNamePinyin(parsed.tradeName));
      expect(r.status).toBe(r.enterprise_status === 'deregistered' ? 'deregistered' : 'registered');
      if (r.status === 'registered') expect(r.since).toBe(r.established_on);
      else expect(String(r.since) > String(r.established_on)).toBe(true);
    }
    // Art. 17: no two generated names share a trade name in one industry, though trade names recur across industries.
    expect(await rows(a, 'SELECT trade_name, industry FROM enterprise_names GROUP BY 1, 2 HAVING count(*) > 1')).toEqual([]);
    expect((await rows(a, 'SELECT trade_name FROM enterprise_names GROUP BY 1 HAVING count(*) > 1')).length).toBeGreaterThan(5);
    const registered = names.find((r) => r.status === 'registered')!;
    const check = await checkAgainstRegister(a.started.ctx.db, { name: String(registered.name), asOf: AS_OF });
    expect(check.verdict).toBe('conflict');
    expect(check.conflicts.map((c) => c.name)).toContain(registered.name);
  });

  it('builds the public search\'s index again after loading without it, and the search finds generated names', async () => {
    const fresh = await createTestDatabase();
    try {
      const started = await bootstrap(fresh.options, () => new Date(`${AS_OF}T02:00:00Z`));
      try {
        const indexes = `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'enterprises' ORDER BY indexname`;
        const before = (await sql.raw<Record<string, unknown>>(indexes).execute(started.ctx.db)).rows;
        expect(before.map((r) => r.indexname)).toContain('enterprises_name_pairs_idx');
        expect((await rows(a, indexes))).toEqual(before);
      } finally {
        await started.close();
      }
    } finally {
      await fresh.drop();
    }
    const [{ name, trade_name: tradeName }] = (await rows(a, `SELECT name, trade_name FROM enterprise_names WHERE uscc IS NOT NULL ORDER BY uscc LIMIT 1`)) as [{ name: string; trade_name: string }];
    const found = await searchPublicRegister(a.started.ctx.db, { q: tradeName, limit: 50 });
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((e) => e.name.includes(tradeName))).toBe(true);
    if (!found.more) expect(found.items.map((e) => e.name)).toContain(name);
  });

  it('puts every enterprise in an area, a district of that area and a GB/T 4754 class, established over the ten years before, in code order', async () => {
    const orphans = await rows(a, `SELECT e.uscc FROM enterprises e
      LEFT JOIN zone_unit_districts d ON d.zone_unit_code = e.area_code AND d.division_code = e.district_code
      LEFT JOIN industries i ON i.code = e.industry_code AND i.level = 'class'
      JOIN zone_units u ON u.code = e.area_code AND u.level = 'area'
      WHERE d.division_code IS NULL OR i.code IS NULL`);
    expect(orphans).toEqual([]);
    expect((await rows(a, 'SELECT DISTINCT area_code FROM enterprises ORDER BY 1')).map((r) => r.area_code)).toEqual(['GYG', 'LJ', 'XY']);
    const sections = await rows(a, `SELECT left(industry_code, 2) AS division, count(*)::int AS n FROM enterprises GROUP BY 1 ORDER BY 2 DESC`);
    expect(sections.length).toBeGreaterThan(20);
    const dates = (await rows(a, `SELECT established_on FROM enterprises ORDER BY substr(uscc, 9)`)).map((r) => String(r.established_on));
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]! >= '2016-11-24' && dates.at(-1)! <= AS_OF).toBe(true);
  });

  it('keeps registered capital in every enterprise’s particulars and a foreign investment in a few, as registration does', async () => {
    const [facts] = await rows(a, `SELECT count(*) FILTER (WHERE jsonb_typeof(particulars -> 'registeredCapitalYuan') = 'number')::int AS capital,
      count(*) FILTER (WHERE jsonb_typeof(particulars -> 'foreignInvestment') = 'object')::int AS foreign FROM enterprises`);
    expect(facts!.capital).toBe(N);
    expect(facts!.foreign).toBeGreaterThan(N * 0.01);
    expect(facts!.foreign).toBeLessThan(N * 0.06);
    const [sample] = await rows(a, `SELECT particulars FROM enterprises WHERE jsonb_typeof(particulars -> 'foreignInvestment') = 'object' LIMIT 1`);
    expect(sample!.particulars).toMatchObject({ foreignInvestment: { foreignShare: expect.any(Number), largestForeignInvestorShare: expect.any(Number), legalRepresentativeForeign: expect.any(Boolean) } });
    // The rollup triggers (0022) fired for the generated rows.
    expect(await rows(a, `SELECT sum(enterprises)::int AS n FROM enterprise_stock_rollup`)).toEqual([{ n: N }]);
  });

  it('writes an ownership graph of about 1.5 holdings per enterprise: persons with valid identity numbers, enterprises, a cycle, bands', async () => {
    const holdings = await rows(a, 'SELECT h.*, s.key AS subject_key, s.kind AS subject_kind, p.key AS holder_key, p.kind AS party_kind FROM holdings h JOIN parties s ON s.id = h.subject_id JOIN parties p ON p.id = h.holder_id ORDER BY h.id');
    expect(holdings.length).toBeGreaterThan(N * 1.35);
    expect(holdings.length).toBeLessThan(N * 1.65);
    const codes = new Set((await rows(a, ENTERPRISES)).map((r) => String(r.uscc)));
    for (const h of holdings) {
      expect(codes.has(String(h.subject_key))).toBe(true);
      expect(h.holder_kind).toBe(h.party_kind);
      if (h.holder_kind === 'entity') expect(codes.has(String(h.holder_key)), String(h.holder_key)).toBe(true);
      if (String(h.holder_key).startsWith('resident-id:CN:')) expect(residentIdProblem(String(h.holder_key).slice(15))).toBeNull();
    }
    const parties = await rows(a, `SELECT kind, count(*)::int AS n FROM parties GROUP BY 1 ORDER BY 1`);
    expect(parties).toEqual([{ kind: 'entity', n: N }, { kind: 'person', n: a.summary.holdingsPersons }]);
    expect(a.summary).toMatchObject({ holdings: holdings.length, holdingsCycles: 1 });
    expect(a.summary.holdingsRanges).toBeGreaterThan(0);
    // The foreign keys dropped for the load are there again, checked over every row when they were added.
    expect(await rows(a, `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'holdings'::regclass AND contype = 'f' ORDER BY 1`)).toEqual([
      { name: 'holdings_holder_id_fkey', definition: 'FOREIGN KEY (holder_id) REFERENCES parties(id)' },
      { name: 'holdings_subject_id_fkey', definition: 'FOREIGN KEY (subject_id) REFERENCES parties(id)' },
    ]);
    // The sequence was moved past the generated ids: the next party registration gets a fresh one.
    expect(await rows(a, `SELECT nextval(pg_get_serial_sequence('parties', 'id'))::int > (SELECT max(id) FROM parties) AS fresh`)).toEqual([{ fresh: true }]);
    // Every enterprise's exact shares add to all of it; a band or the cycle's share may take it over.
    const totals = await rows(a, `SELECT subject_id, sum(share_min) AS low, bool_and(share_min = share_max) AS exact FROM holdings GROUP BY 1`);
    expect(totals).toHaveLength(N);
    for (const t of totals.filter((r) => r.exact && Math.abs(Number(r.low) - 1) > 1e-9)) expect(Number(t.low)).toBeCloseTo(1.05, 9);
    const integrated = await integrateRegister(a.started.ctx.db, AS_OF, 500);
    expect(integrated.holdings).toBe(await rows(a, `SELECT count(*)::int AS n FROM holdings WHERE valid_to IS NULL OR valid_to > '${AS_OF}'`).then((r) => r[0]!.n));
    expect(integrated.result.cycles).toHaveLength(1);
    expect(integrated.result.unresolved).toEqual([]);
    const held = Number(holdings.find((h) => h.holder_kind === 'entity' && h.valid_to === null)!.subject_id);
    const owners = integrated.result.ownersOf(held)!;
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.reduce((sum, o) => sum + o.min, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('writes files whose action log folds into their projection, with the check timers the files feature plans, all ahead', async () => {
    const ctx = a.started.ctx;
    const calendar = await loadCalendar(ctx.db);
    const files = await ctx.db.selectFrom('application_files').selectAll().orderBy('id').execute();
    expect(files.length).toBe(a.summary.files);
    expect(files.length).toBeGreaterThan(N / 40);
    for (const f of files) {
      const type = getFileType(f.type);
      expect(type.formSchema.safeParse(f.form).success).toBe(true);
      const actions = (await listActions(ctx.db, f.id)).map(toFileAction);
      // zimao reads a log back without parsing it again: what the generator writes must parse as a taken action would.
      for (const a of actions) expect(parseFileAction(a)).toEqual(a);
      const state = deriveFileState(type, actions, calendar);
      expect([f.status, f.version, f.responsible_officer_id]).toEqual([state.status, state.version, state.responsibleOfficerId]);
      const timers = await ctx.db.selectFrom('timers').select(['fire_at', 'payload']).where('subject', '=', `file:${f.id}`).where('fired_at', 'is', null).orderBy('fire_at').execute();
      expect(timers.map((t) => t.payload)).toEqual(fileCheckDays(type, state, calendar).map(({ day, planned }) => ({ fileId: f.id, day, planned })).sort((x, y) => (x.day < y.day ? -1 : 1)));
      for (const t of timers) expect(t.fire_at.getTime()).toBeGreaterThan(new Date(`${AS_OF}T00:00:00+08:00`).getTime());
    }
    expect(new Set(files.map((f) => f.status))).toEqual(new Set(['submitted', 'accepted']));
  });

  it('writes approved indicator values per area and month (per quarter where only quarters are reported), with their history', async () => {
    const catalogue = indicatorCatalogue();
    const counts = await rows(a, `SELECT indicator_code, area_code, period_kind, count(*)::int AS n, min(period) AS first, max(period) AS last FROM indicator_values GROUP BY 1, 2, 3`);
    const raw = catalogue.indicators.filter((i) => i.kind === 'raw');
    expect(counts).toHaveLength(raw.reduce((n, i) => n + (i.kind === 'raw' && i.entry === 'zone' ? 1 : catalogue.areas.length), 0));
    for (const c of counts) {
      if (c.period_kind === 'month') expect([c.n, c.first, c.last]).toEqual([118, '2017-01', '2026-10']);
      else expect([c.period_kind, c.n, c.first, c.last]).toEqual(['quarter', 39, '2017-Q1', '2026-Q3']);
    }
    expect(await rows(a, `SELECT count(*)::int AS n FROM indicator_values WHERE approved_value IS NULL OR pending_value IS NOT NULL OR revision <> 1`)).toEqual([{ n: 0 }]);
    expect(await rows(a, `SELECT count(*)::int AS n FROM indicator_submissions WHERE status <> 'approved' OR decided_by = submitted_by OR decided_at < submitted_at`)).toEqual([{ n: 0 }]);
    expect(await rows(a, `SELECT event, count(*)::int AS n FROM indicator_value_history GROUP BY 1 ORDER BY 1`)).toEqual([
      { event: 'approved', n: a.summary.indicatorValues },
      { event: 'submitted', n: a.summary.indicatorValues },
    ]);
  });

  it('writes timers the sweeper fires through the files feature’s own check, without a failure', async () => {
    // Forty days on, the correction windows and due-soon days of the generated files have passed.
    const later = { ...other.started.ctx, now: () => new Date('2027-01-05T02:00:00Z') };
    const swept = await sweepOnce(later, timerHandlers, { batchSize: 30 });
    expect(swept.fired).toHaveLength(30);
    expect([swept.failed, swept.dead]).toEqual([[], []]);
    const deemed = await rows(other, `SELECT count(*)::int AS n FROM file_actions WHERE type = 'deem_accepted'`);
    expect(deemed[0]!.n).toBeGreaterThan(0);
  });

  it('records the run in the audit trail and refuses a second run into the same register, writing nothing', async () => {
    const ctx = a.started.ctx;
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
    expect(await rows(a, `SELECT action, actor FROM audit_log WHERE action = 'data.generate'`)).toEqual([{ action: 'data.generate', actor: 'system:generate' }]);
    const before = await rows(a, 'SELECT count(*)::int AS n FROM enterprises');
    const error = await generate(ctx, { enterprises: 10, seed: 1, months: 1, asOf: AS_OF, postgresUrl: a.database.url, progressSink: silent }).catch((e: unknown) => e);
    expect(isAppError(error, 'CONFLICT')).toBe(true);
    expect((error as Error).message).toContain('fresh database');
    expect(await rows(a, 'SELECT count(*)::int AS n FROM enterprises')).toEqual(before);
  });
});
