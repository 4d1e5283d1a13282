// `zimao generate` as a real process (issue 8): bad options refused with exit 2 and one stderr line naming the option
// (nothing written), and a small run into an embedded data folder: one JSON line on stdout, and on a stderr that is no
// terminal only the final line of each phase. (The rows themselves, on PGlite and PostgreSQL:
// src/server/generate/generate.test.ts.)
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectUsageError, freshDataDir, lines, removeTempDirs, runAll, zimao } from './helpers/cli.ts';

afterAll(removeTempDirs);

describe('zimao generate', () => {
  it('refuses bad options: exit 2, one stderr line naming the option, no stack trace, no data folder touched', { timeout: 120_000 }, async () => {
    const cases: [string[], string][] = [
      [['--enterprises', 'abc', '--seed', '1'], '--enterprises'],
      [['--enterprises', '1.5', '--seed', '1'], '--enterprises'],
      [['--enterprises', '0', '--seed', '1'], '--enterprises'],
      [['--enterprises', '-3', '--seed', '1'], '--enterprises'],
      [['--seed', '1'], '--enterprises'],
      [['--enterprises', '100'], '--seed'],
      [['--enterprises', '100', '--seed', 'x1'], '--seed'],
      [['--enterprises', '100', '--seed', '1', '--months', '0'], '--months'],
      [['--enterprises', '100', '--seed', '1', '--as-of', '2026-02-30'], '--as-of'],
      [['--enterprises', '100', '--seed', '1', '--database-url', 'mysql://x'], '--database-url'],
      [['--enterprises', '100', '--seed', '1', '--bogus', 'x'], '--bogus'],
    ];
    const dirs = cases.map(() => freshDataDir());
    const runs: Awaited<ReturnType<typeof zimao>>[] = [];
    for (let i = 0; i < cases.length; i += 4) {
      runs.push(...(await Promise.all(cases.slice(i, i + 4).map(([args], k) => zimao(['generate', ...args], { dataDir: dirs[i + k]! })))));
    }
    runs.forEach((run, i) => {
      expectUsageError(run, cases[i]![1]);
      expect(readdirSync(dirs[i]!), cases[i]![1]).toEqual([]);
    });
  });

  it('generates into the embedded database: the summary on stdout, one final line per phase on stderr', { timeout: 180_000 }, async () => {
    const run = await zimao(['generate', '--enterprises', '40', '--seed', '3', '--months', '2', '--as-of', '2026-11-24']);
    expect(run.code, run.stderr).toBe(0);
    expect(lines(run.stdout)).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ enterprises: 40, names: 40, seed: 3, asOf: '2026-11-24', database: 'pglite', indicatorMonths: '2026-09..2026-10' });
    expect(run.stderr).not.toContain('\r');
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(/^zimao generate: enterprises 40 in \d+s.* \d+ holdings, \d+ persons, 0 cycles$/),
      expect.stringMatching(/^zimao generate: application files \d+ in/),
    ]);
  });

  it('is listed in the help', async () => {
    const run = await runAll([['--help']]);
    expect(run[0]!.stdout).toContain('generate --enterprises N --seed S');
  });
});
