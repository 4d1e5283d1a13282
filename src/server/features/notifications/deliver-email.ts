import nodemailer from 'nodemailer';
import type { MailConfig } from '../../config.ts';
import { DEFAULT_MAIL_FROM } from '../../config.ts';
import type { AppContext } from '../../context.ts';
import * as repo from './repository.ts';
import { emailText } from './service.ts';

/** One e-mail as handed to the transport. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** What delivery needs of a nodemailer transporter; tests pass `jsonTransport` or a stub. */
export interface MailTransport {
  sendMail(mail: OutgoingMail): Promise<unknown>;
  close?(): void;
}

/** Attempts per e-mail; after the last failure it stays failed, visible in the outbox. */
export const MAX_ATTEMPTS = 5;
const BATCH_SIZE = 10;
/** How long an e-mail taken for sending is held from other processes; longer than a batch can take. */
const LEASE_MS = 30 * 60_000;
const ERROR_MAX = 1000;

/** The wait before attempt `attempts + 1`: 1, 2, 4, 8 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/** A nodemailer SMTP transporter for SMTP_URL, with timeouts so a dead server cannot stall delivery. */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
}

/** Where e-mail goes, for the start banner (never the password). */
export function describeMail(config: MailConfig): string {
  if (!config.smtpUrl) return 'not sent (SMTP_URL unset): the development outbox is at /admin/outbox';
  const url = new URL(config.smtpUrl);
  return `SMTP via ${url.protocol}//${url.host}, from ${config.from}`;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX - 1)}…` : text;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
}

/**
 * Sends one batch of due e-mails. The batch is taken with FOR UPDATE SKIP LOCKED and its attempts
 * counted in a short transaction that also leases the rows (next_attempt_at), so no database
 * transaction stays open while SMTP talks, and a second process skips them. Each e-mail is then
 * marked sent, or failed with its error and the time of the next attempt (none after the last).
 * Without a transport (no SMTP_URL) nothing is sent: the rows stay pending, the development outbox.
 */
export async function deliverPendingEmails(ctx: AppContext, transport: MailTransport | null, options: { from?: string; batchSize?: number } = {}): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0 };
  if (!transport) return result;
  const now = ctx.now();
  const batch = await ctx.db.transaction().execute(async (tx) => {
    const rows = await repo.lockDueEmails(tx, now, MAX_ATTEMPTS, options.batchSize ?? BATCH_SIZE);
    if (rows.length > 0) await repo.beginAttempt(tx, rows.map((r) => r.id), new Date(now.getTime() + LEASE_MS));
    return rows;
  });
  for (const row of batch) {
    const attempts = row.attempts + 1;
    let failure: unknown;
    let sent = false;
    try {
      await transport.sendMail({ from: options.from ?? DEFAULT_MAIL_FROM, to: row.recipient, subject: row.subject, text: emailText(row.text_zh, row.text_en) });
      sent = true;
    } catch (error) {
      failure = error;
    }
    if (sent) {
      await repo.markEmailSent(ctx.db, row.id, ctx.now());
      result.sent += 1;
    } else {
      const retryAt = attempts < MAX_ATTEMPTS ? new Date(ctx.now().getTime() + retryDelayMs(attempts)) : null;
      await repo.markEmailFailed(ctx.db, row.id, errorText(failure), retryAt);
      result.failed += 1;
    }
  }
  return result;
}

export interface EmailDelivery {
  /** Stops the timer and waits for a batch under way. */
  stop(): Promise<void>;
}

/**
 * Delivers due e-mails now and then every `intervalMs` (default 15 s), one batch at a time, when
 * SMTP_URL is set; returns null otherwise (nothing to start: the outbox is the development outbox).
 */
export function startEmailDelivery(
  ctx: AppContext,
  config: MailConfig,
  options: { intervalMs?: number; transport?: MailTransport; onError?: (error: unknown) => void } = {},
): EmailDelivery | null {
  if (!config.smtpUrl) return null;
  const transport = options.transport ?? createSmtpTransport(config.smtpUrl);
  const onError = options.onError ?? ((error: unknown) => process.stderr.write(`zimao: e-mail delivery: ${errorText(error)}\n`));
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = deliverPendingEmails(ctx, transport, { from: config.from })
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs ?? 15_000);
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close?.();
    },
  };
}
