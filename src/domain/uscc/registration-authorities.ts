// Look-ups in the registration-authority / entity-type code table (USCC positions 1 and 2).
// A static JSON import is data bundled with the code, not I/O.
import rawTable from '../../../reference-data/uscc/registration-authority-codes.json' with { type: 'json' };
import {
  RegistrationAuthorityTable,
  type RegistrationAuthority,
  type RegistrationEntityType,
} from './registration-authority-table.ts';

/** The parsed, validated code table; throws at module load if the data file is malformed. */
export const REGISTRATION_AUTHORITY_TABLE: RegistrationAuthorityTable = deepFreeze(
  RegistrationAuthorityTable.parse(rawTable),
);

// Guarantees: returns the authority whose position-1 code equals `code` exactly (case-sensitive), or undefined.
export function findRegistrationAuthority(code: string): RegistrationAuthority | undefined {
  return REGISTRATION_AUTHORITY_TABLE.authorities.find((a) => a.code === code);
}

// Guarantees: returns the entity type defined for that authority and position-2 code, or undefined
// when the authority is unknown or does not define that entity type.
export function findRegistrationEntityType(
  authorityCode: string,
  entityTypeCode: string,
): RegistrationEntityType | undefined {
  return findRegistrationAuthority(authorityCode)?.entityTypes.find((t) => t.code === entityTypeCode);
}

// Guarantees: freezes the value and everything reachable from it, so shared reference data cannot be mutated.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
