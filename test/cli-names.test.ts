// `zimao names check [FILE|-]` as a real process: the exact output contract (issue 6), the one-year boundary and a
// homophone through the CLI, standard input, and bad input refused with exit 2 and one stderr line naming the field.
// (Against the register in a database: test/cli.test.ts, which runs on PGlite and PostgreSQL.)
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectJson, expectUsageError, freshDataDir, removeTempDirs, runAll } from './helpers/cli.ts';

afterAll(removeTempDirs);

const dir = freshDataDir();
function inputFile(name: string, content: unknown): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
const existing = [
  { name: '重庆红光科技有限公司', status: 'registered', since: '2020-01-01' },
  { name: '重庆青枫贸易有限公司', status: 'deregistered', since: '2025-11-25' },
  { name: '重庆白露贸易有限公司', status: 'revoked', since: '2025-11-24' },
];

describe('zimao names check', () => {
  it('answers with the contract keys: available with a homophone, conflict inside the year, available on its boundary, rejected', { timeout: 120_000 }, async () => {
    const [homophone, inside, boundary, rejected] = await runAll([
      ['names', 'check', inputFile('homophone', { name: '重庆宏光科技有限公司', asOf: '2026-11-24', existing })],
      ['names', 'check', inputFile('inside', { name: '重庆青枫贸易有限公司', asOf: '2026-11-24', existing })],
      ['names', 'check', inputFile('boundary', { name: '重庆白露贸易有限公司', asOf: '2026-11-24', existing })],
      ['names', 'check', inputFile('rejected', { name: '重庆红科技有限公司', asOf: '2026-11-24', existing: [] })],
    ]);
    const a = expectJson(homophone!) as Record<string, unknown>;
    expect(Object.keys(a)).toEqual(['parsed', 'verdict', 'reasons', 'conflicts', 'similar']);
    expect(a).toMatchObject({
      parsed: { division: '重庆', tradeName: '宏光', industry: '科技', form: '有限公司' },
      verdict: 'available',
      conflicts: [],
      similar: [{ name: '重庆红光科技有限公司', kind: 'same-pronunciation' }],
    });
    expect(expectJson(inside!)).toMatchObject({ verdict: 'conflict', conflicts: [{ name: '重庆青枫贸易有限公司', reason: { code: 'NAME-10' } }] });
    expect(expectJson(boundary!)).toMatchObject({ verdict: 'available', conflicts: [] });
    expect(expectJson(rejected!)).toMatchObject({ verdict: 'rejected', reasons: [{ code: 'NAME-04' }] });
  });

  it('reads standard input for - and for no argument', () => {
    const input = JSON.stringify({ name: '重庆红光科技有限公司', asOf: '2026-11-24', existing });
    for (const args of [['-'], []]) {
      const run = spawnSync(process.execPath, ['bin/zimao.js', 'names', 'check', ...args], { input, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'conflict' });
    }
  });

  it('refuses bad input: exit 2, one stderr line naming the field', { timeout: 120_000 }, async () => {
    const runs = await runAll([
      ['names', 'check', inputFile('noname', { asOf: '2026-11-24', existing: [] })],
      ['names', 'check', inputFile('nodate', { name: '重庆红光科技有限公司', existing: [] })],
      ['names', 'check', inputFile('baddate', { name: '重庆红光科技有限公司', asOf: '2026-02-30', existing: [] })],
      ['names', 'check', inputFile('status', { name: '重庆红光科技有限公司', asOf: '2026-11-24', existing: [{ name: '重庆红光科技有限公司', status: 'active', since: '2020-01-01' }] })],
      ['names', 'check', inputFile('since', { name: '重庆红光科技有限公司', asOf: '2026-11-24', existing: [{ name: '重庆红光科技有限公司', status: 'registered' }] })],
      ['names', 'check', inputFile('notjson', '{"name":')],
      ['names', 'check', join(dir, 'missing.json')],
    ]);
    const mentions = ['name', 'asOf', 'asOf', 'existing[0].status', 'existing[0].since', 'not JSON', 'ENOENT'];
    runs.forEach((run, i) => expectUsageError(run, mentions[i]!));
  });
});
