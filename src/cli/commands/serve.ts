import { buildApp } from '../../server/app.ts';
import { bootstrap } from '../../server/bootstrap.ts';
import { loadConfig, loadMailConfig } from '../../server/config.ts';
import { describeMail, startEmailDelivery } from '../../server/features/notifications/deliver-email.ts';
import { ensureDailyRiskRun } from '../../server/features/risk/daily.ts';
import { timerHandlers } from '../../server/timer-handlers.ts';
import { startSweeper, sweepSettings } from '../../server/timers/sweeper.ts';
import { startRollupFolding } from '../../server/features/enterprises/fold-rollups.ts';
import { startAuditSealing } from '../../server/features/audit/seal-loop.ts';
import { webDist } from '../../server/http/web-app.ts';
import { DEMO_PASSWORD } from '../../server/seed/demo-data.ts';
import { seedDemo } from '../../server/seed/seed-demo.ts';
import { existsSync } from 'node:fs';
import { CliUsageError } from '../cli-error.ts';
import { parseOptions } from '../parse-options.ts';

/** `zimao serve [--port N] [--demo]`: migrates, loads reference data, optionally seeds the demo, and listens. */
export async function serveCommand(args: string[]): Promise<number> {
  const opts = parseOptions('serve', args, { port: 'string', demo: 'boolean' });
  if (opts.port !== undefined && !/^\d{1,5}$/.test(opts.port)) throw new CliUsageError(`serve: --port must be a port number, got "${opts.port}"`);
  const config = loadConfig(process.env, opts.port !== undefined ? { port: Number(opts.port) } : {});
  const mail = loadMailConfig(process.env);
  const started = await bootstrap(config.database);
  const demo = opts.demo ? await seedDemo(started.ctx) : undefined;
  const app = await buildApp(started.ctx, { logger: process.env.ZIMAO_LOG === '1', serveWebApp: true });
  const delivery = startEmailDelivery(started.ctx, mail); // null without SMTP_URL: e-mails stay in the outbox
  // Every process sweeps: timers are taken with FOR UPDATE SKIP LOCKED, so each fires once across processes.
  await ensureDailyRiskRun(started.ctx);
  const sweep = sweepSettings(started.ctx.database.kind);
  const sweeper = startSweeper(started.ctx, timerHandlers, { intervalMs: 30_000, batchSize: sweep.perTransaction * 4, ...sweep, onError: (e) => process.stderr.write(`zimao: timer sweep failed: ${(e as Error).message}\n`) });
  const folding = startRollupFolding(started.ctx, { onError: (e) => process.stderr.write(`zimao: rollup fold failed: ${(e as Error).message}\n`) });
  const sealing = startAuditSealing(started.ctx, { onError: (e) => process.stderr.write(`zimao: audit seal failed: ${(e as Error).message}\n`) });
  const stop = async () => {
    await folding.stop();
    await sweeper.stop();
    await delivery?.stop();
    await app.close();
    // Last, so the rows of the writes that ended above are sealed too.
    await sealing.stop();
    await started.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const address = await app.listen({ port: config.port, host: config.host });
  const lines = [
    `zimao 自贸 listening on ${address.replace('127.0.0.1', 'localhost')}`,
    `  database: ${started.ctx.database.describe}`,
    `  e-mail: ${describeMail(mail)}`,
    `  migrations applied now: ${started.migrations.length}; reference data loaded now: ${started.referenceLoaded.join(', ') || 'none (unchanged)'}`,
    `  API: ${address}/api/openapi.json  docs: ${address}/api/docs`,
  ];
  if (!existsSync(`${webDist}index.html`)) lines.push('  web app not built: run `npm run build:web` (npm start does it for you)');
  if (demo) {
    lines.push(`  demo accounts (password ${DEMO_PASSWORD}): ${demo.accounts.join(', ')}`);
  }
  process.stderr.write(`${lines.join('\n')}\n`);
  return await new Promise<number>(() => {});
}
