// The registration itself (MER Art. 21; 多证合一、一照一码): the next credit code, the enterprise on the register with
// its particulars and first register entry, its name on the name register, the electronic licence, the follow-up
// tasks of the departments, and a notice to the applicant — all in the caller's transaction, so a failure anywhere
// leaves nothing half-registered.
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { businessScopeText, certificatesInForce, COMPOSITION_TEXT, entityTypeText, type EstablishmentForm, type FormalReview, type IndividualBusinessForm } from '../../../domain/registration/index.ts';
import type { LicenceFields, LicenceView } from '../../../schemas/licences.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { together } from '../../db/together.ts';
import { dueDates } from '../calendar/service.ts';
import { addEnterprise } from '../enterprises/service.ts';
import { FIRST_LICENCE_VERSION, issueFirstLicence, licenceSigner } from '../licences/service.ts';
import { registerName } from '../names/service.ts';
import { notify } from '../notifications/service.ts';
import { recordRegisterHoldings } from '../ownership/service.ts';
import { departmentName } from '../reference/service.ts';
import { takeCode } from '../uscc/service.ts';
import { registrationData } from './registration-data-file.ts';
import * as repo from './repository.ts';

/** What putting any market entity on the register needs: the parts that differ between a company and an individual business. */
interface Registration {
  /** The application already kept (an officer's approval), or how to keep it (registered on the spot). */
  readonly application: ApplicationToRegister;
  readonly applicantId: number;
  readonly issuedBy: string;
  readonly name: string;
  readonly nameReservationId: number | undefined;
  /** GB 32100-2015 entity type under registration authority 9 (market regulation): 1 enterprise, 2 individual business. */
  readonly entityTypeDigit: '1' | '2';
  readonly kind: 'company' | 'individual-business';
  readonly review: FormalReview;
  readonly particulars: Record<string, unknown>;
  /** A company's investors and capital: the direct holdings the register states (an individual business has none). */
  readonly holdings: { investors: EstablishmentForm['investors']; registeredCapitalYuan: number } | null;
  readonly licence: Pick<LicenceFields, 'entityType' | 'legalRepresentative' | 'registeredCapitalYuan' | 'businessScope' | 'domicile' | 'individualBusiness'>;
}

/** An application already kept, by id, or the insert that keeps it, run together with the registration's first reads. */
export type ApplicationToRegister = number | ((tx: Tx) => Promise<number>);

/** What a registration wrote: the application as registered, the first licence, the follow-up tasks. */
export interface Registered {
  readonly uscc: string;
  readonly application: repo.ApplicationRow;
  readonly licence: LicenceView;
  readonly followUps: readonly repo.FollowUpRow[];
}

export function registerEstablishment(ctx: AppContext, tx: Tx, input: { application: ApplicationToRegister; applicantId: number; form: EstablishmentForm; review: FormalReview; issuedBy: string }): Promise<Registered> {
  const { form, review } = input;
  const particulars = registeredParticulars(form, review);
  return putOnRegister(ctx, tx, {
    ...input,
    name: form.name,
    nameReservationId: form.nameReservationId,
    entityTypeDigit: '1',
    kind: 'company',
    particulars,
    holdings: { investors: form.investors, registeredCapitalYuan: form.registeredCapitalYuan },
    licence: { entityType: entityTypeText(form), legalRepresentative: form.legalRepresentative.name, registeredCapitalYuan: form.registeredCapitalYuan, businessScope: particulars.businessScope as string, domicile: form.domicile.address },
  });
}

/** An individual business (MER Art. 8): its licence names the operator (经营者) and the composition form, not capital. */
export function registerIndividualBusiness(ctx: AppContext, tx: Tx, input: { application: ApplicationToRegister; applicantId: number; form: IndividualBusinessForm; review: FormalReview; issuedBy: string }): Promise<Registered> {
  const { form } = input;
  const scope = scopeText(form.businessScope.itemCodes);
  return putOnRegister(ctx, tx, {
    ...input,
    name: form.name,
    nameReservationId: form.nameReservationId,
    entityTypeDigit: '2',
    kind: 'individual-business',
    holdings: null,
    particulars: {
      entityType: INDIVIDUAL_BUSINESS_TEXT,
      legalForm: 'individual-business',
      compositionForm: form.compositionForm,
      operator: form.operator,
      familyMembers: form.familyMembers,
      fundsYuan: form.fundsYuan,
      // The operator answers for the business with their own property: the one investor whose commitment a summary
      // deregistration needs (EXIT-01).
      investors: [{ ...form.operator, kind: 'person' }],
      businessScope: scope,
      scopeItemCodes: form.businessScope.itemCodes,
      domicile: form.domicile.address,
    },
    licence: { entityType: INDIVIDUAL_BUSINESS_TEXT, legalRepresentative: form.operator.name, registeredCapitalYuan: form.fundsYuan, businessScope: scope, domicile: form.domicile.address, individualBusiness: { compositionForm: COMPOSITION_TEXT[form.compositionForm] } },
  });
}

const INDIVIDUAL_BUSINESS_TEXT = '个体工商户';

async function putOnRegister(ctx: AppContext, tx: Tx, r: Registration): Promise<Registered> {
  const data = registrationData();
  const now = ctx.now();
  const today = civilDateInShanghai(now);
  const domicile = r.review.domicile!; // a registrable review always has one (DOM-01 blocks otherwise)
  const tasks = data.followUps.tasks.filter((t) => t.entityKinds.includes(r.kind));
  // Two rounds of work sent together (issue 8): first what the writes need (the application kept, a credit code, the
  // authority's name, the tasks' days, the signing key), then every write, none of which needs another's answer.
  const [applicationId, taken, registrationAuthority, dueOn, signer] = await together(
    tx,
    (t) => (typeof r.application === 'number' ? Promise.resolve(r.application) : r.application(t)),
    (t) => takeCode(t, r.issuedBy, { authority: '9', entityType: r.entityTypeDigit, division: domicile.districtCode }),
    (t) => departmentName(t, 'MARKET_REGULATION'),
    (t) => dueDates(t, today, tasks.map((task) => task.workingDays)),
    (t) => licenceSigner(t, now),
  );
  const uscc = taken.code.code;
  const version = FIRST_LICENCE_VERSION;
  // The enterprise goes first: the rows after it refer to it.
  const [, , , , licence, followUps, application] = await together(
    tx,
    (t) =>
      addEnterprise(t, {
        uscc,
        name: r.name,
        areaCode: domicile.areaCode,
        districtCode: domicile.districtCode,
        industryCode: r.review.industryCode!,
        establishedOn: today,
        ownerAccountId: r.applicantId,
        particulars: r.particulars,
        recordedBy: r.issuedBy,
      }),
    (t) => taken.record(t),
    (t) => registerName(t, { name: r.name, uscc, since: today, accountId: r.applicantId, reservationId: r.nameReservationId }),
    (t) => (r.holdings ? recordRegisterHoldings(t, { uscc, name: r.name, ...r.holdings, day: today }) : Promise.resolve()),
    (t) =>
      issueFirstLicence(
        t,
        { uscc, name: r.name, ...r.licence, establishedOn: today, registrationAuthority, integratedCertificates: certificatesInForce(data.certificates, today).map((c) => c.zh), areaCode: domicile.areaCode },
        r.issuedBy,
        now,
        signer,
      ),
    (t) => repo.insertFollowUps(t, tasks.map((task, i) => ({ uscc, task_key: task.key, department_code: task.department, due_on: dueOn[i]!, status: 'open' as const }))),
    (t) => repo.markRegistered(t, applicationId, uscc, now),
    (t) =>
      notify(t, {
        accountId: r.applicantId,
        kind: 'establishment.registered',
        messageZh: `${r.name}已登记，统一社会信用代码${uscc}，电子营业执照已签发（第${version}版）。`,
        messageEn: `${r.name} is registered with credit code ${uscc}; its electronic business licence is issued (version ${version}).`,
        data: { applicationId, uscc },
      }),
  );
  return { uscc, application, licence, followUps };
}

function scopeText(itemCodes: readonly string[]): string {
  return businessScopeText(itemCodes.map((code) => registrationData().scope.items.find((i) => i.code === code)!));
}

/** The registered particulars (登记事项 and 备案事项, MER Arts. 8, 9) kept on the enterprise, as the licence words them. */
export function registeredParticulars(form: EstablishmentForm, review: FormalReview): Record<string, unknown> {
  return {
    entityType: entityTypeText(form),
    legalForm: form.legalForm,
    registeredCapitalYuan: form.registeredCapitalYuan,
    investors: form.investors,
    legalRepresentative: form.legalRepresentative,
    directors: form.directors,
    supervisors: form.supervisors,
    managers: form.managers,
    businessScope: scopeText(form.businessScope.itemCodes),
    scopeItemCodes: form.businessScope.itemCodes,
    domicile: form.domicile.address,
    foreignInvestment: review.foreign,
  };
}
