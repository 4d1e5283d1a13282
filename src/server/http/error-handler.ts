import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { errorMessages, type ErrorCode } from '../../schemas/errors.ts';
import { errorStatus } from './error-status.ts';
import { requestLocale } from './locale.ts';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** `body.workingDays`-style name of the first invalid field, and its problem. */
function describeIssue(issue: Issue, where?: string): { field: string; problem: string } {
  const path = issue.path.map(String).join('.');
  // The field is named as the client wrote it (workingDays, days.0.date); the body/querystring
  // prefix is left out unless the whole body or query is the problem.
  return { field: path || where || 'request', problem: issue.message };
}

function send(req: FastifyRequest, reply: FastifyReply, code: ErrorCode, field?: string, detail?: string, details?: Record<string, unknown>) {
  const locale = requestLocale(req);
  const base = errorMessages[code][locale];
  const status = errorStatus[code];
  // 5xx text never carries internals (issue 3): only the generic message goes out.
  const message = status >= 500 || !detail ? base : `${base}: ${detail}`;
  return reply.status(status).send({ error: { code, message, ...(field ? { field } : {}), ...(details && status < 500 ? { details } : {}) } });
}

/**
 * Fastify's own refusals before routing (a malformed URL encoding, a bad content type) answered with
 * the one error body too; pass it as the `frameworkErrors` option.
 */
export function frameworkErrorHandler(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const field = error.code === 'FST_ERR_BAD_URL' ? 'url' : 'request';
  return send(req, reply, 'INVALID_REQUEST', field, error.message);
}

/** Maps every error to the one error body, with a status from the code table and zh-CN/en text. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | ZodError, req, reply) => {
    if (error instanceof AppError) {
      const own = error.message === error.code ? undefined : error.message;
      // The field leads the message once: many refusals already name it ("payload.tasks: expected array").
      const detail = own && error.field && !own.startsWith(`${error.field}:`) ? `${error.field}: ${own}` : own;
      return send(req, reply, error.code, error.field, detail, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const where = error.validationContext;
      const issue = first ? describeIssue({ path: first.instancePath.split('/').filter(Boolean), message: first.message ?? 'invalid' }, where) : { field: where ?? 'request', problem: 'invalid' };
      return send(req, reply, 'INVALID_REQUEST', issue.field, `${issue.field}: ${issue.problem}`);
    }
    if (error instanceof ZodError) {
      const first = error.issues[0];
      const issue = first ? describeIssue(first) : { field: 'request', problem: 'invalid' };
      return send(req, reply, 'INVALID_REQUEST', issue.field, `${issue.field}: ${issue.problem}`);
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ err: error }, 'response did not match its schema');
      return send(req, reply, 'INTERNAL');
    }
    const status = (error as FastifyError).statusCode;
    if (status === 415 || status === 400 || status === 413) {
      // Malformed JSON, wrong content type, body too large: the client's fault, said plainly.
      return send(req, reply, 'INVALID_REQUEST', 'body', (error as FastifyError).message);
    }
    if (status === 429) return send(req, reply, 'RATE_LIMITED');
    req.log.error({ err: error }, 'unhandled error');
    return send(req, reply, 'INTERNAL');
  });
  app.setNotFoundHandler((req, reply) => send(req, reply, 'NOT_FOUND', undefined, `${req.method} ${req.url.split('?')[0]}`));
}
