// Files through the HTTP API: complete journeys (submit → accept → start_tasks → approve_task →
// approve, 5 audited writes each), several in flight at once, against a server bench/zimao-server.ts
// spawned (a separate process, so this client does not share its event loop). Baseline: a simple
// audited write (POST /api/calendar/deadlines by the window officer) at the same concurrency, same
// server. Metric names end with the server's database, e.g. "(PostgreSQL)".
import { metric, percentile, type Baseline, type Metric } from './metric.ts';

export interface FilesThroughputOptions {
  /** http://127.0.0.1:PORT of a server started with --demo. */
  base: string;
  /** The database the server runs on, appended to every metric name. */
  label: string;
  quick: boolean;
  /** GET /api/health on the same server as autocannon measured it just before: throughput and p99. */
  health: { baseline: Baseline; p99: Baseline };
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

/** One timed write; its latency goes to `latencies`, anything but 2xx throws. */
export async function write<T>(base: string, as: Session, path: string, body: unknown, latencies: number[]): Promise<T> {
  const start = performance.now();
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: as.cookie, 'x-csrf-token': as.csrfToken },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  latencies.push(performance.now() - start);
  if (res.status < 200 || res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${text.slice(0, 500)}`);
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
  const journey = async (latencies: number[]) => {
    let file = await write<FileBody>(base, applicant, '/api/files', { type: 'permit-single', form: permitForm }, latencies);
    file = await act(window, file, 'accept', latencies);
    file = await act(window, file, 'start_tasks', latencies, { tasks: [{ departmentCode: 'COMMERCE' }] });
    const task = file.tasks.find((t) => t.departmentCode === 'COMMERCE');
    if (!task) throw new Error(`file ${file.id}: start_tasks opened no COMMERCE task`);
    file = await act(commerce, file, 'approve_task', latencies, { taskId: task.id });
    file = await act(window, file, 'approve', latencies);
    if (file.status !== 'approved') throw new Error(`file ${file.id} ended ${file.status}, not approved`);
  };
  const deadline = (latencies: number[]) => (i: number) =>
    write(base, window, '/api/calendar/deadlines', { subject: `bench:deadline:${i}`, from: '2026-12-01', workingDays: 20 }, latencies).then(() => undefined);

  // Warm-up: JIT, connection pools, the first file of its type.
  await drive(CONCURRENCY, { count: 2 * CONCURRENCY }, deadline([]));
  await drive(CONCURRENCY, { count: CONCURRENCY }, () => journey([]));

  // Quick: ~50 journeys (250 file writes) and as many simple writes; full: 20 s of each.
  const journeys = quick ? 50 : 1_000_000;
  const untilMs = quick ? undefined : 20_000;

  const deadlineLatencies: number[] = [];
  const simple = await drive(CONCURRENCY, { count: journeys * WRITES_PER_JOURNEY, ...(untilMs ? { untilMs } : {}) }, deadline(deadlineLatencies));
  const simpleRate = simple.done / simple.seconds;
  const simpleP99 = percentile(deadlineLatencies, 99);

  const fileLatencies: number[] = [];
  const files = await drive(CONCURRENCY, { count: journeys, ...(untilMs ? { untilMs } : {}) }, () => journey(fileLatencies));
  const journeyRate = files.done / files.seconds;
  const writeRate = (files.done * WRITES_PER_JOURNEY) / files.seconds;
  console.error(`files (${label}): ${files.done} journeys in ${files.seconds.toFixed(1)} s; baseline ${simple.done} deadline writes in ${simple.seconds.toFixed(1)} s`);

  const simpleName = `POST /api/calendar/deadlines (simple audited write, ${CONCURRENCY} in flight) (${label})`;
  const simpleP99Name = `POST /api/calendar/deadlines (simple audited write) p99 (${label})`;
  return [
    metric(simpleName, 'writes/s', simpleRate, options.health.baseline),
    metric(simpleP99Name, 'ms', simpleP99, options.health.p99),
    metric(`files submitted and decided (${WRITES_PER_JOURNEY}-write journeys, ${CONCURRENCY} in flight) (${label})`, 'files/s', journeyRate, {
      name: `${simpleName} ÷ ${WRITES_PER_JOURNEY}`,
      value: simpleRate / WRITES_PER_JOURNEY,
    }),
    metric(`file writes (submit, accept, start_tasks, approve_task, approve) (${label})`, 'writes/s', writeRate, { name: simpleName, value: simpleRate }, '≥ 0.7× the simple audited write', quick ? null : writeRate / simpleRate >= 0.7),
    metric(`file write p99 (${label})`, 'ms', percentile(fileLatencies, 99), { name: simpleP99Name, value: simpleP99 }, '≤ 2× the simple audited write’s p99', quick ? null : percentile(fileLatencies, 99) <= 2 * simpleP99),
  ];
}
