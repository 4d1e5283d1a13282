import { Role } from '../../schemas/auth.ts';

export interface ScopedAccount {
  id: number;
  role: Role;
  areaCode: string | null;
}

/**
 * Which zone records an account may read: every area, one area (an area officer sees only the
 * records of the CQFTZ area it is bound to), or only records it owns (an applicant; an assessor: the assessments
 * assigned to it).
 */
export type RecordScope = { kind: 'all' } | { kind: 'area'; areaCode: string } | { kind: 'owner'; accountId: number };

/** The record scope of an account; the single place where area confinement is decided. */
export function recordScope(account: ScopedAccount): RecordScope {
  if (account.role === Role.AREA_OFFICER) {
    // The database constraint accounts_area_binding_check guarantees an area officer has an area.
    return { kind: 'area', areaCode: account.areaCode ?? '' };
  }
  if (account.role === Role.APPLICANT) return { kind: 'owner', accountId: account.id };
  // An outside assessor (Plan V.(IV)) reads only what is its own: the assessments assigned to it. Never 'all', so a
  // feature that forgets the role shows it nothing rather than everything.
  if (account.role === Role.ASSESSOR) return { kind: 'owner', accountId: account.id };
  return { kind: 'all' };
}

/** True when a record of `areaCode` owned by `ownerId` lies within the scope. */
export function scopeAllows(scope: RecordScope, record: { areaCode: string; ownerId: number | null }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'area':
      return record.areaCode === scope.areaCode;
    case 'owner':
      return record.ownerId === scope.accountId;
  }
}
