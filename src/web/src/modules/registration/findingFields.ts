// The form fields a refusal's findings name (POST /api/establishments and POST /api/enterprises/:uscc/changes answer
// 422 REGISTRATION_REFUSED with the same findings), for antd's setFields.
import type { Finding } from './FindingsAlert.tsx';
import { fieldPath, type FieldPath } from './formModel.ts';

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
