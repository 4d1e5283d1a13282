// Who sees and manages which projects: an area officer its own area's (record-scope.ts), the FTZ Office and the
// administrator every area's. A request outside the scope is refused before anything is read or written.
import { recordScope, scopeAllows } from '../../../domain/access/record-scope.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { AccountActor } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { assertAreaExists } from '../reference/service.ts';
import * as repo from './repository.ts';

// Guarantees: the one area the actor may read when it asks for `requested` (undefined: every area, for a reader of
// all); FORBIDDEN naming `field` when an area officer asks for another area or the actor reads by ownership (no
// project is anyone's own); INVALID_REQUEST naming `field` for a code that is not an area.
export async function areaInScope(db: DbOrTx, actor: AccountActor, requested: string | undefined, field = 'areaCode'): Promise<string | undefined> {
  const scope = recordScope(actor.account);
  if (scope.kind === 'owner') throw new AppError('FORBIDDEN', { field, message: 'investment projects are read by area' });
  if (scope.kind === 'area') {
    if (requested !== undefined && requested !== scope.areaCode) throw new AppError('FORBIDDEN', { field, message: `you may read area ${scope.areaCode} only` });
    return scope.areaCode;
  }
  if (requested !== undefined) await assertAreaExists(db, requested, field);
  return requested;
}

// Guarantees: the project's area when it exists and lies in the actor's scope; NOT_FOUND or FORBIDDEN naming 'id'
// otherwise, with nothing of the project read beyond its area.
export async function assertProjectInScope(db: DbOrTx, actor: AccountActor, id: number): Promise<string> {
  const keys = await repo.findProjectArea(db, id);
  if (!keys) throw new AppError('NOT_FOUND', { field: 'id', message: `no investment project ${id}` });
  if (!scopeAllows(recordScope(actor.account), { areaCode: keys.area_code, ownerId: null })) {
    throw new AppError('FORBIDDEN', { field: 'id', message: 'this project lies outside your area' });
  }
  return keys.area_code;
}

// Guarantees: returns when an area officer may write in `areaCode` (its own area); FORBIDDEN naming `field` otherwise.
// Managing projects is the area authority's (Trial Measures Art. 9); the FTZ Office reads them.
export function assertMayManageArea(actor: AccountActor, areaCode: string, field: string): void {
  const scope = recordScope(actor.account);
  if (scope.kind !== 'area' || scope.areaCode !== areaCode) {
    throw new AppError('FORBIDDEN', { field, message: scope.kind === 'area' ? `you manage the projects of area ${scope.areaCode} only` : 'projects are managed by their area authority' });
  }
}
