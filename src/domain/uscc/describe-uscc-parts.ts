// Decodes the positions of a (possibly malformed) USCC into named parts plus non-blocking warnings.
// Nothing here affects validity: that is governed by length, charset and position 18 alone (check-uscc.ts).
import { findRegistrationAuthority, findRegistrationEntityType } from './registration-authorities.ts';
import { orgCodeCheckChar } from './org-code-check-char.ts';
import { describeCharZh } from './describe-char.ts';
import type { UsccParts } from './uscc-check-result.ts';

/** One message in both languages: `en` is the established English text, `zh` its Chinese counterpart. */
export interface UsccMessage {
  en: string;
  zh: string;
}

const DIVISION_NOTE =
  "GB/T 2260 division of the registering authority at the time of issue; it never changes and is not checked against today's division list (USCC-03)";
const DIVISION_NOTE_ZH =
  '赋码时登记管理机关所在地的 GB/T 2260 行政区划代码；赋码后不再变更，不与现行行政区划代码表比对（USCC-03）';
const ORG_BODY = /^[0-9A-Z]{8}$/;
const ORG_CHECK = /^[0-9A-Z]$/;

// Guarantees: never throws; each part is null exactly when its positions are absent or malformed, and
// every unknown code, non-digit division or failing embedded org code adds one warning, in English and Chinese.
export function describeUsccParts(chars: readonly string[]): { parts: UsccParts; warnings: UsccMessage[] } {
  const warnings: UsccMessage[] = [];
  const [a, t] = chars;

  const authority = a === undefined ? undefined : findRegistrationAuthority(a);
  if (a !== undefined && authority === undefined) {
    warnings.push({
      en: `registration-authority code '${a}' at position 1 is not in the code table`,
      zh: `第 1 位登记管理部门代码 ${describeCharZh(a)} 不在代码表中`,
    });
  }
  const entityType = a === undefined || t === undefined ? undefined : findRegistrationEntityType(a, t);
  if (authority !== undefined && t !== undefined && entityType === undefined) {
    warnings.push({
      en: `entity-type code '${t}' at position 2 is not defined for registration authority '${authority.code}'`,
      zh: `第 2 位机构类别代码 ${describeCharZh(t)} 在登记管理部门代码 ‘${authority.code}’ 下没有定义`,
    });
  }

  const divisionChars = chars.slice(2, 8).join('');
  const divisionOk = /^\d{6}$/.test(divisionChars);
  if (chars.length >= 8 && !divisionOk) {
    warnings.push({
      en: `positions 3–8 '${divisionChars}' are not a 6-digit GB/T 2260 division code`,
      zh: `第 3 至 8 位 ‘${divisionChars}’ 不是 6 位数字的 GB/T 2260 行政区划代码`,
    });
  }

  const body = chars.slice(8, 16).join('');
  const given = chars[16];
  let orgCode: UsccParts['orgCode'] = null;
  if (given !== undefined && ORG_BODY.test(body) && ORG_CHECK.test(given)) {
    const checkChar = orgCodeCheckChar(body);
    orgCode = { code: `${body}-${given}`, valid: given === checkChar, checkChar };
    if (!orgCode.valid) {
      warnings.push({
        en:
          `embedded organisation code ${orgCode.code} fails its own check (expected '${checkChar}'); ` +
          'this alone does not invalidate the code, whose validity is governed by position 18 (USCC-05)',
        zh:
          `第 9 至 17 位组织机构代码 ${orgCode.code} 未通过其自身校验（校验码应为 ‘${checkChar}’）；` +
          '仅此一项不影响统一社会信用代码的有效性，有效性以第 18 位校验码为准（USCC-05）',
      });
    }
  }

  const parts: UsccParts = {
    authority:
      a === undefined
        ? null
        : {
            code: a,
            nameZh: authority?.nameZh ?? null,
            nameEn: authority?.nameEn ?? null,
            known: authority !== undefined,
            confidence: authority?.confidence ?? null,
          },
    entityType:
      t === undefined
        ? null
        : { code: t, nameZh: entityType?.nameZh ?? null, nameEn: entityType?.nameEn ?? null, known: entityType !== undefined },
    division: divisionOk ? { code: divisionChars, note: DIVISION_NOTE, noteZh: DIVISION_NOTE_ZH } : null,
    orgCode,
  };
  return { parts, warnings };
}
