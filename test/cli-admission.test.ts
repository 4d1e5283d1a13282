// `zimao admission check [FILE|-]` as a real process: the exact output contract, and bad input refused with
// exit 2 and one line on stderr naming the field.
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
const base = { date: '2026-11-24', foreignShare: 49, form: 'company' };

describe('zimao admission check', () => {
  it('answers with the contract keys: restricted and compliant, prohibited, and not listed before 2020', { timeout: 120_000 }, async () => {
    const [troupe, research, shop] = await runAll([
      ['admission', 'check', inputFile('troupe', { ...base, industryCodes: ['8810'] })],
      ['admission', 'check', inputFile('research', { ...base, industryCodes: ['73'], foreignShare: 10 })],
      ['admission', 'check', inputFile('shop', { ...base, date: '2019-09-01', industryCodes: ['5261'], foreignShare: 100 })],
    ]);
    const a = expectJson(troupe!) as Record<string, unknown>;
    expect(Object.keys(a).sort()).toEqual(['compliant', 'edition', 'measures', 'outcome', 'procedure', 'reasons']);
    expect(a).toMatchObject({ edition: 'FTZ-2021', outcome: 'restricted', compliant: true, procedure: 'information-report', measures: [{ no: 27, type: 'CN_CONTROL' }] });
    expect((a.measures as { text: string }[])[0]!.text).toContain('中方控股');
    // Division 73 (research) holds 7340 (stem cells) and 7350 (humanities): both prohibited measures match.
    expect(expectJson(research!)).toMatchObject({ outcome: 'prohibited', compliant: false, procedure: 'refuse', measures: [{ no: 15 }, { no: 16 }] });
    expect(expectJson(shop!)).toMatchObject({ edition: 'FTZ-2019', outcome: 'not-listed', compliant: true, procedure: 'recordation', measures: [] });
  });

  it('refuses bad input: exit 2, one stderr line naming the problem', { timeout: 120_000 }, async () => {
    const runs = await runAll([
      ['admission', 'check', inputFile('early', { ...base, industryCodes: ['8810'], date: '2018-07-29' })],
      ['admission', 'check', inputFile('code', { ...base, industryCodes: ['9999'] })],
      ['admission', 'check', inputFile('share', { ...base, industryCodes: ['8810'], foreignShare: 101 })],
      ['admission', 'check', inputFile('form', { ...base, industryCodes: ['8810'], form: 'llc' })],
      ['admission', 'check', inputFile('nodate', { foreignShare: 10, form: 'company', industryCodes: ['8810'] })],
      ['admission', 'check', inputFile('impossible', { ...base, industryCodes: ['8810'], date: '2026-02-30' })],
      ['admission', 'check', inputFile('notjson', '{"date": ')],
      ['admission', 'check', join(dir, 'missing.json')],
    ]);
    const named = ['2018-07-30', '9999', 'foreignShare', 'form', 'date', 'date', 'not JSON', 'missing.json'];
    runs.forEach((run, i) => expectUsageError(run, named[i]!));
  });
});
