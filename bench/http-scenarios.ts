// The HTTP scenarios on one server: read endpoints against GET /api/health, then the file journeys
// against a simple audited write (files-throughput.ts). Every metric name ends with the database the
// server runs on, e.g. "(PGlite)" or "(PostgreSQL)", and its baselines are measured on that same server.
import { startBareRoute } from './bare-route.ts';
import { establishmentLatency } from './establishment-latency.ts';
import { filesThroughput } from './files-throughput.ts';
import { runLoad } from './http-load.ts';
import { metric, type Metric } from './metric.ts';

export interface HttpScenarioOptions {
  /** http://127.0.0.1:PORT of a server started with --demo. */
  base: string;
  /** The database the server runs on, appended to every metric name. */
  label: string;
  quick: boolean;
  /** autocannon's duration per endpoint. */
  loadSeconds: number;
  /** The PostgreSQL server the zimao server runs on, if it does: the bare route runs on a database of its own there. */
  postgresServerUrl?: string;
}

const admission = { date: '2026-11-24', industryCodes: ['8810'], foreignShare: 49, form: 'company' };
const codes = ['91500000202897821P', '91350211M00013FA1N', '11500000009275780L', '9150000020286320X6'];

export async function httpScenarios(options: HttpScenarioOptions): Promise<Metric[]> {
  const { base, label } = options;
  const metrics: Metric[] = [];
  const load = { seconds: options.loadSeconds, connections: 10 };
  const health = await runLoad({ ...load, url: `${base}/api/health` });
  if (health.non2xx > 0) throw new Error(`GET /api/health (${label}): ${health.non2xx} non-2xx answers`);
  const baseline = { name: `GET /api/health (one database read) (${label})`, value: health.requestsPerSecond };
  const healthP99 = { name: `GET /api/health p99 (${label})`, value: health.p99Ms };
  metrics.push(metric(baseline.name, 'req/s', health.requestsPerSecond), metric(healthP99.name, 'ms', health.p99Ms));
  const scenarios = [
    { name: 'GET /api/calendar/due (20 working days)', url: `${base}/api/calendar/due?from=2026-09-25&workingDays=20` },
    { name: 'GET /api/reference/industries?q=ruanjian', url: `${base}/api/reference/industries?q=ruanjian&limit=10` },
    { name: 'POST /api/uscc/check (4 codes)', url: `${base}/api/uscc/check`, method: 'POST' as const, body: JSON.stringify({ codes }) },
    { name: 'POST /api/admission/check (FTZ 2021, restricted)', url: `${base}/api/admission/check`, method: 'POST' as const, body: JSON.stringify(admission) },
  ];
  for (const s of scenarios) {
    const r = await runLoad({ ...load, ...s });
    if (r.non2xx > 0) throw new Error(`${s.name} (${label}): ${r.non2xx} non-2xx answers`);
    metrics.push(metric(`${s.name} (${label})`, 'req/s', r.requestsPerSecond, baseline));
    metrics.push(metric(`${s.name} p99 (${label})`, 'ms', r.p99Ms, healthP99));
  }
  const bare = options.postgresServerUrl ? await startBareRoute(options.postgresServerUrl) : undefined;
  let files: Metric[];
  try {
    files = await filesThroughput({ base, label, quick: options.quick, health: { baseline, p99: healthP99 }, ...(bare ? { bare } : {}) });
  } finally {
    await bare?.stop();
  }
  metrics.push(...files);
  const simpleWrite = files.find((m) => m.name.startsWith('POST /api/calendar/deadlines (simple audited write) p99'))!;
  metrics.push(...(await establishmentLatency({ base, label, quick: options.quick, simpleWrite: { name: simpleWrite.name, p99: simpleWrite.value } })));
  return metrics;
}
