import type { AppContext } from '../server/context.ts';

/** Opens the configured database (migrated, reference data loaded), runs `work`, and closes it. */
export async function withDatabase<T>(work: (ctx: AppContext) => Promise<T>): Promise<T> {
  // Loaded here, not at the top: commands that need no database should not load its drivers.
  const [{ bootstrap }, { loadConfig }] = await Promise.all([import('../server/bootstrap.ts'), import('../server/config.ts')]);
  const started = await bootstrap(loadConfig().database);
  try {
    return await work(started.ctx);
  } finally {
    await started.close();
  }
}
