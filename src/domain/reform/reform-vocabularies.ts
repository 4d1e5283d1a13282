// The vocabularies of reform pilot tasks as versioned data (reference-data/plan/reform-tasks.json): the kinds of
// source instrument, the replication scopes, the bodies that decide on replication. A static JSON import is data,
// not I/O; it is validated when this module loads.
import { z } from 'zod';
import raw from '../../../reference-data/plan/reform-tasks.json' with { type: 'json' };
import { AppError } from '../app-error.ts';

const Confidence = z.enum(['high', 'medium', 'low', 'unverified']);
const ReducedDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
const Key = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const ReformVocabulariesFile = z.strictObject({
  dataset: z.literal('reform-task-vocabularies'),
  description: z.string().min(1),
  source: z.array(z.object({ id: z.string().min(1), title: z.string().min(1), confidence: Confidence }).loose()).min(1),
  effectiveFrom: ReducedDate,
  effectiveTo: ReducedDate.nullable(),
  sourceKinds: z
    .array(z.strictObject({ key: Key, nameZh: z.string().min(1), nameEn: z.string().min(1), instrument: z.string().min(1), confidence: Confidence, effectiveFrom: ReducedDate.nullable(), effectiveTo: ReducedDate.nullable() }))
    .min(1),
  replicationScopes: z.array(z.strictObject({ key: Key, nameZh: z.string().min(1), nameEn: z.string().min(1), confidence: Confidence })).min(1),
  scopesNote: z.string(),
  decidingBodies: z.array(z.strictObject({ departmentCode: z.string().regex(/^[A-Z][A-Z_]*$/), basis: z.string().min(1), confidence: Confidence })).min(1),
  decidingBodiesNote: z.string(),
});
export type ReformVocabularies = z.infer<typeof ReformVocabulariesFile>;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export const REFORM_VOCABULARIES: ReformVocabularies = deepFreeze(ReformVocabulariesFile.parse(raw));

// Guarantees: the key when it is a known source kind, else AppError INVALID_REQUEST naming `field`.
export function checkSourceKind(key: string, field = 'sourceKind', vocab: ReformVocabularies = REFORM_VOCABULARIES): string {
  if (vocab.sourceKinds.some((k) => k.key === key)) return key;
  throw new AppError('INVALID_REQUEST', { field, message: `${key} is not a source kind (${vocab.sourceKinds.map((k) => k.key).join(', ')})` });
}

// Guarantees: the key when it is a known replication scope, else AppError INVALID_REQUEST naming `field`.
export function checkReplicationScope(key: string, field = 'scope', vocab: ReformVocabularies = REFORM_VOCABULARIES): string {
  if (vocab.replicationScopes.some((s) => s.key === key)) return key;
  throw new AppError('INVALID_REQUEST', { field, message: `${key} is not a replication scope (${vocab.replicationScopes.map((s) => s.key).join(', ')})` });
}

// Guarantees: the code when the body is one that decides on replication, else AppError INVALID_REQUEST naming `field`.
export function checkDecidingBody(code: string, field = 'decidedBy', vocab: ReformVocabularies = REFORM_VOCABULARIES): string {
  if (vocab.decidingBodies.some((b) => b.departmentCode === code)) return code;
  throw new AppError('INVALID_REQUEST', { field, message: `${code} does not decide on replication (${vocab.decidingBodies.map((b) => b.departmentCode).join(', ')})` });
}
