// Assembles a Unified Social Credit Code from its parts (GB 32100-2015 layout; rulebook §9).
import { USCC_ALPHABET, isUsccString } from './uscc-alphabet.ts';
import { findRegistrationAuthority, findRegistrationEntityType } from './registration-authorities.ts';
import { orgCodeCheckChar } from './org-code-check-char.ts';
import { usccCheckChar } from './uscc-check-char.ts';
import { UsccInputError } from './uscc-input-error.ts';

export interface BuildUsccInput {
  /** Position 1: a registration-authority code from the code table, e.g. '9'. */
  authority: string;
  /** Position 2: an entity type defined for that authority, e.g. '1' (enterprise under '9'). */
  entityType: string;
  /** Positions 3–8: GB/T 2260 code of the registering authority at the time of issue, e.g. '500112'. */
  division: string;
  /** Positions 9–16: the 8-character organisation-code body, e.g. from orgBodyForSequence. */
  orgBody: string;
}

// Guarantees: returns an 18-character code that checkUscc accepts with no warnings — known authority and
// entity type, 6-digit division, body from the USCC alphabet, correct org-code and position-18 check
// characters — or throws UsccInputError naming the first bad field. Inputs must already be upper case.
export function buildUscc(input: BuildUsccInput): string {
  const { authority, entityType, division, orgBody } = input;
  if (typeof authority !== 'string' || findRegistrationAuthority(authority) === undefined) {
    throw new UsccInputError('authority', `registration-authority code '${String(authority)}' is not in the code table`);
  }
  if (typeof entityType !== 'string' || findRegistrationEntityType(authority, entityType) === undefined) {
    throw new UsccInputError(
      'entityType',
      `entity-type code '${String(entityType)}' is not defined for registration authority '${authority}'`,
    );
  }
  if (typeof division !== 'string' || !/^\d{6}$/.test(division)) {
    throw new UsccInputError(
      'division',
      `division must be 6 digits (GB/T 2260 code of the registering authority at the time of issue), got '${String(division)}'`,
    );
  }
  // New issuance: the body must use only USCC symbols, otherwise the whole code could not be valid.
  if (typeof orgBody !== 'string' || orgBody.length !== 8 || !isUsccString(orgBody)) {
    throw new UsccInputError(
      'orgBody',
      `organisation-code body must be 8 characters from ${USCC_ALPHABET}, got '${String(orgBody)}'`,
    );
  }
  // The org check character is always a digit or 'X', both of which are USCC symbols.
  const first17 = `${authority}${entityType}${division}${orgBody}${orgCodeCheckChar(orgBody)}`;
  return `${first17}${usccCheckChar(first17)}`;
}
