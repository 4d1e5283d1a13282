// Seals the audit trail's committed rows a few times a second in `zimao serve` (migration 0031), so a row has its seq
// and hash within a second of its commit. Every process seals: the chain head's lock makes two sealers take turns, and
// each finds only the rows the other has not moved. A failed seal is reported and tried again at the next tick; the
// rows wait, committed, in audit_unsealed.
import type { AppContext } from '../../context.ts';
import { sealAuditTrail } from './service.ts';

export function startAuditSealing(ctx: AppContext, options: { intervalMs?: number; onError?: (error: unknown) => void } = {}): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 200;
  const onError = options.onError ?? ((error: unknown) => console.error('audit seal failed', error));
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = sealAuditTrail(ctx.db)
      .then(() => undefined, onError)
      .finally(() => (running = undefined));
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      // What committed since the last tick is sealed before the process lets go of the database.
      await sealAuditTrail(ctx.db).catch(onError);
    },
  };
}
