import type { ErrorCode } from '../../schemas/errors.ts';

/** HTTP status for each error code; the compiler makes a missing code an error. */
export const errorStatus: Record<ErrorCode, number> = {
  INVALID_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 403,
  USERNAME_TAKEN: 409,
  CODE_BLOCK_EXHAUSTED: 409,
  COMMITMENT_NOT_AVAILABLE: 409,
  ADMISSION_REFUSED: 422,
  NAME_REJECTED: 422,
  NAME_CONFLICT: 409,
  REGISTRATION_REFUSED: 422,
};
