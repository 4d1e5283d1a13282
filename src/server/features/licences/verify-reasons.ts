// Why a licence does not verify, in Chinese and English: one reason per negative answer of the verification, so the
// public page and API clients can say what is wrong without guessing from the flags.
import type { VerifyReason, VerifyReasonCode } from '../../../schemas/licences.ts';

const TEXT: Record<VerifyReasonCode, { zh: string; en: string }> = {
  DOCUMENT_MALFORMED: {
    zh: '文件不是完整的电子营业执照（缺少或错写了统一社会信用代码、版本等字段）',
    en: 'The document is not a complete electronic business licence (the credit code, version or other fields are missing or wrong)',
  },
  KEY_UNKNOWN: {
    zh: '文件所称的签名密钥不是本平台公布的密钥，无法核验签名',
    en: 'The document names a signing key this platform never published, so its signature cannot be checked',
  },
  SIGNATURE_INVALID: {
    zh: '签名与文件内容不符：文件或签名已被改动',
    en: 'The signature does not match the document: the document or the signature has been altered',
  },
  NOT_ISSUED: {
    zh: '本平台未签发过与此内容和签名完全一致的营业执照',
    en: 'This platform never issued a licence with exactly this content and signature',
  },
  SUPERSEDED: {
    zh: '此版本已被更新的营业执照取代，请以最新版本为准',
    en: 'This version has been superseded by a newer licence; the newest version is the one in force',
  },
  ENTERPRISE_NOT_FOUND: {
    zh: '登记簿上没有该统一社会信用代码的企业',
    en: 'No enterprise with this credit code is on the register',
  },
  ENTERPRISE_NOT_ACTIVE: {
    zh: '企业当前的登记状态不是存续（在营）',
    en: 'The enterprise is not in existence (active) on the register today',
  },
};

export function reason(code: VerifyReasonCode, detail?: { zh: string; en: string }): VerifyReason {
  const text = TEXT[code];
  return detail ? { code, zh: `${text.zh}（${detail.zh}）`, en: `${text.en} (${detail.en})` } : { code, ...text };
}

/** The status an enterprise in existence has on the register (存续); any other (deregistered, revoked, …) is negative. */
export const ACTIVE_STATUS = 'registered';

export interface Verdict {
  wellFormed: boolean;
  uscc: string | null;
  keyId: string | null;
  knownKey: boolean;
  signatureValid: boolean;
  issued: boolean;
  current: boolean;
  currentVersion: number | null;
  supersededOn: string | null;
  enterprise: { status: string } | null;
}

/** The reasons for every negative answer, most fundamental first. */
export function verdictReasons(v: Verdict): VerifyReason[] {
  const reasons: VerifyReason[] = [];
  if (!v.wellFormed) reasons.push(reason('DOCUMENT_MALFORMED'));
  if (!v.knownKey) {
    reasons.push(reason('KEY_UNKNOWN', v.keyId ? { zh: `密钥标识 ${v.keyId}`, en: `key id ${v.keyId}` } : { zh: '文件未写明密钥标识', en: 'the document names no key id' }));
  } else if (!v.signatureValid) {
    reasons.push(reason('SIGNATURE_INVALID'));
  }
  if (!v.issued) reasons.push(reason('NOT_ISSUED'));
  else if (!v.current) {
    const detail = v.currentVersion
      ? {
          zh: `${v.supersededOn ? `于 ${v.supersededOn} 被取代，` : ''}最新为第 ${v.currentVersion} 版`,
          en: `${v.supersededOn ? `superseded on ${v.supersededOn}; ` : ''}the newest is version ${v.currentVersion}`,
        }
      : undefined;
    reasons.push(reason('SUPERSEDED', detail));
  }
  // Without a credit code there is no enterprise to look up; DOCUMENT_MALFORMED already says so.
  if (v.uscc !== null) {
    if (!v.enterprise) reasons.push(reason('ENTERPRISE_NOT_FOUND'));
    else if (v.enterprise.status !== ACTIVE_STATUS) {
      reasons.push(reason('ENTERPRISE_NOT_ACTIVE', { zh: `当前状态：${v.enterprise.status}`, en: `status today: ${v.enterprise.status}` }));
    }
  }
  return reasons;
}
