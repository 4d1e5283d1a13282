// Typed error for arguments the working-day calendar cannot use (bad dates, out-of-range counts,
// contradictory schedule data). A RangeError, so generic handlers still see "a value out of range";
// `field` names the rejected argument so an HTTP layer can answer 4xx naming it.

/** Names the argument that was rejected; override and schedule entries are named with their index. */
export type CalendarInputField =
  | 'date'
  | 'from'
  | 'to'
  | 'workingDays'
  | 'days'
  | 'instant'
  | 'year'
  | 'publishedYears'
  | `publishedDays[${number}]`
  | `publishedDays[${number}].${string}`
  | `overrides[${number}]`
  | `overrides[${number}].${string}`;

/** Thrown when a calendar function receives input it cannot use. */
export class CalendarInputError extends RangeError {
  override readonly name = 'CalendarInputError';
  readonly field: CalendarInputField;

  // Guarantees: the error carries the rejected field name and a one-sentence English message.
  constructor(field: CalendarInputField, message: string) {
    super(message);
    this.field = field;
  }
}
