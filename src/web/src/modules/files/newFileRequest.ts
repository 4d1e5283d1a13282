// Turns the new-application form's values into the `form` of POST /api/files. The server's form schemas are
// strict (src/domain/files/file-types/): only what was filled in is sent, text trimmed.

export type NewFileFormValues = Record<string, unknown>;

const trimmed = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/** 告知承诺制: form.commitment as the server expects it (noticeRead is true only when the box was ticked). */
function commitmentOf(value: unknown): Record<string, unknown> {
  const v = (value ?? {}) as Record<string, unknown>;
  return { noticeRead: v.noticeRead === true, statement: trimmed(v.statement) ?? '', signedBy: trimmed(v.signedBy) ?? '' };
}

/** Drops empty optional fields and trims text, so the server's strict form schema sees only what was filled in. */
export function cleanForm(values: NewFileFormValues): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    form[key] = key === 'commitment' ? commitmentOf(value) : trimmed(value);
  }
  return form;
}

/** The fields the ordinary single-department permit shares with a permit under notification-commitment. */
export const FIELDS_KEPT_FOR_ORDINARY = ['permitName', 'areaCode', 'enterpriseUscc', 'description'] as const;

/** The values of `keys` that were filled in (to carry them over to another procedure's form). */
export function pickFilled(values: NewFileFormValues, keys: readonly string[]): NewFileFormValues {
  return Object.fromEntries(keys.filter((key) => values[key] !== undefined && values[key] !== '').map((key) => [key, values[key]]));
}
