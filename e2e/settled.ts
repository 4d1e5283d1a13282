import type { Locator } from 'playwright-core';

/**
 * Resolves once the element and everything in it have finished their CSS animations (antd's modals zoom in and its
 * dropdowns slide in: a click during the motion can land beside its target). Endless animations (spinners) are
 * not waited for.
 */
export async function settled(target: Locator): Promise<void> {
  await target.evaluate((el) =>
    Promise.all(
      el
        .getAnimations({ subtree: true })
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
