// Electronic business licences (issue 6; REG-02: the electronic licence has the same legal effect as the paper one).
// A licence is a signed JSON document (Ed25519 over its canonical JSON, keys sorted); the PDF with its QR code is
// drawn from it. Everything here is public, as the register is on the national publicity system.
import { z } from 'zod';
import { IsoDate } from './common.ts';

/** GB 32100-2015: 18 characters of the code alphabet (I, O, S, V, Z never occur); the check character is not tested here. */
export const LicenceUscc = z
  .string()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/i, 'must be an 18-character Unified Social Credit Code')
  .describe('Unified Social Credit Code (统一社会信用代码)');

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Text printed on the licence. PostgreSQL's jsonb refuses U+0000 and unpaired surrogates, and a signed text must be
 * the same in UTF-8 everywhere, so both are refused here rather than failing in the database.
 */
const Text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'must not contain the NUL character')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be well-formed Unicode');

/** What the registration feature passes when it issues or re-issues a licence (the particulars on the register). */
export const LicenceFields = z.strictObject({
  uscc: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'must be an 18-character Unified Social Credit Code, upper case').describe('统一社会信用代码'),
  name: Text(200).describe('名称'),
  entityType: Text(100).describe('类型, e.g. 有限责任公司(自然人投资或控股)'),
  legalRepresentative: Text(100).describe('法定代表人 (or 执行事务合伙人, 经营者)'),
  registeredCapitalYuan: z.number().finite().nonnegative().max(1e15).describe('注册资本, yuan'),
  establishedOn: IsoDate.describe('成立日期'),
  businessScope: Text(4000).describe('经营范围'),
  domicile: Text(300).describe('住所'),
  registrationAuthority: Text(100).describe('登记机关'),
  integratedCertificates: z.array(Text(100)).max(50).describe('The certificates this licence replaces (多证合一)'),
  areaCode: Text(16).describe('CQFTZ area: LJ, XY or GYG'),
  /** An individual business's licence (MER Art. 8): 经营者 and 组成形式 instead of 法定代表人 and 注册资本. */
  individualBusiness: z.strictObject({ compositionForm: Text(20).describe('组成形式: 个人经营 or 家庭经营') }).optional(),
});
export type LicenceFields = z.infer<typeof LicenceFields>;

/** The signed document: the fields, the version, the day of issue, the signing key and where to verify it. */
export const LicenceDocument = LicenceFields.extend({
  version: z.number().int().min(1).describe('1 for the first licence; each change issues the next'),
  issuedOn: IsoDate.describe('发照日期, the civil date in Asia/Shanghai'),
  keyId: z.string().describe('The signing key: first 16 hex characters of SHA-256 of its SPKI DER public key'),
  verify: z.string().describe('Path of the public verification page of this version, e.g. /verify/licence/<uscc>/<version>'),
});
export type LicenceDocument = z.infer<typeof LicenceDocument>;

export const LicenceView = z.object({
  uscc: z.string(),
  version: z.number().int(),
  document: LicenceDocument,
  signature: z.string().describe('Ed25519 signature of the canonical JSON of document (UTF-8), base64url'),
  keyId: z.string(),
  issuedAt: z.string().describe('Instant of issue, ISO 8601'),
  supersededAt: z.string().nullable().describe('When a later version replaced this one'),
  current: z.boolean().describe('The newest version of the enterprise’s licence'),
});
export type LicenceView = z.infer<typeof LicenceView>;

export const LicenceVersionParams = z.object({ uscc: LicenceUscc, version: z.coerce.number().int().min(1).max(1_000_000).describe('Licence version') });
export const LicencePdfQuery = z.object({ version: z.coerce.number().int().min(1).max(1_000_000).optional().describe('A version; the current one when left out') });

export const SigningKeyView = z.object({
  keyId: z.string(),
  algorithm: z.literal('Ed25519'),
  publicKey: z.string().describe('SPKI PEM'),
  createdAt: z.string(),
  retiredAt: z.string().nullable().describe('No longer signs; licences it signed before stay valid'),
});
export type SigningKeyView = z.infer<typeof SigningKeyView>;
export const SigningKeyListResponse = z.object({ keys: z.array(SigningKeyView) });
export type SigningKeyListResponse = z.infer<typeof SigningKeyListResponse>;

/** How deep a value nests, counted without recursion, so a hostile body cannot exhaust the stack while it is measured. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}
/** A licence nests two levels (the certificates list); a document far deeper is no licence and is not canonicalised. */
const MAX_DOCUMENT_DEPTH = 16;

export const VerifyLicenceRequest = z.strictObject({
  document: z
    .record(z.string(), z.unknown())
    .refine((d) => nestingDepth(d, MAX_DOCUMENT_DEPTH) <= MAX_DOCUMENT_DEPTH, `must not nest deeper than ${MAX_DOCUMENT_DEPTH} levels`)
    .describe('The signed document exactly as issued'),
  signature: z.string().max(200).describe('Its signature, base64url'),
});
export type VerifyLicenceRequest = z.infer<typeof VerifyLicenceRequest>;

export const VerifyReasonCode = z.enum([
  'DOCUMENT_MALFORMED',
  'KEY_UNKNOWN',
  'SIGNATURE_INVALID',
  'NOT_ISSUED',
  'SUPERSEDED',
  'ENTERPRISE_NOT_FOUND',
  'ENTERPRISE_NOT_ACTIVE',
]);
export type VerifyReasonCode = z.infer<typeof VerifyReasonCode>;
export const VerifyReason = z.object({ code: VerifyReasonCode, zh: z.string(), en: z.string() });
export type VerifyReason = z.infer<typeof VerifyReason>;

export const VerifyLicenceResponse = z.object({
  signatureValid: z.boolean().describe('The signature is an Ed25519 signature of the document by the key it names'),
  keyId: z.string().nullable().describe('The key the document names'),
  knownKey: z.boolean().describe('That key is one zimao published (GET /api/licences/keys)'),
  issued: z.boolean().describe('zimao issued this very document with this signature'),
  current: z.boolean().describe('It is the newest version, not superseded'),
  uscc: z.string().nullable(),
  version: z.number().int().nullable(),
  currentVersion: z.number().int().nullable().describe('The newest version issued to the enterprise'),
  supersededAt: z.string().nullable(),
  enterprise: z.object({ uscc: z.string(), name: z.string(), status: z.string() }).nullable().describe('The enterprise on the register today'),
  reasons: z.array(VerifyReason).describe('One per negative answer'),
});
export type VerifyLicenceResponse = z.infer<typeof VerifyLicenceResponse>;
