// The facts the formal review needs from other features, gathered through their services: the name check (under a
// lock on the trade name), the applicant's reservation, the domicile, and — for foreign investors — the negative-list
// check and the national security review (Trial Measures Art. 12; Order No. 37 Art. 4). Change registration
// (change-review-facts.ts) gathers the same parts.
import { securityReviewFlags } from '../../../domain/investment/index.ts';
import { deriveDomicile, type EstablishmentForm, type ReviewFacts, foreignFacts } from '../../../domain/registration/index.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { together } from '../../db/together.ts';
import { checkInvestment, preparedEditions } from '../admission/service.ts';
import { checkAgainstRegister, lockName, reservationProblem } from '../names/service.ts';
import { registrationData } from './registration-data-file.ts';

export async function gatherReviewFacts(tx: Tx, form: EstablishmentForm, applicantId: number, today: string): Promise<ReviewFacts> {
  return { today, ...(await nameFacts(tx, form, applicantId, today)), ...(await formFacts(tx, form, today)) };
}

/**
 * The name check under a lock on the trade name, held to the end of the transaction. `relatedUscc`: an enterprise
 * changing its name is related to its own names on the register (Art. 17: an investment relationship lifts a conflict).
 */
export async function nameFacts(
  tx: Tx,
  form: Pick<EstablishmentForm, 'name' | 'nameReservationId'>,
  applicantId: number,
  today: string,
  relatedUscc: readonly string[] = [],
  legalForm: 'company' | 'individual-business' = 'company',
): Promise<Pick<ReviewFacts, 'name' | 'reservation'>> {
  const question = { name: form.name, asOf: today, legalForm };
  const reservationId = form.nameReservationId;
  // Sent together (issue 8): the lock goes first, so the reservation and the register are read under it.
  const [, problem, checked] = await together(
    tx,
    (t) => lockName(t, form.name),
    (t) => (reservationId === undefined ? Promise.resolve(null) : reservationProblem(t, applicantId, reservationId, form.name, today)),
    (t) => checkAgainstRegister(t, question, relatedUscc, reservationId),
  );
  // Only the applicant's own, usable reservation of this name stops blocking it: an unusable one is checked against.
  const name = problem === null ? checked : await checkAgainstRegister(tx, question, relatedUscc);
  return {
    name: { verdict: name.verdict, reasons: name.reasons },
    reservation: form.nameReservationId === undefined ? null : problem === null ? { usable: true } : { usable: false, why: problem },
  };
}

/** The scope catalogue, the domicile, and for foreign investors the admission check and the security-review flag. */
export async function formFacts(tx: Tx, form: EstablishmentForm, today: string): Promise<Pick<ReviewFacts, 'scope' | 'domicile' | 'admission' | 'securityReviewFlagged'>> {
  const data = registrationData();
  const industryCodes = [...new Set(form.businessScope.itemCodes.map((c) => data.scope.items.find((i) => i.code === c)?.industryCode).filter((c): c is string => c !== undefined))];
  const foreign = foreignFacts(form);
  const admission = foreign && industryCodes.length > 0 ? await checkInvestment(tx, { date: today, industryCodes, ...foreign, form: 'company' }) : null;
  return {
    scope: data.scope,
    domicile: deriveDomicile(form.domicile.address, data.domicile, data.zoneDistricts),
    admission: admission ? { procedure: admission.procedure, edition: admission.edition.code, reasons: admission.reasons } : null,
    securityReviewFlagged: foreign && industryCodes.length > 0 ? await securityFlag(tx, form, industryCodes, foreign.foreignShare, today) : false,
  };
}

async function securityFlag(db: DbOrTx, form: EstablishmentForm, industryCodes: string[], foreignShare: number, today: string): Promise<boolean> {
  const { lookup } = await preparedEditions(db);
  const control = form.foreignControl ?? {};
  return securityReviewFlags({ date: today, industryCodes, foreignShare, ...control }, { industries: lookup }).flagged;
}
