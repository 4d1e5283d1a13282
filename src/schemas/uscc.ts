import { z } from 'zod';

const Part = z.object({ code: z.string(), nameZh: z.string().nullable(), nameEn: z.string().nullable(), known: z.boolean() });

/** The result of checking one Unified Social Credit Code (GB 32100-2015). */
export const UsccCheckResult = z.object({
  code: z.string().describe('The input, upper-cased'),
  valid: z.boolean(),
  checkChar: z.string().nullable().describe('The correct 18th character, when the first 17 are in the character set'),
  authority: z.string().nullable().describe('Position 1: registration-authority code'),
  entityType: z.string().nullable().describe('Position 2: entity-type code'),
  division: z.string().nullable().describe('Positions 3–8: division code at the time of issue'),
  reason: z.string().nullable().describe('Why the code is invalid, one English sentence; null when valid'),
  reasonZh: z.string().nullable().describe('The same reason in Chinese; null exactly when reason is null'),
  parts: z.object({
    authority: Part.extend({ confidence: z.enum(['high', 'medium', 'low']).nullable() }).nullable(),
    entityType: Part.nullable(),
    division: z
      .object({
        code: z.string(),
        note: z.string().describe('What the division code means, in English'),
        noteZh: z.string().describe('The same note in Chinese'),
      })
      .nullable(),
    orgCode: z.object({ code: z.string(), valid: z.boolean(), checkChar: z.string().nullable() }).nullable(),
  }),
  warnings: z.array(z.string()).describe('Problems that do not make the code invalid, in English'),
  warningsZh: z.array(z.string()).describe('The same warnings in Chinese, in the same order (same length as warnings)'),
  disposition: z
    .object({ existingEntity: z.enum(['accept', 'warn', 'block']), newIssuance: z.enum(['accept', 'block']) })
    .describe('USCC-04: an existing entity whose code fails only the check character is kept with a warning; new issuance is blocked'),
});
export type UsccCheckResult = z.infer<typeof UsccCheckResult>;

export const UsccCheckRequest = z.object({
  codes: z.array(z.string().max(64)).min(1).max(1000).describe('Codes to check, 1–1000'),
});
export const UsccCheckResponse = z.object({ results: z.array(UsccCheckResult) });
export type UsccCheckResponse = z.infer<typeof UsccCheckResponse>;

export const IssueUsccRequest = z.object({
  authority: z.string().length(1).describe('Registration-authority code, e.g. 9 for market regulation'),
  entityType: z.string().length(1).describe('Entity-type code under the authority, e.g. 1 for enterprise'),
  division: z.string().regex(/^\d{6}$/, 'must be a 6-digit GB/T 2260 code').describe('Division of the registering authority'),
});
export type IssueUsccRequest = z.infer<typeof IssueUsccRequest>;
export const IssueUsccResponse = z.object({
  code: z.string(),
  orgCode: z.string(),
  sequence: z.number().int(),
  block: z.string().describe('The organisation-code block the subject identifier comes from'),
});
export type IssueUsccResponse = z.infer<typeof IssueUsccResponse>;
