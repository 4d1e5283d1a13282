// Enterprise names over HTTP: the public check of a name against the register (no sign-in: an investor tries names
// before anything else), and an applicant's self-declared reservations (Art. 16), which go through auditedWrite.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import { NameCheckRequest, NameCheckResponse, NameReservationListResponse, NameReservationView, ReserveNameRequest, ReserveNameResponse } from '../../../schemas/names.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as names from './service.ts';

const tags = ['names'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

export function registerNameRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/names/check',
    {
      schema: {
        tags,
        summary: 'Check an enterprise name against the naming rules and the register today (NAME-01 … NAME-12); reads only, no sign-in',
        body: NameCheckRequest,
        response: { 200: NameCheckResponse, 400: ErrorResponse },
      },
    },
    async (req) => names.checkNameToday(ctx.db, req.body, ctx.now()),
  );
  app.post(
    '/api/names/reservations',
    {
      schema: {
        tags,
        summary: 'Self-declare a name (Art. 16): checked again, then kept for the applicant for 2 months (TIME-21); 422 NAME_REJECTED or 409 NAME_CONFLICT with the check',
        body: ReserveNameRequest,
        response: { 201: ReserveNameResponse, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.NAMES_DECLARE);
      return auditedWrite(ctx, req, reply, { action: 'name.reserve' }, async (tx) => {
        const reserved = await names.reserveName(tx, actor, req.body, ctx.now());
        const r = reserved.reservation;
        return { body: reserved, status: 201, subject: `name:${r.id}`, summary: { name: r.name, reservedUntil: r.reservedUntil, similarShown: r.similarShown } };
      });
    },
  );
  app.get(
    '/api/names/reservations',
    { schema: { tags, summary: 'The names the signed-in applicant declared, newest first', response: { 200: NameReservationListResponse, 401: ErrorResponse, 403: ErrorResponse } } },
    async (req) => {
      const actor = requirePermission(req, Permission.NAMES_DECLARE);
      return { items: await names.listMyReservations(ctx.db, actor, ctx.now()) };
    },
  );
  app.post(
    '/api/names/reservations/:id/release',
    {
      schema: {
        tags,
        summary: 'Give up a reservation: the trade name is free again at once',
        params: z.object({ id: SerialId }),
        response: { 200: NameReservationView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.NAMES_DECLARE);
      return auditedWrite(ctx, req, reply, { action: 'name.release', subject: `name:${req.params.id}` }, async (tx) => {
        const released = await names.releaseReservation(tx, actor, req.params.id, ctx.now());
        return { body: released, summary: { name: released.name } };
      });
    },
  );
}
