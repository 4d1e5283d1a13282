import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/app-error.ts';
import { canonicalJson } from '../../domain/audit/chain-hash.ts';
import { actorName, type AppContext } from '../context.ts';
import type { Tx } from '../db/database.ts';
import { appendAudit } from '../features/audit/service.ts';

export interface WriteOutcome<T> {
  body: T;
  status?: number;
  /** What the audit row says happened; defaults to { status }. */
  summary?: Record<string, unknown>;
  subject?: string | null;
}

export interface WriteSpec {
  /** Audit action, `feature.verb`, e.g. `account.create`. */
  action: string;
  subject?: string | null;
  /** False for responses that carry a secret (a session, a new API token): those are never stored for replay. */
  replayable?: boolean;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
const UNIQUE_VIOLATION = '23505';

function requestSummary(req: FastifyRequest): Record<string, unknown> {
  return { method: req.method, path: req.url.split('?')[0], params: req.params ?? {}, body: req.body ?? null };
}

/**
 * Runs a write in one transaction with its audit row and, when the client sent an Idempotency-Key,
 * the stored response: all three commit together or not at all. A retry with the same key and the
 * same request replays the first response; the same key with another request is refused (422).
 * A refused write (an AppError) is rolled back and then recorded in the trail on its own, unless the refusal is
 * FORBIDDEN: who may never do this has not attempted it.
 */
export async function auditedWrite<T>(
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  spec: WriteSpec,
  work: (tx: Tx) => Promise<WriteOutcome<T>>,
): Promise<T> {
  const actor = actorName(req.actor);
  const rawKey = req.headers['idempotency-key'];
  if (rawKey !== undefined && (typeof rawKey !== 'string' || !KEY_PATTERN.test(rawKey))) {
    throw new AppError('INVALID_REQUEST', { field: 'Idempotency-Key', message: 'must be 1–200 visible ASCII characters' });
  }
  const key = spec.replayable === false ? undefined : (rawKey as string | undefined);
  const summary = requestSummary(req);
  // Only a request with a key is stored for replay; hashing every other one cost a share of each write's CPU (issue 8).
  const requestHash = key ? createHash('sha256').update(canonicalJson(summary)).digest('hex') : '';

  const replay = async (): Promise<T | undefined> => {
    if (!key) return undefined;
    const stored = await ctx.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('actor', '=', actor)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!stored) return undefined;
    if (stored.request_hash !== requestHash || stored.method !== req.method) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', { field: 'Idempotency-Key' });
    }
    reply.status(stored.status_code).header('idempotent-replayed', 'true');
    return stored.response as T;
  };

  const earlier = await replay();
  if (earlier !== undefined) return earlier;
  try {
    const outcome = await ctx.db.transaction().execute(async (tx) => {
      const result = await work(tx);
      const status = result.status ?? 200;
      // Without a key to store, the audit row is the transaction's last statement: its COMMIT leaves with it.
      await appendAudit(
        tx,
        { actor, action: spec.action, subject: result.subject ?? spec.subject ?? null, request: summary, result: result.summary ?? { status } },
        ctx.now(),
        { lastInTransaction: !key },
      );
      if (key) {
        await tx
          .insertInto('idempotency_keys')
          .values({ actor, key, method: req.method, path: String(summary.path), request_hash: requestHash, status_code: status, response: JSON.stringify(result.body ?? null) })
          .execute();
      }
      return { ...result, status };
    });
    reply.status(outcome.status);
    return outcome.body;
  } catch (error) {
    // Two requests with one key raced: the loser's insert hit the key; answer with the winner's response.
    if (key && (error as { code?: string }).code === UNIQUE_VIOLATION) {
      const winner = await replay();
      if (winner !== undefined) return winner;
    }
    // A caller who may never write here (FORBIDDEN: the role or the record's scope, found inside the transaction
    // only to save a read, issue 8) has not attempted the write: like the routes' permission checks, no trail.
    if (error instanceof AppError && error.code !== 'FORBIDDEN') {
      await ctx.db.transaction().execute((tx) =>
        appendAudit(tx, { actor, action: spec.action, subject: spec.subject ?? null, request: summary, result: { refused: error.code, field: error.field ?? null } }, ctx.now(), { lastInTransaction: true }),
      );
    }
    throw error;
  }
}
