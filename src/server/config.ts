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

export interface MailConfig {
  /** smtp://user:pass@host:587 or smtps://…:465; null: no e-mail leaves zimao (the development outbox). */
  smtpUrl: string | null;
  /** The From header of every e-mail. */
  from: string;
}

export const DEFAULT_MAIL_FROM = 'zimao <no-reply@zimao.local>';

/** Reads SMTP_URL and MAIL_FROM (only `serve` sends e-mail, so only it asks). Never echoes the URL: it may hold a password. */
export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl) {
    let protocol: string;
    try {
      protocol = new URL(smtpUrl).protocol;
    } catch {
      throw new Error('SMTP_URL must be a URL such as smtp://user:pass@host:587');
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:') throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${protocol}//`);
  }
  return { smtpUrl, from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM };
}
