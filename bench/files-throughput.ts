// Files through the HTTP API, several in flight at once, against a server bench/zimao-server.ts spawned (a separate
// process, so this client does not share its event loop): file submissions (POST /api/files), and complete journeys
// (submit → accept → start_tasks → approve_task → approve, 5 audited writes each). Baseline: a simple audited write
// (POST /api/calendar/deadlines by the window officer) at the same concurrency, same server. The three loads take
// turns in short slices, so that a change in the machine's speed during the run (seen here: twice as fast or slow
// within a minute) weighs on the baseline as on the files. On PostgreSQL a fourth load takes its turns too: the bare
// validate-and-insert route of issue 8's goal (bare-route-server.ts), no zimao at all, against which the goal is
// judged as the issue words it. Metric names end with the server's database, e.g. "(PostgreSQL)".
import http from 'node:http';
import { bareBody, type BareRoute } from './bare-route.ts';
import { metric, percentile, type Baseline, type Metric } from './metric.ts';

export interface FilesThroughputOptions {
  /** http://127.0.0.1:PORT of a server started with --demo. */
  base: string;
  /** The database the server runs on, appended to every metric name. */
  label: string;
  quick: boolean;
  /** GET /api/health on the same server as autocannon measured it just before: throughput and p99. */
  health: { baseline: Baseline; p99: Baseline };
  /** Issue 8's bare validate-and-insert route (bare-route.ts), on PostgreSQL: a fourth load in the rotation. */
  bare?: BareRoute;
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

interface FileBody {
  id: number;
  version: number;
  status: string;
  tasks: { id: string; departmentCode: string }[];
}

export const DEMO_PASSWORD = 'zimao-demo-2026';
const CONCURRENCY = 8;
const WRITES_PER_JOURNEY = 5;
const permitForm = { permitName: '对外贸易经营者备案', areaCode: 'LJ', enterpriseUscc: '91500000202897821P', description: '货物进出口' };

export async function signIn(base: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('zimao_session='));
  if (!cookie) throw new Error(`sign-in of ${username}: no session cookie`);
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken: body.csrfToken };
}

// The client is node:http over kept-alive connections, not fetch: with fetch this process took about 2.5 ms of CPU
// per establishment, with node:http about 1.2 ms (process.cpuUsage over 1,200 of them), on the two cores the server
// it measures runs on.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** One timed write; its latency goes to `latencies`, anything but 2xx throws. */
export async function write<T>(base: string, as: Session, path: string, body: unknown, latencies: number[]): Promise<T> {
  const start = performance.now();
  const payload = Buffer.from(JSON.stringify(body));
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, {
      agent,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': payload.length, cookie: as.cookie, 'x-csrf-token': as.csrfToken },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
  latencies.push(performance.now() - start);
  if (status < 200 || status >= 300) throw new Error(`POST ${path}: ${status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/**
 * Runs `task` with `concurrency` workers until `count` tasks have been started or, when `untilMs`
 * is given, until that much time has passed; returns how many finished and the elapsed seconds.
 */
export async function drive(concurrency: number, limit: { count: number; untilMs?: number }, task: (i: number) => Promise<void>) {
  let started = 0;
  let done = 0;
  const start = performance.now();
  const more = () => started < limit.count && (limit.untilMs === undefined || performance.now() - start < limit.untilMs);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (more()) {
        const i = started++;
        await task(i);
        done++;
      }
    }),
  );
  return { done, seconds: (performance.now() - start) / 1000 };
}

/**
 * Runs `concurrency` workers for `ms`: each calls `work` again and again with the slice's end. Only writes finished by
 * then are counted (`count` is the callback a write calls when it finishes), so a journey cut off by the end counts
 * its finished steps, and the rate is writes over exactly `ms`.
 */
async function slice(concurrency: number, ms: number, work: (end: number, count: () => void) => Promise<void>): Promise<number> {
  const end = performance.now() + ms;
  let done = 0;
  const count = () => {
    if (performance.now() <= end) done++;
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) await work(end, count);
    }),
  );
  return done;
}

export async function filesThroughput(options: FilesThroughputOptions): Promise<Metric[]> {
  const { base, quick, label } = options;
  const admin = await signIn(base, 'admin', DEMO_PASSWORD);
  // The demo has no COMMERCE reviewer: the journey's department task needs one.
  await write(base, admin, '/api/accounts', { username: 'bench-commerce', displayName: '商务委 审核 (bench)', password: 'bench-commerce-2026', role: 'department_reviewer', departmentCode: 'COMMERCE' }, []);
  const applicant = await signIn(base, 'applicant', DEMO_PASSWORD);
  const window = await signIn(base, 'window', DEMO_PASSWORD);
  const commerce = await signIn(base, 'bench-commerce', 'bench-commerce-2026');

  const act = (as: Session, file: FileBody, type: string, latencies: number[], payload: Record<string, unknown> = {}) =>
    write<FileBody>(base, as, `/api/files/${file.id}/actions`, { type, expectedVersion: file.version, payload }, latencies);
  const submit = (latencies: number[]) => write<FileBody>(base, applicant, '/api/files', { type: 'permit-single', form: permitForm }, latencies);
  /** The journey's steps, each after the one before; none begins after `end`. */
  const journey = async (latencies: number[], end: number, count: () => void) => {
    const steps: ((file: FileBody) => Promise<FileBody>)[] = [
      () => submit(latencies),
      (file) => act(window, file, 'accept', latencies),
      (file) => act(window, file, 'start_tasks', latencies, { tasks: [{ departmentCode: 'COMMERCE' }] }),
      (file) => {
        const task = file.tasks.find((t) => t.departmentCode === 'COMMERCE');
        if (!task) throw new Error(`file ${file.id}: start_tasks opened no COMMERCE task`);
        return act(commerce, file, 'approve_task', latencies, { taskId: task.id });
      },
      (file) => act(window, file, 'approve', latencies),
    ];
    let file = undefined as unknown as FileBody;
    for (const step of steps) {
      if (performance.now() >= end) return;
      file = await step(file);
      count();
    }
    if (file.status !== 'approved') throw new Error(`file ${file.id} ended ${file.status}, not approved`);
  };
  let subjects = 0;
  const deadline = (latencies: number[]) => write(base, window, '/api/calendar/deadlines', { subject: `bench:deadline:${subjects++}`, from: '2026-12-01', workingDays: 20 }, latencies);

  const bare = options.bare;
  const anonymous: Session = { cookie: '', csrfToken: '' };
  const bareItem = (latencies: number[]) => write(bare!.base, anonymous, '/items', bareBody(subjects++), latencies);

  // Warm-up: JIT, connection pools, the first file of its type.
  await drive(CONCURRENCY, { count: 2 * CONCURRENCY }, () => deadline([]).then(() => undefined));
  if (bare) await drive(CONCURRENCY, { count: 4 * CONCURRENCY }, () => bareItem([]).then(() => undefined));
  await drive(CONCURRENCY, { count: CONCURRENCY }, () => journey([], Number.POSITIVE_INFINITY, () => undefined));

  // Quick: 3 turns of 1 s each; full: 10 turns of 2 s each (20 s of each load).
  const turns = quick ? 3 : 10;
  const sliceMs = quick ? 1_000 : 2_000;
  const loads = {
    simple: { latencies: [] as number[], writes: 0, work: (l: number[]) => (_end: number, count: () => void) => deadline(l).then(count) },
    submissions: { latencies: [] as number[], writes: 0, work: (l: number[]) => (_end: number, count: () => void) => submit(l).then(count) },
    journeys: { latencies: [] as number[], writes: 0, work: (l: number[]) => (end: number, count: () => void) => journey(l, end, count) },
    ...(bare ? { bare: { latencies: [] as number[], writes: 0, work: (l: number[]) => (_end: number, count: () => void) => bareItem(l).then(count) } } : {}),
  };
  for (let turn = 0; turn < turns; turn++) {
    for (const load of Object.values(loads)) load.writes += await slice(CONCURRENCY, sliceMs, load.work(load.latencies));
  }
  const seconds = (turns * sliceMs) / 1000;
  const rate = (load: { writes: number }) => load.writes / seconds;
  const p99 = (load: { latencies: number[] }) => percentile(load.latencies, 99);
  const simpleRate = rate(loads.simple);
  const simpleP99 = p99(loads.simple);
  console.error(`files (${label}): in ${seconds} s of each, ${loads.simple.writes} simple writes, ${loads.submissions.writes} submissions, ${loads.journeys.writes} journey writes${loads.bare ? `, ${loads.bare.writes} bare-route writes` : ''}`);

  const simpleName = `POST /api/calendar/deadlines (simple audited write, ${CONCURRENCY} in flight) (${label})`;
  const simpleP99Name = `POST /api/calendar/deadlines (simple audited write) p99 (${label})`;
  const simple = { name: simpleName, value: simpleRate };
  const simpleP99Baseline = { name: simpleP99Name, value: simpleP99 };
  const atLeast = (value: number) => (quick ? null : value / simpleRate >= 0.7);
  const atMost = (value: number) => (quick ? null : value <= 2 * simpleP99);
  return [
    metric(simpleName, 'writes/s', simpleRate, options.health.baseline),
    metric(simpleP99Name, 'ms', simpleP99, options.health.p99),
    metric(`file submissions (POST /api/files, ${CONCURRENCY} in flight) (${label})`, 'files/s', rate(loads.submissions), simple, '≥ 0.7× the simple audited write', atLeast(rate(loads.submissions))),
    metric(`file submission p99 (${label})`, 'ms', p99(loads.submissions), simpleP99Baseline, '≤ 2× the simple audited write’s p99', atMost(p99(loads.submissions))),
    metric(`files submitted and decided (${WRITES_PER_JOURNEY}-write journeys, ${CONCURRENCY} in flight) (${label})`, 'files/s', rate(loads.journeys) / WRITES_PER_JOURNEY, {
      name: `${simpleName} ÷ ${WRITES_PER_JOURNEY}`,
      value: simpleRate / WRITES_PER_JOURNEY,
    }),
    metric(`file writes (submit, accept, start_tasks, approve_task, approve) (${label})`, 'writes/s', rate(loads.journeys), simple, '≥ 0.7× the simple audited write', atLeast(rate(loads.journeys))),
    metric(`file write p99 (${label})`, 'ms', p99(loads.journeys), simpleP99Baseline, '≤ 2× the simple audited write’s p99', atMost(p99(loads.journeys))),
    ...(loads.bare ? againstBareRoute(label, quick, { rate: rate(loads.bare), p99: p99(loads.bare) }, { rate: rate(loads.submissions), p99: p99(loads.submissions) }) : []),
  ];
}

/**
 * Issue 8's row as written: file submissions against the bare route. The bare route's own rate is also set against
 * the issue's figure for it (about 1,200 writes/s on its reference machine): the ratio tells how fast this machine is.
 */
function againstBareRoute(label: string, quick: boolean, bare: { rate: number; p99: number }, submissions: { rate: number; p99: number }): Metric[] {
  const bareName = `bare validate-and-insert route (Fastify, zod, pg: a 2.4 KB body and an audit row in one transaction; no zimao; ${CONCURRENCY} in flight) (${label})`;
  const bareP99Name = `bare validate-and-insert route p99 (${label})`;
  return [
    metric(bareName, 'writes/s', bare.rate, { name: 'the same route on issue 8’s reference machine (its figure)', value: 1_200 }),
    metric(bareP99Name, 'ms', bare.p99),
    metric(`file submissions against the bare route (${label})`, 'files/s', submissions.rate, { name: bareName, value: bare.rate }, '≥ 0.7× a bare validate-and-insert route', quick ? null : submissions.rate / bare.rate >= 0.7),
    metric(`file submission p99 against the bare route (${label})`, 'ms', submissions.p99, { name: bareP99Name, value: bare.p99 }, '≤ 2× the bare route’s p99', quick ? null : submissions.p99 <= 2 * bare.p99),
  ];
}
