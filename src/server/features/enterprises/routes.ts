import { z } from 'zod';
import { ErrorResponse } from '../../../schemas/common.ts';
import { EnterpriseListQuery, EnterpriseListResponse, EnterpriseView } from '../../../schemas/enterprises.ts';
import { Permission } from '../../../domain/access/permissions.ts';
import type { AppContext } from '../../context.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as enterprises from './service.ts';
import { PassThrough } from 'node:stream';
import { AppError } from '../../../domain/app-error.ts';
import { PublicSearchQuery, PublicSearchResponse } from '../../../schemas/public-register.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export function registerEnterpriseRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/enterprises',
    { schema: { tags: ['enterprises'], summary: 'Enterprises of the zone within your scope (area officers: own area; applicants: own)', querystring: EnterpriseListQuery, response: { 200: EnterpriseListResponse, ...errors } } },
    async (req) => enterprises.listEnterprises(ctx.db, requirePermission(req, Permission.ENTERPRISES_READ), req.query),
  );
  app.get(
    '/api/enterprises/:uscc',
    { schema: { tags: ['enterprises'], summary: 'One enterprise by credit code', params: z.object({ uscc: z.string().min(1).max(18) }), response: { 200: EnterpriseView, ...errors } } },
    async (req) => enterprises.getEnterprise(ctx.db, requirePermission(req, Permission.ENTERPRISES_READ), req.params.uscc),
  );
  app.get(
    '/api/public/enterprises',
    {
      // Public, as the national publicity system is; the limit keeps one address from walking the register by query.
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: { tags: ['public'], summary: 'Search the register by name fragment (two characters or more) or credit code; the facts of the licence, no persons', querystring: PublicSearchQuery, response: { 200: PublicSearchResponse, 400: ErrorResponse, 429: ErrorResponse } },
    },
    async (req) => enterprises.searchPublicRegister(ctx.db, req.query),
  );
  let snapshotRunning = false;
  app.get(
    '/api/public/open-data/enterprises.csv.gz',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 hour' } },
      schema: {
        tags: ['public'],
        summary: `Open data: every enterprise on the register now, as gzip'd CSV (UTF-8; columns ${enterprises.SNAPSHOT_COLUMNS.join(', ')})`,
        response: { 200: z.unknown().describe('gzip of the CSV file'), 429: ErrorResponse },
      },
    },
    async (_req, reply) => {
      // One snapshot at a time per process: each reads the whole register.
      if (snapshotRunning) throw new AppError('RATE_LIMITED', { message: 'a snapshot is being written; try again in a minute' });
      snapshotRunning = true;
      const body = new PassThrough();
      const done = enterprises.writeEnterpriseSnapshot(ctx, body).finally(() => (snapshotRunning = false));
      // Once the answer has begun a failure can only cut it short: a truncated gzip file does not decompress.
      done.catch((error: unknown) => reply.log.error({ err: error }, 'enterprise snapshot failed'));
      const day = civilDateInShanghai(ctx.now());
      return reply.type('application/gzip').header('content-disposition', `attachment; filename="zimao-enterprises-${day}.csv.gz"`).send(body);
    },
  );
}
