import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/app-error.ts';
import { roleHas, type Permission } from '../../domain/access/permissions.ts';
import type { AccountActor, Actor, AppContext } from '../context.ts';
import { resolveApiToken, resolveSession } from '../features/auth/service.ts';

export const SESSION_COOKIE = 'zimao_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Works out who is calling: a Bearer API token, else the session cookie, else the public.
 * Cookie-authenticated writes must carry the session's CSRF token in X-CSRF-Token; token clients
 * need none, because a browser never attaches an Authorization header by itself.
 */
export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  // Fastify wants request decorations declared up front with a primitive default; every request
  // gets its real actor in the preHandler hook below, before any route runs.
  (app.decorateRequest as (name: string, value: unknown) => void)('actor', null);
  // onRequest, before the body is parsed and validated: a caller without the right to write learns
  // that first (401, CSRF) rather than which body fields are wrong.
  app.addHook('onRequest', async (req) => {
    req.actor = { kind: 'public' };
    const authorization = req.headers.authorization;
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const found = match?.[1] ? await resolveApiToken(ctx, match[1]) : undefined;
      if (!found) throw new AppError('UNAUTHENTICATED', { field: 'Authorization', message: 'API token unknown or revoked' });
      req.actor = { kind: 'account', account: found.user, via: 'token', tokenId: found.tokenId };
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await resolveSession(ctx, cookie);
    if (!session) return; // an expired cookie makes the caller public; routes needing an account say 401
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
        throw new AppError('CSRF_TOKEN_INVALID', { field: 'X-CSRF-Token' });
      }
    }
    req.actor = { kind: 'account', account: session.user, via: 'session' };
  });
}

/** The acting account, or 401 for the public. */
export function requireAccount(req: FastifyRequest): AccountActor {
  if (req.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
  return req.actor;
}

/** The acting account if its role grants the permission; 401 for the public, 403 otherwise. */
export function requirePermission(req: FastifyRequest, permission: Permission): AccountActor {
  const actor = requireAccount(req);
  if (!roleHas(actor.account.role, permission)) {
    throw new AppError('FORBIDDEN', { message: `role ${actor.account.role} lacks ${permission}` });
  }
  return actor;
}
