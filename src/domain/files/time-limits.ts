// Statutory time limits as versioned data (reference-data/procedures/time-limits.json). A static JSON import is
// data bundled with the code, not I/O; the file is validated when this module loads.
import { z } from 'zod';
import raw from '../../../reference-data/procedures/time-limits.json' with { type: 'json' };
import { AppError } from '../app-error.ts';

const TimeLimitSchema = z.strictObject({
  id: z.string().regex(/^TIME-\d{2}$/),
  key: z.string(),
  matter: z.string(),
  matterZh: z.string(),
  workingDays: z.number().int().positive(),
  onTheSpot: z.boolean(),
  extensionWorkingDays: z.number().int().min(0),
  extensionApprover: z.string().nullable(),
  legalBasis: z.string().min(1),
  legalBasisZh: z.string().min(1),
  note: z.string().nullable(),
  source: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
});
/** One statutory time limit with its legal basis and source. */
export type TimeLimit = z.infer<typeof TimeLimitSchema>;

const TimeLimitsFile = z.object({
  dataset: z.literal('statutory-time-limits'),
  unit: z.literal('working_days'),
  source: z.array(z.object({ id: z.string(), title: z.string() }).loose()).min(1),
  limits: z.array(TimeLimitSchema).min(1),
});

/** Every time limit of the data file, validated and frozen. */
export const TIME_LIMITS: readonly TimeLimit[] = Object.freeze(
  TimeLimitsFile.parse(raw).limits.map((limit) => Object.freeze(limit)),
);

// Guarantees: the time limit with that rule id (e.g. 'TIME-13'), else AppError NOT_FOUND naming `timeLimit`.
export function getTimeLimit(id: string): TimeLimit {
  const limit = TIME_LIMITS.find((l) => l.id === id);
  if (limit === undefined) {
    throw new AppError('NOT_FOUND', { field: 'timeLimit', message: `No time limit ${id}`, details: { id } });
  }
  return limit;
}
