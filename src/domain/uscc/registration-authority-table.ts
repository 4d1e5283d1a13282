// Schema of reference-data/uscc/registration-authority-codes.json (positions 1 and 2 of the USCC,
// GB 32100-2015 plus later assignments; rulebook §9). The data file is versioned data; this schema
// makes a malformed edit fail loudly when the module loads instead of silently mis-describing codes.
import { z } from 'zod';
import { isUsccString } from './uscc-alphabet.ts';

const usccSymbol = z
  .string()
  .length(1)
  .refine(isUsccString, { message: 'must be one USCC alphabet symbol' })
  .describe('One character of the USCC alphabet');

export const RegistrationEntityType = z
  .object({
    code: usccSymbol.describe('Position 2 of the USCC (meaning depends on position 1)'),
    nameZh: z.string().min(1).describe('Official Chinese name of the entity type'),
    nameEn: z.string().min(1).describe('English rendering of the entity type'),
  })
  .readonly();
export type RegistrationEntityType = z.infer<typeof RegistrationEntityType>;

export const RegistrationAuthority = z
  .object({
    code: usccSymbol.describe('Position 1 of the USCC'),
    nameZh: z.string().min(1).describe('Chinese name of the registration-authority system'),
    nameEn: z.string().min(1).describe('English rendering of the registration-authority system'),
    confidence: z
      .enum(['high', 'medium'])
      .describe('high = in GB 32100-2015 itself; medium = later assignment, verify before relying on it'),
    note: z.string().optional().describe('Why the confidence is not high, or other caveats'),
    entityTypes: z
      .array(RegistrationEntityType)
      .min(1)
      .refine((types) => new Set(types.map((t) => t.code)).size === types.length, {
        message: 'entity-type codes must be unique within an authority',
      })
      .readonly(),
  })
  .readonly();
export type RegistrationAuthority = z.infer<typeof RegistrationAuthority>;

export const RegistrationAuthorityTable = z
  .object({
    source: z
      .object({
        title: z.string().min(1),
        url: z.url(),
        standard: z.literal('GB 32100-2015'),
      })
      .readonly(),
    effectiveFrom: z.iso.date().describe('First day the table applies (GB 32100-2015 in force 2015-10-01)'),
    authorities: z
      .array(RegistrationAuthority)
      .min(1)
      .refine((list) => new Set(list.map((a) => a.code)).size === list.length, {
        message: 'registration-authority codes must be unique',
      })
      .readonly(),
  })
  .readonly();
export type RegistrationAuthorityTable = z.infer<typeof RegistrationAuthorityTable>;
