// Individual businesses through the one window (个体工商户; MER Arts. 8, 19): the same filing, formal review and
// routes as a company (service.ts) over the individual business's own form. Its name is checked as an individual
// business's (店, 馆, 经营部…), its operator must not be foreign (NL-11), and no admission check runs.
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { deriveDomicile, IndividualBusinessForm, reviewIndividualBusiness, type FormalReview } from '../../../domain/registration/index.ts';
import type { CreateIndividualBusinessRequest, EstablishmentView } from '../../../schemas/registration.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { applicantOf } from '../accounts/service.ts';
import { registerIndividualBusiness } from './register.ts';
import { registrationData } from './registration-data-file.ts';
import { nameFacts } from './review-facts.ts';
import { keepReviewed } from './service.ts';

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
  return keepReviewed(ctx, tx, actor, { applicantId, form, review, kind: 'individual-business', fileForm: individualFileForm, register: registerIndividualBusiness });
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
