import { bootstrap } from '../server/bootstrap.ts';
import type { AppContext } from '../server/context.ts';
import { loadConfig } from '../server/config.ts';

/** Opens the configured database (migrated, reference data loaded), runs `work`, and closes it. */
export async function withDatabase<T>(work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const started = await bootstrap(loadConfig().database);
  try {
    return await work(started.ctx);
  } finally {
    await started.close();
  }
}
