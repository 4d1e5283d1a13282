import { resolve } from 'node:path';
import type { DatabaseOptions } from './db/database.ts';

export interface Config {
  port: number;
  host: string;
  database: DatabaseOptions;
}

/** Reads the environment: PORT (3000), HOST (127.0.0.1), DATABASE_URL (else PGlite in ZIMAO_DATA_DIR, ./data). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: { port?: number } = {}): Config {
  const port = overrides.port ?? (env.PORT ? Number(env.PORT) : 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const database: DatabaseOptions = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(env.ZIMAO_DATA_DIR || 'data') }; // an empty value must not mean the current folder
  return { port, host: env.HOST ?? '127.0.0.1', database };
}
