import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const autocannonBin = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
}

export interface LoadSpec {
  url: string;
  seconds: number;
  connections: number;
  method?: 'GET' | 'POST';
  body?: string;
}

/** Drives load from a separate process (autocannon) so the load generator does not share the server's event loop. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const args = [autocannonBin, '-j', '-d', String(spec.seconds), '-c', String(spec.connections)];
  if (spec.method === 'POST') args.push('-m', 'POST', '-H', 'content-type=application/json', '-b', spec.body ?? '{}');
  args.push(spec.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}`));
      const r = JSON.parse(out) as { requests: { average: number }; latency: { p99: number }; non2xx: number };
      resolve({ requestsPerSecond: r.requests.average, p99Ms: r.latency.p99, non2xx: r.non2xx });
    });
  });
}
