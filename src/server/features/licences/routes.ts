// Electronic business licences over HTTP (issue 6). All reads are public, as the register is on the national
// enterprise credit publicity system: a licence, its PDF, the published keys, and the verification of a signed licence.
// Licences are issued by the registration feature inside its own audited transaction, never through a route here.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ErrorResponse } from '../../../schemas/common.ts';
import {
  LicencePdfQuery,
  LicenceUscc,
  LicenceVersionParams,
  LicenceView,
  SigningKeyListResponse,
  VerifyLicenceRequest,
  VerifyLicenceResponse,
} from '../../../schemas/licences.ts';
import type { AppContext } from '../../context.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { renderLicencePdf } from './licence-pdf.ts';
import * as licences from './service.ts';

const tags = ['licences'];
const errors = { 400: ErrorResponse, 404: ErrorResponse };
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The origin the client reached zimao at, for the QR code's link: the licence printed from https://zimao.example
 * points back there. A Host header that is not a plain host[:port] is not echoed into the PDF.
 */
function requestOrigin(req: FastifyRequest): string {
  const host = HOST.test(req.host) ? req.host : 'localhost';
  return `${req.protocol}://${host}`;
}

export function registerLicenceRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/licences/keys',
    { schema: { tags, summary: 'The public keys licences are signed with (Ed25519, SPKI PEM), retired ones included', response: { 200: SigningKeyListResponse } } },
    async () => licences.listKeys(ctx.db),
  );
  app.post(
    '/api/licences/verify',
    {
      schema: {
        tags,
        summary: 'Verify a signed licence: its signature, that zimao issued it, that it is current, and the enterprise’s status today',
        body: VerifyLicenceRequest,
        response: { 200: VerifyLicenceResponse, 400: ErrorResponse },
      },
    },
    async (req) => licences.verifyLicence(ctx.db, req.body),
  );
  app.get(
    '/api/licences/:uscc',
    { schema: { tags, summary: 'The current electronic business licence of an enterprise: the signed document and its signature', params: z.object({ uscc: LicenceUscc }), response: { 200: LicenceView, ...errors } } },
    async (req) => licences.getLicence(ctx.db, req.params.uscc),
  );
  app.get(
    '/api/licences/:uscc/versions/:version',
    { schema: { tags, summary: 'One version of an enterprise’s licence, current or superseded', params: LicenceVersionParams, response: { 200: LicenceView, ...errors } } },
    async (req) => licences.getLicence(ctx.db, req.params.uscc, req.params.version),
  );
  app.get(
    '/api/licences/:uscc/pdf',
    {
      schema: {
        tags,
        summary: 'The licence as a PDF with a QR code to its verification page (the current version, or ?version=N)',
        params: z.object({ uscc: LicenceUscc }),
        querystring: LicencePdfQuery,
        response: { 200: z.unknown().describe('The PDF bytes'), ...errors },
      },
    },
    async (req, reply) => {
      const licence = await licences.getLicence(ctx.db, req.params.uscc, req.query.version);
      const pdf = await renderLicencePdf(licence, `${requestOrigin(req)}${licences.verifyPath(licence.uscc, licence.version)}`);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="business-licence-${licence.uscc}-v${licence.version}.pdf"`)
        .send(pdf);
    },
  );
}
