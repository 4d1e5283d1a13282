// zod fields the procedure forms share.
import { z } from 'zod';

/** The CQFTZ area the file belongs to (reference-data/geography/zone-units.json). */
export const AreaCode = z.enum(['LJ', 'XY', 'GYG']).describe('CQFTZ area: 两江 LJ, 西永 XY, 果园港 GYG');
/** A Unified Social Credit Code's shape (GB 32100); the check character is verified by the uscc domain. */
export const UsccField = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '18-character USCC');
export const ShortText = z.string().trim().min(1).max(200);
export const LongText = z.string().trim().min(1).max(5000);
