// Typed error for bad arguments to the USCC helpers (builders and check-character functions).
// Validation of a code someone presents is never an error: checkUscc/checkOrgCode return data.

/** Names the argument that was rejected. */
export type UsccInputField =
  | 'authority'
  | 'entityType'
  | 'division'
  | 'orgBody'
  | 'first17'
  | 'body8'
  | 'prefix'
  | 'n';

/** Thrown when a USCC builder or check-character function receives input it cannot use. */
export class UsccInputError extends Error {
  override readonly name = 'UsccInputError';
  readonly field: UsccInputField;

  // Guarantees: the error carries the rejected field name and a one-sentence English message.
  constructor(field: UsccInputField, message: string) {
    super(message);
    this.field = field;
  }
}
