// Decodes the positions of a (possibly malformed) USCC into named parts plus non-blocking warnings.
// Nothing here affects validity: that is governed by length, charset and position 18 alone (check-uscc.ts).
import { findRegistrationAuthority, findRegistrationEntityType } from './registration-authorities.ts';
import { orgCodeCheckChar } from './org-code-check-char.ts';
import type { UsccParts } from './uscc-check-result.ts';

const DIVISION_NOTE =
  "GB/T 2260 division of the registering authority at the time of issue; it never changes and is not checked against today's division list (USCC-03)";
const ORG_BODY = /^[0-9A-Z]{8}$/;
const ORG_CHECK = /^[0-9A-Z]$/;

// Guarantees: never throws; each part is null exactly when its positions are absent or malformed, and
// every unknown code, non-digit division or failing embedded org code adds one warning.
export function describeUsccParts(chars: readonly string[]): { parts: UsccParts; warnings: string[] } {
  const warnings: string[] = [];
  const [a, t] = chars;

  const authority = a === undefined ? undefined : findRegistrationAuthority(a);
  if (a !== undefined && authority === undefined) {
    warnings.push(`registration-authority code '${a}' at position 1 is not in the code table`);
  }
  const entityType = a === undefined || t === undefined ? undefined : findRegistrationEntityType(a, t);
  if (authority !== undefined && t !== undefined && entityType === undefined) {
    warnings.push(`entity-type code '${t}' at position 2 is not defined for registration authority '${authority.code}'`);
  }

  const divisionChars = chars.slice(2, 8).join('');
  const divisionOk = /^\d{6}$/.test(divisionChars);
  if (chars.length >= 8 && !divisionOk) {
    warnings.push(`positions 3–8 '${divisionChars}' are not a 6-digit GB/T 2260 division code`);
  }

  const body = chars.slice(8, 16).join('');
  const given = chars[16];
  let orgCode: UsccParts['orgCode'] = null;
  if (given !== undefined && ORG_BODY.test(body) && ORG_CHECK.test(given)) {
    const checkChar = orgCodeCheckChar(body);
    orgCode = { code: `${body}-${given}`, valid: given === checkChar, checkChar };
    if (!orgCode.valid) {
      warnings.push(
        `embedded organisation code ${orgCode.code} fails its own check (expected '${checkChar}'); ` +
          'this alone does not invalidate the code, whose validity is governed by position 18 (USCC-05)',
      );
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
    division: divisionOk ? { code: divisionChars, note: DIVISION_NOTE } : null,
    orgCode,
  };
  return { parts, warnings };
}
