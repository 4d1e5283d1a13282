// A demo company established through the one form by the demo applicant (registered on the spot, so it has a credit
// code, a signed licence and open follow-up tasks — the tax one for `reviewer-tax`). The identity numbers are made
// valid with the GB 11643 check character; they belong to no one.
import { residentIdCheckChar, type EstablishmentFormInput } from '../../domain/registration/index.ts';
import type { AccountActor, AppContext } from '../context.ts';
import type { Tx } from '../db/database.ts';
import { fileEstablishment } from '../features/registration/service.ts';

const demoId = (first17: string) => first17 + residentIdCheckChar(first17);
const chair = { name: '周云', nationality: 'CN', idType: 'resident-id' as const, idNumber: demoId('50011219880615101') };

export const demoEstablishment: EstablishmentFormInput = {
  name: '重庆云杉软件有限公司',
  legalForm: 'limited-liability-company',
  registeredCapitalYuan: 2_000_000,
  investors: [
    { ...chair, kind: 'person', subscribedYuan: 1_200_000, contributionForm: 'currency', contributionDueOn: '2029-12-31' },
    { name: '吴桐', nationality: 'CN', idType: 'resident-id', idNumber: demoId('50010319910203202'), kind: 'person', subscribedYuan: 800_000, contributionForm: 'currency', contributionDueOn: '2029-12-31' },
  ],
  legalRepresentative: { ...chair, position: 'executive-director' },
  directors: [{ ...chair, position: 'executive-director' }],
  supervisors: [{ name: '郑好', nationality: 'CN', idType: 'resident-id', idNumber: demoId('50010519930909303'), position: 'supervisor' }],
  managers: [],
  businessScope: { itemCodes: ['S0101', 'S0103', 'S0107'], mainItemCode: 'S0101' },
  domicile: { address: '重庆市渝北区仙桃街道数据谷中路8号', commitment: true },
  contact: { name: '周云', phone: '023-67001234' },
};

/** Files the demo establishment as `applicant` in the seed's transaction; returns its credit code. */
export async function seedDemoRegistration(ctx: AppContext, tx: Tx, applicant: AccountActor): Promise<string | null> {
  return (await fileEstablishment(ctx, tx, applicant, demoEstablishment)).uscc;
}
