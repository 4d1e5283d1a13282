/** Operations per second of `fn`, measured over at least `ms` milliseconds after a warm-up. */
export function opsPerSecond(fn: (i: number) => unknown, ms: number): number {
  for (let i = 0; i < 1000; i += 1) fn(i);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 1000; i += 1) fn(n + i);
    n += 1000;
    elapsed = performance.now() - start;
  }
  return (n / elapsed) * 1000;
}
