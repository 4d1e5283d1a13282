import type { VerifyLicenceResponse } from '../../../../schemas/licences.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

/** The one-line answer of a verification, most serious first: a bad signature outweighs a superseded version. */
export type Verdict = 'valid' | 'superseded' | 'inactive' | 'invalid';

/** The status an enterprise in existence (存续) has on the register; the server's reasons say the same. */
const ACTIVE_STATUS = 'registered';

export function verdictOf(result: VerifyLicenceResponse): Verdict {
  if (!result.signatureValid || !result.issued) return 'invalid';
  if (!result.current) return 'superseded';
  if (result.enterprise?.status !== ACTIVE_STATUS) return 'inactive';
  return 'valid';
}

export const verdictAlert: Record<Verdict, { type: 'success' | 'warning' | 'error'; id: MessageId }> = {
  valid: { type: 'success', id: 'licences.verdict.valid' },
  superseded: { type: 'warning', id: 'licences.verdict.superseded' },
  inactive: { type: 'warning', id: 'licences.verdict.inactive' },
  invalid: { type: 'error', id: 'licences.verdict.invalid' },
};

const statusIds: Record<string, MessageId> = {
  registered: 'licences.status.registered',
  deregistered: 'licences.status.deregistered',
  revoked: 'licences.status.revoked',
};

/** The message of a register status, or undefined for a status this app has no words for (shown as it is). */
export function statusMessageId(status: string): MessageId | undefined {
  return statusIds[status];
}

/** The public page of one version: what the licence's QR code encodes after the origin. */
export function versionPath(uscc: string, version: number): string {
  return `/verify/licence/${encodeURIComponent(uscc)}/${version}`;
}

export function pdfUrl(uscc: string, version: number): string {
  return `/api/licences/${encodeURIComponent(uscc)}/pdf?version=${version}`;
}

/** GB 32100-2015 alphabet, 18 characters; the server says the same and answers 400 otherwise. */
export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/i;
