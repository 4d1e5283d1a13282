// Individual businesses through the one window (个体工商户; MER Arts. 8, 19): the same filing, formal review and
// routes as a company (service.ts) over the individual business's own form. Its name is checked as an individual
// business's (店, 馆, 经营部…), its operator must not be foreign (NL-11), and no admission check runs.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { deriveDomicile, IndividualBusinessForm, reviewIndividualBusiness, type FormalReview } from '../../../domain/registration/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { CreateIndividualBusinessRequest, EstablishmentView } from '../../../schemas/registration.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { applicantOf } from '../accounts/service.ts';
import { createFile } from '../files/service.ts';
import { registerIndividualBusiness } from './register.ts';
import { registrationData } from './registration-data-file.ts';
import * as repo from './repository.ts';
import { nameFacts } from './review-facts.ts';
import { getEstablishment } from './service.ts';

export async function fileIndividualBusiness(ctx: AppContext, tx: Tx, actor: AccountActor, request: CreateIndividualBusinessRequest): Promise<EstablishmentView> {
  const form = IndividualBusinessForm.parse(request);
  const applicantId = await applicantOf(tx, actor, form.applicantId);
  const today = civilDateInShanghai(ctx.now());
  const data = registrationData();
  const review = reviewIndividualBusiness(form, {
    today,
    ...(await nameFacts(tx, form, applicantId, today, [], 'individual-business')),
    scope: data.scope,
    domicile: deriveDomicile(form.domicile.address, data.domicile, data.zoneDistricts),
  });
  if (review.route === 'refuse') {
    const first = review.findings.find((f) => f.severity === 'block')!;
    throw new AppError('REGISTRATION_REFUSED', { field: first.field, message: first.en, details: { findings: review.findings } });
  }
  const fileId = review.route === 'officer_review' ? (await createFile(ctx, tx, actor, { type: 'market-registration', ...(actor.account.role === Role.WINDOW_OFFICER ? { applicantId } : {}), form: individualFileForm(form, review) })).id : null;
  const id = await repo.insertApplication(tx, {
    applicant_account_id: applicantId,
    filed_by_account_id: actor.account.id,
    name: form.name,
    name_id: form.nameReservationId ?? null,
    form: JSON.stringify(form),
    review: JSON.stringify(review),
    route: review.route,
    status: 'under_review',
    file_id: fileId,
    kind: 'individual-business',
  });
  if (review.route === 'on_the_spot') await registerIndividualBusiness(ctx, tx, { applicationId: id, applicantId, form, review, issuedBy: `account:${actor.account.id}` });
  return getEstablishment(ctx, tx, actor, id);
}

/** What the market-registration file shows the officer of an individual business (e.g. a pre-approval to check). */
export function individualFileForm(form: IndividualBusinessForm, review: FormalReview) {
  return {
    entityName: form.name,
    entityType: 'individual_business' as const,
    areaCode: review.domicile!.areaCode,
    address: form.domicile.address,
    legalRepresentative: form.operator.name,
    registeredCapitalYuan: Math.round(form.fundsYuan),
    industryCode: review.industryCode!,
  };
}
