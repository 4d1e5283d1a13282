// The `zimao` command line, run as a real process: JSON lines on stdout, one line on stderr and
// exit status 2 for bad input, and the embedded database folder refused while another process holds it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkUscc } from '../src/domain/uscc/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty folder for ZIMAO_DATA_DIR (never empty: an empty value would mean the working directory). */
function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zimao-cli-test-'));
  tempDirs.push(dir);
  return dir;
}

function cliEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ZIMAO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.ZIMAO_DEBUG;
  return env;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], dataDir: string): ChildProcess {
  return spawn(process.execPath, ['bin/zimao.js', ...args], { cwd: root, env: cliEnv(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs `zimao ...args` to completion. Commands that need no database get their own empty folder. */
function zimao(args: string[], dataDir = freshDataDir()): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = start(args, dataDir);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);
const jsonLines = (text: string) => lines(text).map((l) => JSON.parse(l) as Record<string, unknown>);

/** Exit 2, nothing on stdout, exactly one line on stderr mentioning `mention`, and no stack trace. */
function expectUsageError(run: Run, mention: string | RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  const err = lines(run.stderr);
  expect(err, run.stderr).toHaveLength(1);
  expect(err[0]).toMatch(/^zimao: /);
  if (typeof mention === 'string') expect(err[0]).toContain(mention);
  else expect(err[0]).toMatch(mention);
  expect(run.stderr).not.toMatch(/^ {4}at /m);
}

/** Runs a few commands at a time (each spawn costs about a second of CPU). */
async function runAll(commands: string[][], width = 3): Promise<Run[]> {
  const results: Run[] = [];
  for (let i = 0; i < commands.length; i += width) {
    results.push(...(await Promise.all(commands.slice(i, i + width).map((c) => zimao(c)))));
  }
  return results;
}

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
    expectUsageError(await zimao(['seed'], dir), '--demo');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('zimao with the embedded database', () => {
  // One data folder for the whole sequence: migrate, seed, verify, issue, then the folder lock.
  const dataDir = freshDataDir();

  it('migrates, seeds the demo and verifies the audit chain, printing JSON', { timeout: 180_000 }, async () => {
    const migrate = await zimao(['migrate'], dataDir);
    expect(migrate.code, migrate.stderr).toBe(0);
    const migrated = JSON.parse(migrate.stdout) as { applied: string[]; referenceLoaded: string[] };
    expect(migrated.applied.length).toBeGreaterThan(0);
    expect(migrated.referenceLoaded).toEqual(expect.arrayContaining(['industries', 'zone-units']));

    const seed = await zimao(['seed', '--demo'], dataDir);
    expect(seed.code, seed.stderr).toBe(0);
    expect(JSON.parse(seed.stdout)).toMatchObject({ seeded: true, accounts: expect.arrayContaining(['admin', 'window']) });

    const verify = await zimao(['audit', 'verify'], dataDir);
    expect(verify.code, verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout)).toEqual({ ok: true, checked: 2, firstBroken: null });
  });

  it('issues a valid credit code (recorded in the trail: see the verify below) and refuses an unknown authority', { timeout: 120_000 }, async () => {
    const issue = await zimao(['uscc', 'issue', '--authority', '9', '--entity-type', '1', '--division', '500112'], dataDir);
    expect(issue.code, issue.stderr).toBe(0);
    const issued = JSON.parse(issue.stdout) as { code: string; block: string };
    const check = checkUscc(issued.code);
    expect(check).toMatchObject({ valid: true, authority: '9', entityType: '1', division: '500112', warnings: [] });
    expect(issued.block).toBe('MA');

    // Refused by the code table after the database is open: one line, exit 2, nothing issued or audited.
    expectUsageError(await zimao(['uscc', 'issue', '--authority', 'Q', '--entity-type', '1', '--division', '500112'], dataDir), 'authority');
  });

  it('refuses the data folder while `zimao serve` holds it, and frees it when the server stops', { timeout: 120_000 }, async () => {
    const server = start(['serve', '--port', '0'], dataDir);
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
      const refused = await zimao(['audit', 'verify'], dataDir);
      expectUsageError(refused, /in use/);
      expect(refused.stderr).toContain(dataDir);
    } finally {
      server.kill('SIGTERM');
      const killer = setTimeout(() => server.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    }
    // The folder is free again; the trail holds reference load, demo seed and the one issued code.
    const after = await zimao(['audit', 'verify'], dataDir);
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout)).toEqual({ ok: true, checked: 3, firstBroken: null });
  });
});
