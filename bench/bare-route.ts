// Starts bare-route-server.ts (issue 8's bare validate-and-insert route) over a fresh PostgreSQL database and builds
// its 2.4 KB bodies. The file benchmark drives it in turn with zimao's loads, so both see the same machine.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createPostgresDatabase } from './postgres-database.ts';

const server = fileURLToPath(new URL('./bare-route-server.ts', import.meta.url));

export interface BareRoute {
  /** http://127.0.0.1:PORT; the route is POST /items. */
  base: string;
  stop(): Promise<void>;
}

export async function startBareRoute(postgresServerUrl: string): Promise<BareRoute> {
  const database = await createPostgresDatabase(postgresServerUrl);
  const child = spawn(process.execPath, ['--import', 'tsx', server], { env: { ...process.env, DATABASE_URL: database.url }, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await database.drop();
  };
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`bare route did not start within 60 s: ${err}`)), 60_000);
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        err += d;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`bare route exited ${code} before listening: ${err}`)));
    });
    return { base, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The i-th body: 2.4 KB of JSON (an applicant and fourteen lines), as the bare route takes. */
export function bareBody(i: number) {
  return {
    subject: `bench:bare:${i}`,
    applicant: { name: '投资人甲', idNumber: '50011219850101100X', phone: '023-67000000', address: '重庆市渝北区悦来街道悦来大道66号' },
    lines: Array.from({ length: 14 }, (_, n) => ({
      code: `L${String(n).padStart(3, '0')}A`,
      name: `货物进出口经营项目第${n + 1}项`,
      quantity: n + 1,
      note: '依法须经批准的项目，经相关部门批准后方可开展经营活动',
    })),
  };
}
