import { z } from 'zod';
import { ApiTokenView, CreateApiTokenRequest, CreateApiTokenResponse, LoginRequest, SessionResponse } from '../../../schemas/auth.ts';
import { ErrorResponse, OkResponse } from '../../../schemas/common.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requireAccount, SESSION_COOKIE } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { SerialId } from '../../../schemas/common.ts';
import { resolveSession } from './service.ts';
import * as auth from './service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 422: ErrorResponse };

export function registerAuthRoutes(app: ZodApp, ctx: AppContext, limits: { loginAttemptsPerWindow: number }): void {
  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Sign in with username and password; sets the session cookie', body: LoginRequest, response: { 200: SessionResponse, 429: ErrorResponse, ...errors } },
      // Slows password guessing: attempts are counted per client address and username (per process).
      config: {
        rateLimit: {
          max: limits.loginAttemptsPerWindow,
          timeWindow: '5 minutes',
          keyGenerator: (req) => `${req.ip}|${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
        },
      },
    },
    async (req, reply) => {
      const session = await auditedWrite(ctx, req, reply, { action: 'auth.login', subject: `account:${req.body.username}`, replayable: false }, async (tx) => {
        const s = await auth.login(ctx, tx, req.body);
        return { body: s, summary: { accountId: s.user.id } };
      });
      reply.setCookie(SESSION_COOKIE, session.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        expires: session.expiresAt,
      });
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out: ends the session', response: { 200: OkResponse, ...errors } } },
    async (req, reply) => {
      const cookie = req.cookies[SESSION_COOKIE];
      if (cookie && req.actor.kind === 'account') {
        await auditedWrite(ctx, req, reply, { action: 'auth.logout' }, async (tx) => {
          await auth.logout(tx, cookie);
          return { body: null };
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in account and its CSRF token', response: { 200: SessionResponse, 401: ErrorResponse } } },
    async (req) => {
      const actor = requireAccount(req);
      const cookie = req.cookies[SESSION_COOKIE];
      const session = cookie && actor.via === 'session' ? await resolveSession(ctx, cookie) : undefined;
      return { user: actor.account, csrfToken: session?.csrfToken ?? '' };
    },
  );

  app.get(
    '/api/me/tokens',
    { schema: { tags: ['auth'], summary: 'My API tokens', response: { 200: z.object({ items: z.array(ApiTokenView) }), 401: ErrorResponse } } },
    async (req) => ({ items: await auth.listApiTokens(ctx.db, requireAccount(req)) }),
  );

  app.post(
    '/api/me/tokens',
    { schema: { tags: ['auth'], summary: 'Create an API token (the secret is shown once)', body: CreateApiTokenRequest, response: { 201: CreateApiTokenResponse, ...errors } } },
    async (req, reply) => {
      const actor = requireAccount(req);
      return auditedWrite(ctx, req, reply, { action: 'api_token.create', replayable: false }, async (tx) => {
        const created = await auth.createApiToken(tx, actor, req.body.name);
        return { body: created, status: 201, subject: `api_token:${created.token.id}`, summary: { tokenId: created.token.id } };
      });
    },
  );

  app.delete(
    '/api/me/tokens/:id',
    { schema: { tags: ['auth'], summary: 'Revoke one of my API tokens', params: z.object({ id: SerialId }), response: { 200: OkResponse, ...errors } } },
    async (req, reply) => {
      const actor = requireAccount(req);
      return auditedWrite(ctx, req, reply, { action: 'api_token.revoke', subject: `api_token:${req.params.id}` }, async (tx) => {
        await auth.revokeApiToken(ctx, tx, actor, req.params.id);
        return { body: { ok: true as const } };
      });
    },
  );
}
