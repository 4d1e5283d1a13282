import { z } from 'zod';

/** A civil date in China Standard Time, `YYYY-MM-DD` (domain-rules TIME-07). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .describe('Civil date in Asia/Shanghai, YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

/** The one error body every endpoint answers with on 4xx and 5xx. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. INVALID_REQUEST'),
      message: z.string().describe('Human-readable message in the requested language'),
      field: z.string().optional().describe('The request field the error is about, when there is one'),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .describe('Error');
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const OkResponse = z.object({ ok: z.literal(true) });
export type OkResponse = z.infer<typeof OkResponse>;

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size, 1–200'),
  offset: z.coerce.number().int().min(0).default(0).describe('Rows to skip'),
});

/** The largest id a PostgreSQL integer (serial) column holds; a larger one is the client's error, not a 500. */
export const MAX_SERIAL_ID = 2_147_483_647;
/** A path parameter naming a row of a serial-keyed table. */
export const SerialId = z.coerce.number().int().positive().max(MAX_SERIAL_ID).describe('Row id');
