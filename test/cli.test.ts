// The `zimao` command line, run as a real process: JSON lines on stdout, one line on stderr and
// exit status 2 for bad input, and the embedded database folder refused while another process holds it.
// The commands that open a database run on PGlite and, in the vitest project where TEST_DATABASE_URL
// is set, on a fresh PostgreSQL database given to each process as DATABASE_URL (see vitest.config.ts).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUscc } from '../src/domain/uscc/index.ts';
import { expectJson, expectUsageError, freshDataDir, jsonLines, lines, removeTempDirs, runAll, start, zimao } from './helpers/cli.ts';
import { createCliDatabase, onPostgres, type CliDatabase } from './helpers/cli-database.ts';

afterAll(removeTempDirs);

// Commands that need no database answer the same in either project: only the PGlite project runs them.
if (!onPostgres) {
  describe('zimao uscc check', () => {
    it('prints one JSON object per code, in input order, with exactly the contract keys', async () => {
      const codes = ['91500000202897821P', '91350211m00013fa1n', '11500000009275780L', '9150000020289782', '91500000202897821O', '915000002028978I1P'];
      const run = await zimao(['uscc', 'check', ...codes]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      const out = jsonLines(run.stdout);
      expect(out).toHaveLength(codes.length);
      for (const o of out) expect(Object.keys(o).sort()).toEqual(['authority', 'checkChar', 'code', 'division', 'entityType', 'reason', 'valid']);
      expect(out.map((o) => o.code)).toEqual(codes.map((c) => c.toUpperCase()));
      expect(out[0]).toEqual({ code: '91500000202897821P', valid: true, checkChar: 'P', authority: '9', entityType: '1', division: '500000', reason: null });
      expect(out[1]).toMatchObject({ code: '91350211M00013FA1N', valid: false, checkChar: '3', division: '350211' });
      expect(out[1]?.reason).toContain("expected '3'");
      expect(out[2]).toMatchObject({ valid: true, checkChar: 'L', authority: '1' });
      expect(out[3]).toMatchObject({ valid: false, reason: 'length is 16, expected 18' });
      expect(out[4]).toMatchObject({ valid: false });
      expect(out[4]?.reason).toContain("'O'");
      expect(out[5]).toMatchObject({ valid: false, checkChar: null });
      expect(out[5]?.reason).toContain("'I' at position 16");
    });

    it('exits 2 with one line on stderr and nothing on stdout when no code is given', async () => {
      expectUsageError(await zimao(['uscc', 'check']), 'CODE');
    });
  });

  describe('zimao calendar', () => {
    it('computes due dates and workdays without a database', { timeout: 90_000 }, async () => {
      const [nationalDay, into2027, newYear2027, adjusted] = await runAll([
        ['calendar', 'due', '--from', '2025-09-30', '--working-days', '1'],
        ['calendar', 'due', '--from', '2026-12-30', '--working-days', '3'],
        ['calendar', 'is-workday', '2027-01-01'],
        ['calendar', 'is-workday', '2026-10-10'],
      ]);
      for (const run of [nationalDay, into2027, newYear2027, adjusted]) {
        expect(run?.code, run?.stderr).toBe(0);
        expect(lines(run!.stdout)).toHaveLength(1);
      }
      expect(JSON.parse(nationalDay!.stdout)).toEqual({ from: '2025-09-30', workingDays: 1, due: '2025-10-09' });
      expect(JSON.parse(into2027!.stdout)).toEqual({ from: '2026-12-30', workingDays: 3, due: '2027-01-05', provisional: true });
      expect(JSON.parse(newYear2027!.stdout)).toEqual({ date: '2027-01-01', workday: false, provisional: true });
      expect(JSON.parse(adjusted!.stdout)).toEqual({ date: '2026-10-10', workday: true });
    });

    it('refuses bad options: exit 2, one stderr line naming the option, no stack trace', { timeout: 120_000 }, async () => {
      const cases: [string[], string][] = [
        [['--from', '2025-09-30', '--working-days', '0'], '--working-days'],
        [['--from', '2025-09-30', '--working-days', '-1'], '--working-days'],
        [['--from', '2025-09-30', '--working-days', '1.5'], '--working-days'],
        [['--from', '2025-09-30', '--working-days', 'abc'], '--working-days'],
        [['--from', '2025-09-30'], '--working-days'],
        [['--from', '2025-02-30', '--working-days', '1'], '--from'],
        [['--from', '2025-09-30', '--working-days', '1', '--bogus', 'x'], '--bogus'],
      ];
      const runs = await runAll(cases.map(([args]) => ['calendar', 'due', ...args]));
      runs.forEach((run, i) => expectUsageError(run, cases[i]![1]));
    });

    it('refuses a bad is-workday date', async () => {
      expectUsageError(await zimao(['calendar', 'is-workday', '2025-13-01']), 'DATE');
    });
  });

  describe('zimao command dispatch', () => {
    it('exits 2 on an unknown command or subcommand', { timeout: 60_000 }, async () => {
      const [unknown, sub] = await runAll([['frobnicate'], ['calendar', 'frobnicate']]);
      expectUsageError(unknown!, 'frobnicate');
      expectUsageError(sub!, 'calendar due');
    });

    it('refuses seed without --demo (exit 2, nothing written)', async () => {
      const dir = freshDataDir();
      expectUsageError(await zimao(['seed'], { dataDir: dir }), '--demo');
      expect(readdirSync(dir)).toEqual([]);
    });
  });
}

describe(`zimao with a database: ${onPostgres ? 'PostgreSQL through DATABASE_URL' : 'the embedded PGlite'}`, () => {
  // One database for the whole sequence: migrate, seed, verify, issue, calendar, then (PGlite) the folder lock.
  let database: CliDatabase;
  beforeAll(async () => {
    database = await createCliDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  const run = (args: string[]) => zimao(args, database.target);

  it('migrates, seeds the demo and verifies the audit chain, printing JSON', { timeout: 180_000 }, async () => {
    const migrated = expectJson(await run(['migrate'])) as { applied: string[]; referenceLoaded: string[] };
    expect(migrated.applied.length).toBeGreaterThan(0);
    expect(migrated.referenceLoaded).toEqual(expect.arrayContaining(['industries', 'zone-units']));

    expect(expectJson(await run(['seed', '--demo']))).toMatchObject({ seeded: true, accounts: expect.arrayContaining(['admin', 'window']) });
    // The reference load and the demo seed.
    expect(expectJson(await run(['audit', 'verify']))).toEqual({ ok: true, checked: 2, firstBroken: null, awaitingSeal: 0 });
  });

  it('issues a valid credit code, recorded in the trail, and refuses an unknown authority', { timeout: 120_000 }, async () => {
    const issued = expectJson(await run(['uscc', 'issue', '--authority', '9', '--entity-type', '1', '--division', '500112'])) as { code: string; block: string };
    expect(checkUscc(issued.code)).toMatchObject({ valid: true, authority: '9', entityType: '1', division: '500112', warnings: [] });
    expect(issued.block).toBe('MA');

    // Refused by the code table after the database is open: one line, exit 2, nothing issued or audited.
    expectUsageError(await run(['uscc', 'issue', '--authority', 'Q', '--entity-type', '1', '--division', '500112']), 'authority');
    expect(expectJson(await run(['audit', 'verify']))).toEqual({ ok: true, checked: 3, firstBroken: null, awaitingSeal: 0 });
  });

  it('writes the open-data snapshot to a file, whole or not at all, and names a bad --out', { timeout: 120_000 }, async () => {
    const dir = freshDataDir(); // not the data folder: on PostgreSQL it must stay empty
    const file = join(dir, 'enterprises.csv.gz');
    const written = expectJson(await run(['open-data', 'enterprises', '--out', file])) as { file: string; rows: number; bytes: number };
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const csvLines = text.split('\r\n').filter(Boolean);
    expect(csvLines[0]).toBe('\uFEFFuscc,name,status,entity_type,registered_capital_yuan,established_on,area_code,district_code,industry_code');
    expect(written).toEqual({ file, rows: csvLines.length - 1, bytes: statSync(file).size });
    expect(text).toContain('重庆悦来智能装备有限公司');
    expectUsageError(await run(['open-data', 'enterprises']), '--out');
    expectUsageError(await run(['open-data', 'enterprises', '--out', join(dir, 'missing', 'x.csv.gz')]), '--out');
    expectUsageError(await run(['open-data', 'enterprises', '--out', dir]), '--out');
    expect(readdirSync(dir)).toEqual(['enterprises.csv.gz']);
  });

  it('integrates the register\'s ownership: counts by the rule in force, cycles by credit code, the read in the trail; names a bad --as-of', { timeout: 120_000 }, async () => {
    // Two demo enterprises hold each other (10% and 20%); one person holds 90% of the first, another 80% of the second.
    await database.execute(`INSERT INTO parties (id, kind, key, name, nationality) VALUES
      (9001, 'entity', 'CLI-A', 'A', 'CN'), (9002, 'entity', 'CLI-B', 'B', 'CN'), (9003, 'person', 'resident-id:CN:1', '甲', 'CN'), (9004, 'person', 'resident-id:CN:2', '乙', 'CN')`);
    await database.execute(`INSERT INTO holdings (subject_id, holder_id, holder_kind, share_min, share_max, valid_from, source) VALUES
      (9001, 9002, 'entity', 0.1, 0.1, '2025-01-01', 'generated'), (9001, 9003, 'person', 0.9, 0.9, '2025-01-01', 'generated'),
      (9002, 9001, 'entity', 0.2, 0.2, '2025-01-01', 'generated'), (9002, 9004, 'person', 0.8, 0.8, '2025-01-01', 'generated')`);
    const summary = expectJson(await run(['ownership', 'integrate', '--as-of', '2026-11-24'])) as Record<string, unknown>;
    expect(summary).toMatchObject({ asOf: '2026-11-24', rule: 'CN-2024', holdings: 4, heldEntities: 2, ultimateShares: 4, withDefiniteOwner: 2, withPossibleOwnerOnly: 0, cycles: { count: 1 }, unresolved: [] });
    expect([...(summary.cycles as { first: string[][] }).first[0]!].sort()).toEqual(['CLI-A', 'CLI-B']);
    expect(JSON.stringify(summary)).not.toContain('resident-id');
    // Before the Measures took effect there is no rule, and before the holdings began nothing is held.
    expect(expectJson(await run(['ownership', 'integrate', '--as-of', '2024-12-31']))).toMatchObject({ rule: 'CN-2024', holdings: 0 });
    expect(expectJson(await run(['ownership', 'integrate', '--as-of', '2024-10-31']))).toMatchObject({ rule: null, holdings: 0 });
    expectUsageError(await run(['ownership', 'integrate', '--as-of', '2026-13-01']), '--as-of');
    expect(expectJson(await run(['audit', 'verify']))).toMatchObject({ ok: true });
  });

  it('checks a name against the register in the database when no `existing` is given', { timeout: 120_000 }, async () => {
    const file = join(freshDataDir(), 'name.json'); // not the data folder: on PostgreSQL it must stay empty
    writeFileSync(file, JSON.stringify({ name: '重庆悦来智能装备有限公司', asOf: '2026-11-24' }));
    // The demo seed registered 重庆悦来智能装备有限公司 (read from this database, not from the input).
    expect(expectJson(await run(['names', 'check', file]))).toMatchObject({ verdict: 'conflict', conflicts: [{ name: '重庆悦来智能装备有限公司', status: 'registered' }] });
  });

  it(`answers calendar questions, ${onPostgres ? 'applying' : 'without opening the folder for'} the administrator's overrides`, { timeout: 120_000 }, async () => {
    const questions = [
      ['calendar', 'is-workday', '2026-10-10'],
      ['calendar', 'due', '--from', '2026-10-09', '--working-days', '1'],
    ];
    const [adjusted, due] = (await runAll(questions, database.target)).map(expectJson);
    expect(adjusted).toEqual({ date: '2026-10-10', workday: true }); // the Saturday worked after National Day
    expect(due).toEqual({ from: '2026-10-09', workingDays: 1, due: '2026-10-10' });

    // An administrator turns that Saturday into a rest day (written here directly, between runs).
    await database.execute(`INSERT INTO calendar_overrides (date, workday, reason, created_by) VALUES ('2026-10-10', false, 'cli test', 'cli-test')`);
    const [adjustedAfter, dueAfter] = (await runAll(questions, database.target)).map(expectJson);
    const reads = database.calendarReadsDatabase;
    expect(adjustedAfter).toEqual({ date: '2026-10-10', workday: !reads });
    expect(dueAfter).toEqual({ from: '2026-10-09', workingDays: 1, due: reads ? '2026-10-12' : '2026-10-10' });
    // With DATABASE_URL nothing was written to the data folder.
    if (database.target.databaseUrl) expect(readdirSync(database.target.dataDir)).toEqual([]);
  });

  // The data-folder lock exists only for the embedded database.
  if (!onPostgres) {
    it('refuses the data folder while `zimao serve` holds it, and frees it when the server stops', { timeout: 120_000 }, async () => {
      const { dataDir } = database.target;
      const server = start(['serve', '--port', '0'], database.target);
      let serverErr = '';
      const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`server did not start: ${serverErr}`)), 60_000);
          server.stderr!.setEncoding('utf8').on('data', (d: string) => {
            serverErr += d;
            if (serverErr.includes('listening')) {
              clearTimeout(timer);
              resolve();
            }
          });
          server.on('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`server exited with ${code}: ${serverErr}`));
          });
        });
        const refused = await run(['audit', 'verify']);
        expectUsageError(refused, /in use/);
        expect(refused.stderr).toContain(dataDir);
      } finally {
        server.kill('SIGTERM');
        const killer = setTimeout(() => server.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      }
      // The folder is free again; the trail holds reference load, demo seed, the one issued code, the three ownership
      // integrations and the daily risk run the server scheduled at start (src/server/features/risk/daily.ts).
      expect(expectJson(await run(['audit', 'verify']))).toEqual({ ok: true, checked: 7, firstBroken: null, awaitingSeal: 0 });
    });
  }
});
