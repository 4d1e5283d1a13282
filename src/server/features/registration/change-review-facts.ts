// The facts a change registration's review needs, gathered with review-facts.ts's parts: the name only when it
// changes (under the same lock on its trade name, the enterprise's own names not counting against it), the domicile,
// the admission check and the security review on the whole form after the change, and the establishment day from
// which CAP-02's five years count (Company Law 2023 Art. 47).
import type { EstablishmentForm, ReviewFacts } from '../../../domain/registration/index.ts';
import type { Tx } from '../../db/database.ts';
import { formFacts, nameFacts } from './review-facts.ts';

export async function gatherChangeReviewFacts(
  tx: Tx,
  input: { after: EstablishmentForm; nameChanges: boolean; uscc: string; applicantId: number; today: string; establishedOn: string },
): Promise<ReviewFacts & { establishedOn: string }> {
  const { after, today } = input;
  const name = input.nameChanges ? await nameFacts(tx, after, input.applicantId, today, [input.uscc]) : { name: { verdict: 'available' as const, reasons: [] }, reservation: null };
  return { today, establishedOn: input.establishedOn, ...name, ...(await formFacts(tx, after, today)) };
}
