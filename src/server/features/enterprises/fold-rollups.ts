// Folds the register's rollup deltas into their totals every few seconds in `zimao serve` (migration 0022): readers
// already add the unfolded deltas, so this only keeps what they add small. Two processes folding at once are safe (the
// deltas are deleted as they are moved); a failed fold is reported and tried again at the next tick.
import type { AppContext } from '../../context.ts';
import { foldRegisterRollups } from './service.ts';

export function startRollupFolding(ctx: AppContext, options: { intervalMs?: number; onError?: (error: unknown) => void } = {}): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 5_000;
  const onError = options.onError ?? ((error: unknown) => console.error('rollup fold failed', error));
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = foldRegisterRollups(ctx.db)
      .then(() => undefined, onError)
      .finally(() => (running = undefined));
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
