// The name check at the scale of a real register (issue 6: Chongqing has about 3.5 million market entities; goal
// p99 ≤ 10 ms on PostgreSQL). Fills enterprise_names of a fresh database with synthetic names, then times
// checkAgainstRegister — the service the API and the CLI call — one request at a time. Baseline: a primary-key read
// of the same table over the same connection pool, so the ratio is what the check adds (two index lookups, parsing
// and comparing the candidates).
//
// `node --import tsx bench/names-register.ts [--quick]` runs it alone: an in-memory PGlite with 1 million names
// (quick: 20,000), and with BENCH_DATABASE_URL PostgreSQL with 3.5 million (quick: 200,000).
// BENCH_NAMES_N overrides the number on both.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { pinyin } from 'pinyin-pro';
import { openDatabase, type Database, type DatabaseOptions } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { checkAgainstRegister } from '../src/server/features/names/service.ts';
import { metric, percentile, printTable, type Metric } from './metric.ts';
import { createPostgresDatabase } from './postgres-database.ts';

// Characters common in trade names (bench data only): 2–4 of them make a trade name.
const CHARS = [...'华美新金鑫源泰恒达兴盛昌隆丰瑞祥福康宏鸿红光明辉耀星月晨阳天地海山川江河湖云峰岭林森木松柏竹梅兰菊荷青蓝绿紫白银宝玉翠晶亮博雅文德信义仁礼智勇诚和合安平正东南西北中方圆通顺畅捷迅驰腾飞翔龙凤鹏鹰虎豹鹿马骏锦绣锐利创启航远卓越优佳佰千万亿嘉嘉禾乐喜悦欣怡宁静致志弘毅远景观元亨贞吉祺禧骐骥彩虹霞霖雨露霜雪风雷电磁能动力量众诚铭鼎汇聚融合睿哲思维科技联友邦邻'];
const INDUSTRIES = ['科技', '网络科技', '信息技术', '软件', '电子', '贸易', '商贸', '电子商务', '物流', '供应链管理', '投资', '股权投资', '融资租赁', '咨询', '企业管理', '建筑工程', '装饰工程', '机械设备', '汽车零部件', '新材料', '化工', '新能源', '环保科技', '生物医药', '医疗器械', '食品', '餐饮管理', '农业', '文化传播', '教育科技', '旅游', '酒店管理', '物业管理', '人力资源', '大数据', '人工智能', '服饰', '印务', '设计', '房地产开发'];
const BATCH = 100_000;

export interface NamesBenchOptions {
  quick: boolean;
  postgresUrl?: string | undefined;
  n?: number;
}

async function fill(database: Database, n: number): Promise<void> {
  await sql`CREATE TABLE bench_chars (i integer PRIMARY KEY, ch text NOT NULL, py text NOT NULL)`.execute(database.db);
  await sql`CREATE TABLE bench_industries (i integer PRIMARY KEY, word text NOT NULL)`.execute(database.db);
  const chars = CHARS.map((ch, i) => ({ i, ch, py: pinyin(ch, { toneType: 'none' }) }));
  await database.db.insertInto('bench_chars' as never).values(chars as never).execute();
  await database.db.insertInto('bench_industries' as never).values(INDUSTRIES.map((word, i) => ({ i, word })) as never).execute();
  const k = CHARS.length;
  // Trade names: 3 in 10 of two characters, 6 of three, 1 of four; one name in twenty deregistered.
  for (let from = 1; from <= n; from += BATCH) {
    const to = Math.min(n, from + BATCH - 1);
    await sql`
      INSERT INTO enterprise_names (name, trade_name, trade_name_pinyin, industry, status, since)
      SELECT '重庆' || tn || word || '有限公司', tn, py, word,
             CASE WHEN g % 20 = 0 THEN 'deregistered' ELSE 'registered' END,
             date '2000-01-01' + (g % 9800)
      FROM (
        SELECT g, ind.word,
               c1.ch || c2.ch || CASE WHEN g % 10 >= 3 THEN c3.ch ELSE '' END || CASE WHEN g % 10 = 9 THEN c4.ch ELSE '' END AS tn,
               c1.py || c2.py || CASE WHEN g % 10 >= 3 THEN c3.py ELSE '' END || CASE WHEN g % 10 = 9 THEN c4.py ELSE '' END AS py
        FROM generate_series(${from}::int, ${to}::int) AS g
        JOIN bench_chars c1 ON c1.i = abs(hashint4(g)) % ${k}::int
        JOIN bench_chars c2 ON c2.i = abs(hashint4(g + 1000000000)) % ${k}::int
        JOIN bench_chars c3 ON c3.i = abs(hashint4(g - 1000000000)) % ${k}::int
        JOIN bench_chars c4 ON c4.i = abs(hashint4(-g)) % ${k}::int
        JOIN bench_industries ind ON ind.i = abs(hashint4(g * 7)) % ${INDUSTRIES.length}::int
      ) AS s`.execute(database.db);
  }
  await sql`ANALYZE enterprise_names`.execute(database.db);
}

/** Names to check: half taken from the register (conflicts), half new combinations of the same characters. */
async function questions(database: Database, n: number, count: number): Promise<string[]> {
  const ids = Array.from({ length: count / 2 }, (_, i) => 1 + ((i * 2_654_435_761) % n));
  const existing = await database.db.selectFrom('enterprise_names').select('name').where('id', 'in', ids).execute();
  const fresh = Array.from({ length: count / 2 }, (_, i) => {
    const pick = (m: number) => CHARS[(i * m + 17) % CHARS.length]!;
    return `重庆${pick(31)}${pick(57)}${pick(89)}${INDUSTRIES[i % INDUSTRIES.length]}有限公司`;
  });
  return [...existing.map((r) => r.name), ...fresh];
}

async function timeEach<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (const item of items) {
    const t0 = performance.now();
    await work(item);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** The check on PGlite at the goal's size (1 million names; quick: 20,000), then on PostgreSQL (3.5 million; quick: 200,000) when a server is given. */
export async function namesRegisterBench(opts: NamesBenchOptions): Promise<Metric[]> {
  const metrics = await onDatabase({ quick: opts.quick, n: opts.n ?? (opts.quick ? 20_000 : 1_000_000) });
  if (opts.postgresUrl) metrics.push(...(await onDatabase({ quick: opts.quick, n: opts.n ?? (opts.quick ? 200_000 : 3_500_000), postgresUrl: opts.postgresUrl })));
  return metrics;
}

async function onDatabase(opts: { quick: boolean; n: number; postgresUrl?: string | undefined }): Promise<Metric[]> {
  const onPostgres = Boolean(opts.postgresUrl);
  const n = opts.n;
  const pgDb = opts.postgresUrl ? await createPostgresDatabase(opts.postgresUrl) : null;
  const options: DatabaseOptions = pgDb ? { kind: 'postgres', url: pgDb.url, poolSize: 4 } : { kind: 'pglite', dataDir: null };
  const database = await openDatabase(options);
  const label = `${onPostgres ? 'PostgreSQL' : 'PGlite'}, ${n.toLocaleString('en')} names`;
  try {
    await migrate(database);
    const loadStart = performance.now();
    await fill(database, n);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const names = await questions(database, n, opts.quick ? 400 : 4000);
    const ids = Array.from({ length: names.length }, (_, i) => 1 + ((i * 40_503) % n));
    const asOf = '2026-11-24';
    await timeEach(names.slice(0, 50), (name) => checkAgainstRegister(database.db, { name, asOf })); // warm up
    const checks = await timeEach(names, (name) => checkAgainstRegister(database.db, { name, asOf }));
    const reads = await timeEach(ids, (id) => database.db.selectFrom('enterprise_names').selectAll().where('id', '=', id).executeTakeFirst());
    const baseline99 = { name: `primary-key read p99 (${label})`, value: percentile(reads, 99) };
    const baseline50 = { name: `primary-key read p50 (${label})`, value: percentile(reads, 50) };
    return [
      metric(baseline99.name, 'ms', baseline99.value),
      onPostgres
        ? metric(`names check p99 (${label})`, 'ms', percentile(checks, 99), baseline99, 'p99 ≤ 10 ms over 3.5 million names on PostgreSQL', n >= 3_500_000 ? percentile(checks, 99) <= 10 : null)
        : metric(`names check p99 (${label})`, 'ms', percentile(checks, 99), baseline99, 'p99 ≤ 30 ms over 1 million names on PGlite', n >= 1_000_000 ? percentile(checks, 99) <= 30 : null),
      metric(`names check p50 (${label})`, 'ms', percentile(checks, 50), baseline50),
      metric(`names register load (${label})`, 'rows/s', n / loadSeconds),
    ];
  } finally {
    await database.close();
    await pgDb?.drop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = process.env.BENCH_NAMES_N ? Number(process.env.BENCH_NAMES_N) : undefined;
  printTable(await namesRegisterBench({ quick: process.argv.includes('--quick'), postgresUrl: process.env.BENCH_DATABASE_URL || undefined, ...(n ? { n } : {}) }));
}
