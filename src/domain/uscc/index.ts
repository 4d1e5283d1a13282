// Unified Social Credit Code (GB 32100-2015) and organisation code (GB 11714-1997): pure domain code.
export { USCC_ALPHABET, USCC_FORBIDDEN_LETTERS } from './uscc-alphabet.ts';
export { UsccInputError, type UsccInputField } from './uscc-input-error.ts';
export { usccCheckChar, USCC_WEIGHTS } from './uscc-check-char.ts';
export { orgCodeCheckChar, ORG_CODE_WEIGHTS } from './org-code-check-char.ts';
export { checkOrgCode, type OrgCodeCheck } from './check-org-code.ts';
export { checkUscc } from './check-uscc.ts';
export type {
  UsccCheck,
  UsccParts,
  UsccCodePart,
  UsccAuthorityPart,
  UsccDivisionPart,
  UsccOrgCodePart,
  UsccDisposition,
} from './uscc-check-result.ts';
export { buildUscc, type BuildUsccInput } from './build-uscc.ts';
export { orgBodyForSequence, orgBodyBlockSize } from './org-body-for-sequence.ts';
export {
  REGISTRATION_AUTHORITY_TABLE,
  findRegistrationAuthority,
  findRegistrationEntityType,
} from './registration-authorities.ts';
export {
  RegistrationAuthorityTable,
  RegistrationAuthority,
  RegistrationEntityType,
} from './registration-authority-table.ts';
