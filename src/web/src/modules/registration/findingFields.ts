// The form fields a refusal's findings name (POST /api/establishments and POST /api/enterprises/:uscc/changes answer
// 422 REGISTRATION_REFUSED with the same findings), for antd's setFields.
import { ApiError } from '../../api/client.ts';
import { refusalFindings, type Finding } from './FindingsAlert.tsx';
import { ENTITY_ID_TYPES, fieldPath, PERSON_ID_TYPES, type FieldPath, type IdType, type InvestorValues } from './formModel.ts';

export type FieldErrors = { name: FieldPath; errors: string[] }[];

/** The block findings' messages on the fields they name (several findings on one field: all of them). */
export function blockErrors(findings: Finding[], message: (f: Finding) => string): FieldErrors {
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  for (const finding of findings) {
    if (finding.severity !== 'block') continue;
    const path = fieldPath(finding.field);
    if (!path) continue;
    const key = JSON.stringify(path);
    const entry = byField.get(key) ?? { name: path, errors: [] };
    entry.errors.push(message(finding));
    byField.set(key, entry);
  }
  return [...byField.values()];
}

/**
 * Puts a refused filing's answer on the form it came from: a 422's findings on the fields they name (returned, for the
 * alert above the form), or a 400's message on its field. Shared by the establishment and change forms.
 */
export function showRefusal(cause: unknown, message: (f: Finding) => string, setFields: (fields: FieldErrors) => void): Finding[] {
  const refused = refusalFindings(cause);
  if (refused.length > 0) {
    setFields(blockErrors(refused, message));
  } else if (cause instanceof ApiError && cause.status === 400) {
    const path = fieldPath(cause.field);
    if (path) setFields([{ name: path, errors: [cause.message] }]);
  }
  return refused;
}

/** An investor who becomes an entity gives a credit code; one who becomes a person an identity document. */
export function fitIdTypes(changed: (InvestorValues | undefined)[] | undefined, idTypeOf: (index: number) => unknown, setIdType: (index: number, idType: IdType) => void): void {
  (changed ?? []).forEach((change, index) => {
    if (!change?.kind) return;
    const allowed = change.kind === 'entity' ? ENTITY_ID_TYPES : PERSON_ID_TYPES;
    if (!allowed.includes(idTypeOf(index) as IdType)) setIdType(index, allowed[0]!);
  });
}
