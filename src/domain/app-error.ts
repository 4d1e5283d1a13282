import type { ErrorCode } from '../schemas/errors.ts';

export interface AppErrorOptions {
  /** Developer-facing detail; never shown for 5xx codes. */
  message?: string;
  /** The request field the error is about (e.g. `workingDays`), so the caller can name it. */
  field?: string;
  details?: Record<string, unknown>;
}

/**
 * The one error type services throw. It knows nothing of HTTP or the terminal: the HTTP error
 * handler and the CLI each map `code` to a status or exit code and to zh-CN/en text.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.details = options.details;
  }
}

/** Narrowing helper: an AppError with the given code. */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
