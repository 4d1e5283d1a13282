// Establishment through the HTTP API (issue 6; issue 8's goal: a complete standard establishment submitted and its
// licence back, p99 ≤ 300 ms at 50 concurrent applicants): each request is the whole one form, formally reviewed and
// registered on the spot — credit code, register entry, name, signed licence, follow-up tasks — in one transaction.
// Baseline: the simple audited write of files-throughput.ts at the same concurrency on the same server.
import { residentIdCheckChar } from '../src/domain/registration/index.ts';
import { DEMO_PASSWORD, drive, signIn, write } from './files-throughput.ts';
import { metric, percentile, type Metric } from './metric.ts';

// Trade names: two characters from this list, unique per request (no conflicts, so every one registers).
const CHARS = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥青赤黄白玄朱紫翠碧银金铁石玉竹松柏梅兰菊荷桂桃李杏梨枣'];
const person = (n: number) => {
  const first17 = `5001121985${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(100 + (n % 900)).padStart(3, '0')}`;
  return { name: `投资人${n}`, nationality: 'CN', idType: 'resident-id', idNumber: first17 + residentIdCheckChar(first17) };
};

function form(i: number, run: string) {
  const trade = `${CHARS[Math.floor(i / CHARS.length) % CHARS.length]}${CHARS[i % CHARS.length]}`;
  const chair = person(i);
  return {
    name: `重庆${run}${trade}软件有限公司`,
    legalForm: 'limited-liability-company',
    registeredCapitalYuan: 1_000_000,
    investors: [{ ...chair, kind: 'person', subscribedYuan: 1_000_000, contributionDueOn: '2029-12-31' }],
    legalRepresentative: { ...chair, position: 'executive-director' },
    directors: [chair],
    businessScope: { itemCodes: ['S0101'], mainItemCode: 'S0101' },
    domicile: { address: '重庆市渝北区悦来街道悦来大道66号', commitment: true },
    contact: { name: chair.name, phone: '023-67000000' },
  };
}

export async function establishmentLatency(options: { base: string; label: string; quick: boolean; simpleWrite: { name: string; p99: number } }): Promise<Metric[]> {
  const { base, label } = options;
  const applicant = await signIn(base, 'applicant', DEMO_PASSWORD);
  const concurrency = options.quick ? 10 : 50;
  const count = options.quick ? 60 : 600;
  const run = CHARS[Date.now() % CHARS.length]! + CHARS[Math.floor(Date.now() / 1000) % CHARS.length]!; // a fresh trade-name prefix per run
  // Warm-up at full concurrency, with the indexes after the measured ones (every index below CHARS.length² is a trade
  // name of its own): the figure is the server's steady state, after every pooled connection has prepared its
  // statements and the hot code is compiled; a cold first burst measured 20-60% slower p99 (issue 8's closing note).
  await drive(concurrency, { count }, (i) => write(base, applicant, '/api/establishments', form(count + i, run), []).then(() => undefined));
  const latencies: number[] = [];
  const done = await drive(concurrency, { count }, (i) => write<{ status: string }>(base, applicant, '/api/establishments', form(i, run), latencies).then((e) => {
    if (e.status !== 'registered') throw new Error(`establishment ${i} ended ${e.status}`);
  }));
  console.error(`establishment (${label}): ${done.done} registered in ${done.seconds.toFixed(1)} s at ${concurrency} in flight`);
  return [
    metric(`establishment registered on the spot with its licence, ${concurrency} applicants at once, p99 (${label})`, 'ms', percentile(latencies, 99), { name: options.simpleWrite.name, value: options.simpleWrite.p99 }, 'p99 ≤ 300 ms at 50 concurrent applicants', concurrency === 50 ? percentile(latencies, 99) <= 300 : null),
    metric(`establishments registered (${label})`, 'per s', done.done / done.seconds),
  ];
}
