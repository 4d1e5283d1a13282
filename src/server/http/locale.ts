import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../schemas/errors.ts';

/** The language of a request: zh-CN unless the client prefers English (Accept-Language or ?lang=en). */
export function requestLocale(req: FastifyRequest): Locale {
  const query = req.query as Record<string, unknown> | undefined;
  if (query && typeof query.lang === 'string') return query.lang.startsWith('en') ? 'en' : 'zh-CN';
  const header = req.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
