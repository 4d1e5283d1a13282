// Folds the register's rollup deltas into their totals every few seconds in `zimao serve` (migration 0022): readers
// already add the unfolded deltas, so this only keeps what they add small. Two processes folding at once are safe (the
// deltas are deleted as they are moved); a failed fold is reported and tried again at the next tick.
import type { AppContext } from '../../context.ts';
import { runEvery, type Periodic } from '../../run-every.ts';
import { foldRegisterRollups } from './service.ts';

export function startRollupFolding(ctx: AppContext, options: { intervalMs?: number; onError?: (error: unknown) => void } = {}): Periodic {
  const onError = options.onError ?? ((error: unknown) => console.error('rollup fold failed', error));
  return runEvery(options.intervalMs ?? 5_000, () => foldRegisterRollups(ctx.db), { onError });
}
