import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/app-error.ts';

/** The path of the first string holding U+0000 inside a parsed body, query or params, if any. */
function pathToNul(value: unknown, path: string[]): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = pathToNul(v, [...path, k]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Refuses any request whose input holds the NUL character: PostgreSQL text and jsonb cannot store it,
 * so it would fail in the database (or in the audit row, which copies the request) as a 500.
 */
export function registerNulRefusal(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    for (const [where, value] of [['params', req.params], ['query', req.query], ['body', req.body]] as const) {
      const path = pathToNul(value, []);
      if (path) throw new AppError('INVALID_REQUEST', { field: path.join('.') || where, message: 'must not contain the NUL character (U+0000)' });
    }
  });
}
