// The background work of `zimao serve` that runs every so often (folding the rollups, sealing the audit trail): a run
// that is still going when the next tick comes is not doubled, a failed run is reported and the next tick tries again,
// and stopping waits for the run in progress, then, with workAtStop, runs the work once more (so the audit seal leaves
// nothing committed before the stop unchained).

export interface Periodic {
  stop(): Promise<void>;
}

export function runEvery(intervalMs: number, work: () => Promise<unknown>, options: { onError: (error: unknown) => void; workAtStop?: boolean }): Periodic {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = work()
      .then(() => undefined, options.onError)
      .finally(() => (running = undefined));
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      if (options.workAtStop) await work().catch(options.onError);
    },
  };
}
