// Runs the `zimao` command as a real process (bin/zimao.js) for test/cli.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tempDirs: string[] = [];

/** Removes every folder freshDataDir made (call it from afterAll). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh, empty folder for ZIMAO_DATA_DIR (never empty: an empty value would mean the working directory). */
export function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zimao-cli-test-'));
  tempDirs.push(dir);
  return dir;
}

/** Where a CLI run keeps its data: always a data folder, and a PostgreSQL database when databaseUrl is given. */
export interface CliTarget {
  dataDir: string;
  /** Passed to the process as DATABASE_URL; without it the process uses PGlite in dataDir. */
  databaseUrl?: string | null;
}

function cliEnv(target: CliTarget): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ZIMAO_DATA_DIR: target.dataDir };
  delete env.DATABASE_URL;
  delete env.ZIMAO_DEBUG;
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  return env;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `zimao ...args` and returns the process (for `serve`, which does not end by itself). */
export function start(args: string[], target: CliTarget): ChildProcess {
  return spawn(process.execPath, ['bin/zimao.js', ...args], { cwd: root, env: cliEnv(target), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs `zimao ...args` to completion. Commands that need no database get their own empty folder. */
export function zimao(args: string[], target: CliTarget = { dataDir: freshDataDir() }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = start(args, target);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a few commands at a time (each spawn costs about a second of CPU), each in its own folder unless a target is given. */
export async function runAll(commands: string[][], target?: CliTarget, width = 3): Promise<Run[]> {
  const results: Run[] = [];
  for (let i = 0; i < commands.length; i += width) {
    results.push(...(await Promise.all(commands.slice(i, i + width).map((c) => zimao(c, target)))));
  }
  return results;
}

export const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);
export const jsonLines = (text: string) => lines(text).map((l) => JSON.parse(l) as Record<string, unknown>);

/** Exit 0, nothing on stderr, and exactly one JSON line on stdout, returned. */
export function expectJson(run: Run): unknown {
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  expect(lines(run.stdout), run.stdout).toHaveLength(1);
  return JSON.parse(run.stdout);
}

/** Exit 2, nothing on stdout, exactly one line on stderr mentioning `mention`, and no stack trace. */
export function expectUsageError(run: Run, mention: string | RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  const err = lines(run.stderr);
  expect(err, run.stderr).toHaveLength(1);
  expect(err[0]).toMatch(/^zimao: /);
  if (typeof mention === 'string') expect(err[0]).toContain(mention);
  else expect(err[0]).toMatch(mention);
  expect(run.stderr).not.toMatch(/^ {4}at /m);
}
