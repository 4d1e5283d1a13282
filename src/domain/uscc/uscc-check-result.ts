// Result types of checkUscc (rulebook §9). Validation outcomes are data, never thrown errors (USCC-04).
import type { RegistrationAuthority } from './registration-authority-table.ts';

/** Position 1 (registration authority) or position 2 (entity type), looked up in the code table. */
export interface UsccCodePart {
  code: string;
  nameZh: string | null;
  nameEn: string | null;
  /** False when the table does not define this code (a warning, never invalidity). */
  known: boolean;
}

export interface UsccAuthorityPart extends UsccCodePart {
  /** 'medium' marks later-assigned authorities that must be verified before they drive a decision. */
  confidence: RegistrationAuthority['confidence'] | null;
}

/** Positions 3–8: the registering authority's GB/T 2260 division at the time of issue (USCC-03). */
export interface UsccDivisionPart {
  code: string;
  /** English explanation of what the division code means. */
  note: string;
  /** The same explanation in Chinese. */
  noteZh: string;
}

/** Positions 9–17: the embedded organisation code, checked on its own (USCC-05). */
export interface UsccOrgCodePart {
  /** 'XXXXXXXX-X' with the check character as given. */
  code: string;
  valid: boolean;
  /** The correct GB 11714 check character for the body. */
  checkChar: string;
}

export interface UsccParts {
  authority: UsccAuthorityPart | null;
  entityType: UsccCodePart | null;
  division: UsccDivisionPart | null;
  orgCode: UsccOrgCodePart | null;
}

/**
 * What a caller should do with the code (USCC-04): an existing entity whose code only fails the
 * position-18 check is kept with a warning (early pilot codes), while new issuance is blocked.
 */
export interface UsccDisposition {
  existingEntity: 'accept' | 'warn' | 'block';
  newIssuance: 'accept' | 'block';
}

export interface UsccCheck {
  /** The input with ASCII letters upper-cased; not trimmed. */
  code: string;
  /** Length 18, all characters in the alphabet and the position-18 check character correct. */
  valid: boolean;
  /** The correct 18th character whenever the first 17 characters are all in the alphabet, else null. */
  checkChar: string | null;
  authority: string | null;
  entityType: string | null;
  /** Positions 3–8 when they are 6 digits, else null. */
  division: string | null;
  /** Null when valid; otherwise one English sentence about the first problem (length, charset, check). */
  reason: string | null;
  /** The same sentence in Chinese; null exactly when reason is null. */
  reasonZh: string | null;
  parts: UsccParts;
  /** Problems that do not make the code invalid (unknown codes, embedded org-code failure, …), in English. */
  warnings: string[];
  /** The same warnings in Chinese: same length and order as warnings. */
  warningsZh: string[];
  disposition: UsccDisposition;
}
