// Demo investment cases, filed by the demo applicant through the investment service (so the receipt numbers,
// files, classifications and security-review flags are the real ones): a recorded foreign project (Trial Measures
// Art. 12: recordation by default), one the approval rules send to a project-approval file, an outbound investment
// recorded on the NDRC track (NDRC Order No. 11 Art. 14), and a project flagged for national security review
// (Order No. 37 Art. 4: an information-technology field with actual control by a 60% share).
import type { CreateOutboundRequest, CreateProjectRequest } from '../../schemas/investment.ts';
import type { AccountActor, AppContext } from '../context.ts';
import type { Tx } from '../db/database.ts';
import { createOutboundCase, createProjectCase } from '../features/investment/service.ts';

export const demoProjects: CreateProjectRequest[] = [
  // Auto parts are not on the negative list and match no approval rule: a receipt number at once.
  { name: '示例：两江汽车零部件研发中心', areaCode: 'LJ', industryCodes: ['3670'], totalInvestmentYuan: 60_000_000, foreignShare: 40 },
  // Hydropower (GB/T 4413) matches the illustrative PRJ-HYDRO rule: a project-approval file (条例 Art. 10).
  { name: '示例：乌江支流水电站', areaCode: 'GYG', industryCodes: ['4413'], totalInvestmentYuan: 1_200_000_000, foreignShare: 30 },
  // Application software at a 60% foreign share: item 2 field with actual control, plus a Plan V.(V) dimension.
  {
    name: '示例：西永工业软件合资项目',
    areaCode: 'XY',
    industryCodes: ['6513'],
    totalInvestmentYuan: 50_000_000,
    foreignShare: 60,
    sensitivityDimensions: { technology: '工业设计软件核心算法' },
  },
];

export const demoOutbound: CreateOutboundRequest[] = [
  // Non-sensitive, local enterprise, below USD 300 million: recorded by the Chongqing DRC (TIME-60).
  { name: '示例：德国汽车零部件工厂', areaCode: 'LJ', destination: { countryCode: 'DE' }, industryCodes: ['3670'], chineseInvestmentUsd: 20_000_000, investorKind: 'local' },
];

/** Files the demo cases as `applicant` in the seed's transaction; returns how many were filed. */
export async function seedDemoInvestment(ctx: AppContext, tx: Tx, applicant: AccountActor): Promise<number> {
  for (const project of demoProjects) await createProjectCase(ctx, tx, applicant, project);
  for (const outbound of demoOutbound) await createOutboundCase(ctx, tx, applicant, outbound);
  return demoProjects.length + demoOutbound.length;
}
