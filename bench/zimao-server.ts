// A `zimao serve --demo` process for the HTTP scenarios: a separate process, so the load generators
// do not share its event loop. On PGlite in a fresh folder, or on the PostgreSQL database given.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchServer {
  /** http://127.0.0.1:PORT */
  base: string;
  stop(): Promise<void>;
}

const bin = fileURLToPath(new URL('../bin/zimao.js', import.meta.url));

/** Starts the server on a free port (--port 0, read back from its banner) with the demo accounts (the file journeys act as them). */
export async function startZimaoServer(database: { postgresUrl?: string }): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zimao-bench-'));
  const server = spawn(process.execPath, [bin, 'serve', '--port', '0', '--demo'], {
    env: { ...process.env, ZIMAO_DATA_DIR: dataDir, DATABASE_URL: database.postgresUrl ?? '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`server did not start within 120 s: ${err}`)), 120_000);
      server.stderr.setEncoding('utf8').on('data', (d: string) => {
        err += d;
        const m = /listening on https?:\/\/[^\s:]+:(\d+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      server.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited ${code}: ${err}`));
      });
    });
    return { base: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
