import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/app-error.ts';

type Visit = { value: unknown; key: string; parent: Visit | null };

/**
 * The path of the first string holding U+0000 inside a parsed body, query or params, if any. Walked with an explicit
 * stack, not recursion: a body of arrays nested ten thousand deep (well inside the body limit) must be a 400 or pass,
 * never a stack overflow answered with 500.
 */
function pathToNul(value: unknown, path: string[]): string[] | undefined {
  const stack: Visit[] = [{ value, key: '', parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (typeof visit.value === 'string') {
      if (!visit.value.includes('\u0000')) continue;
      const keys: string[] = [];
      for (let v: Visit | null = visit; v?.parent; v = v.parent) keys.push(v.key);
      return [...path, ...keys.reverse()];
    }
    if (visit.value && typeof visit.value === 'object') {
      // Pushed in reverse, so the first entry is visited first: the same path the recursive walk named.
      const entries = Object.entries(visit.value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], key: entries[i]![0], parent: visit });
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
