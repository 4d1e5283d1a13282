// Seals the audit trail's committed rows a few times a second in `zimao serve` (migration 0031), so a row has its seq
// and hash within a second of its commit. Every process seals: the chain head's lock makes two sealers take turns, and
// each finds only the rows the other has not moved. A failed seal is reported and tried again at the next tick; the
// rows wait, committed, in audit_unsealed. Stopping seals once more, so what committed since the last tick is chained
// before the process lets go of the database.
import type { AppContext } from '../../context.ts';
import { runEvery, type Periodic } from '../../run-every.ts';
import { sealAuditTrail } from './service.ts';

export function startAuditSealing(ctx: AppContext, options: { intervalMs?: number; onError?: (error: unknown) => void } = {}): Periodic {
  const onError = options.onError ?? ((error: unknown) => console.error('audit seal failed', error));
  return runEvery(options.intervalMs ?? 200, () => sealAuditTrail(ctx.db), { onError, workAtStop: true });
}
