import { afterEach, expect, it, vi } from 'vitest';
import { runEvery } from './run-every.ts';

afterEach(() => vi.useRealTimers());

/** A run that ends only when the test says so. */
function gatedWork() {
  const gates: (() => void)[] = [];
  let started = 0;
  const work = () => {
    started++;
    return new Promise<void>((resolve) => gates.push(resolve));
  };
  return { work, started: () => started, finish: () => gates.shift()?.() };
}

it('runs at each tick, never two runs at once, and stops waiting for the run in progress', async () => {
  vi.useFakeTimers();
  const g = gatedWork();
  const p = runEvery(100, g.work, { onError: () => expect.unreachable() });
  await vi.advanceTimersByTimeAsync(100);
  expect(g.started()).toBe(1);
  await vi.advanceTimersByTimeAsync(300); // still running: the ticks pass it by
  expect(g.started()).toBe(1);
  g.finish();
  await vi.advanceTimersByTimeAsync(100);
  expect(g.started()).toBe(2);
  let stopped = false;
  const stopping = p.stop().then(() => (stopped = true));
  await vi.advanceTimersByTimeAsync(0);
  expect(stopped).toBe(false);
  g.finish();
  await stopping;
  await vi.advanceTimersByTimeAsync(1_000);
  expect(g.started()).toBe(2); // no run after stop, and none at stop unless asked
});

it('reports a failed run and tries again at the next tick; runs once more at stop when asked', async () => {
  vi.useFakeTimers();
  const errors: unknown[] = [];
  let calls = 0;
  const work = async () => {
    calls++;
    if (calls === 1) throw new Error('the database is away');
  };
  const p = runEvery(100, work, { onError: (e) => errors.push(e), workAtStop: true });
  await vi.advanceTimersByTimeAsync(200);
  expect(calls).toBe(2);
  expect(errors).toEqual([new Error('the database is away')]);
  await p.stop();
  expect(calls).toBe(3);
});
