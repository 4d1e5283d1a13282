// The registration itself (MER Art. 21; 多证合一、一照一码): the next credit code, the enterprise on the register with
// its particulars and first register entry, its name on the name register, the electronic licence, the follow-up
// tasks of the departments, and a notice to the applicant — all in the caller's transaction, so a failure anywhere
// leaves nothing half-registered.
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { businessScopeText, certificatesInForce, entityTypeText, type EstablishmentForm, type FormalReview } from '../../../domain/registration/index.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { dueDate } from '../calendar/service.ts';
import { addEnterprise } from '../enterprises/service.ts';
import { issueLicence } from '../licences/service.ts';
import { registerName } from '../names/service.ts';
import { notify } from '../notifications/service.ts';
import { departmentName } from '../reference/service.ts';
import { issueCode } from '../uscc/service.ts';
import { registrationData } from './registration-data-file.ts';
import * as repo from './repository.ts';

// GB 32100-2015: registration authority 9 (market regulation), entity type 1 (enterprise).
const MARKET_REGULATION_CODE = { authority: '9', entityType: '1' } as const;

export async function registerEstablishment(
  ctx: AppContext,
  tx: Tx,
  input: { applicationId: number; applicantId: number; form: EstablishmentForm; review: FormalReview; issuedBy: string },
): Promise<string> {
  const { form, review } = input;
  const data = registrationData();
  const now = ctx.now();
  const today = civilDateInShanghai(now);
  const domicile = review.domicile!; // a registrable review always has one (DOM-01 blocks otherwise)
  const { code: uscc } = await issueCode(tx, input.issuedBy, { ...MARKET_REGULATION_CODE, division: domicile.districtCode });
  const items = form.businessScope.itemCodes.map((code) => data.scope.items.find((i) => i.code === code)!);
  const scopeText = businessScopeText(items);
  const entityType = entityTypeText(form);
  await addEnterprise(tx, {
    uscc,
    name: form.name,
    areaCode: domicile.areaCode,
    districtCode: domicile.districtCode,
    industryCode: review.industryCode!,
    establishedOn: today,
    ownerAccountId: input.applicantId,
    particulars: registeredParticulars(form, review),
    recordedBy: input.issuedBy,
  });
  await registerName(tx, { name: form.name, uscc, since: today, accountId: input.applicantId, reservationId: form.nameReservationId });
  const licence = await issueLicence(
    tx,
    {
      uscc,
      name: form.name,
      entityType,
      legalRepresentative: form.legalRepresentative.name,
      registeredCapitalYuan: form.registeredCapitalYuan,
      establishedOn: today,
      businessScope: scopeText,
      domicile: form.domicile.address,
      registrationAuthority: await departmentName(tx, 'MARKET_REGULATION'),
      integratedCertificates: certificatesInForce(data.certificates, today).map((c) => c.zh),
      areaCode: domicile.areaCode,
    },
    input.issuedBy,
    now,
  );
  const followUps = [];
  for (const task of data.followUps.tasks) {
    followUps.push({ uscc, task_key: task.key, department_code: task.department, due_on: (await dueDate(tx, today, task.workingDays)).due, status: 'open' as const });
  }
  await repo.insertFollowUps(tx, followUps);
  await repo.markRegistered(tx, input.applicationId, uscc, now);
  await notify(tx, {
    accountId: input.applicantId,
    kind: 'establishment.registered',
    messageZh: `${form.name}已登记，统一社会信用代码${uscc}，电子营业执照已签发（第${licence.version}版）。`,
    messageEn: `${form.name} is registered with credit code ${uscc}; its electronic business licence is issued (version ${licence.version}).`,
    data: { applicationId: input.applicationId, uscc },
  });
  return uscc;
}

/** The registered particulars (登记事项 and 备案事项, MER Arts. 8, 9) kept on the enterprise, as the licence words them. */
export function registeredParticulars(form: EstablishmentForm, review: FormalReview): Record<string, unknown> {
  const items = form.businessScope.itemCodes.map((code) => registrationData().scope.items.find((i) => i.code === code)!);
  return {
    entityType: entityTypeText(form),
    legalForm: form.legalForm,
    registeredCapitalYuan: form.registeredCapitalYuan,
    investors: form.investors,
    legalRepresentative: form.legalRepresentative,
    directors: form.directors,
    supervisors: form.supervisors,
    managers: form.managers,
    businessScope: businessScopeText(items),
    scopeItemCodes: form.businessScope.itemCodes,
    domicile: form.domicile.address,
    foreignInvestment: review.foreign,
  };
}
