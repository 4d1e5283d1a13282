// Demo investment projects of the three areas (issue 7; Plan V.(II)), registered and moved through the pipeline by
// each area's officer through the projects service, so every stage change carries its real evidence and checks: a
// dozen projects at every stage, one dropped, one going out, one stalled under negotiation, land demands to rank, and
// the annual investment-attraction tasks of the current year (LJ set by the FTZ Office, XY proposed, GYG proposed and
// approved). Dates count back from today, so the demo stays consistent whenever it is loaded.
import { addDays, civilDateInShanghai } from '../../domain/calendar/index.ts';
import type { CreateProjectRequest, StageChangeRequest } from '../../schemas/projects.ts';
import type { AccountActor, AppContext } from '../context.ts';
import type { Tx } from '../db/database.ts';
import { approveAttractionTask, setAttractionTask } from '../features/projects/attraction-tasks.ts';
import { changeStage, createProject } from '../features/projects/service.ts';

type Move = { to: StageChangeRequest['to']; daysAgo: number; facts?: StageChangeRequest['facts'] };
interface DemoProject {
  project: Omit<CreateProjectRequest, 'negotiationStartedOn'>;
  startedDaysAgo: number;
  moves: Move[];
}

const PDF_KIND: Record<string, string> = { contracted: 'signed_agreement', under_construction: 'construction_permit', in_production: 'production_start' };

const lj = (p: Omit<CreateProjectRequest, 'negotiationStartedOn' | 'areaCode'>) => ({ ...p, areaCode: 'LJ' });
const xy = (p: Omit<CreateProjectRequest, 'negotiationStartedOn' | 'areaCode'>) => ({ ...p, areaCode: 'XY' });
const gyg = (p: Omit<CreateProjectRequest, 'negotiationStartedOn' | 'areaCode'>) => ({ ...p, areaCode: 'GYG' });

export const demoProjects: DemoProject[] = [
  {
    project: lj({ name: '示例：两江集成电路封装测试基地', unitCode: 'LJ-D-AIR', investorName: '新加坡晶芯封测有限公司', investorCategory: 'foreign_funded', direction: 'bringing_in', industryCode: '3973', totalInvestmentYuan: 3_200_000_000, siteAreaM2: 200_000 }),
    startedDaysAgo: 420,
    moves: [{ to: 'contracted', daysAgo: 300 }, { to: 'under_construction', daysAgo: 120, facts: { permitNo: '500112202607150001' } }],
  },
  {
    project: lj({ name: '示例：悦来工业机器人研发制造中心', unitCode: 'LJ-D-YXS', investorName: '重庆智元机器人科技有限公司', investorCategory: 'private', direction: 'bringing_in', industryCode: '3491', totalInvestmentYuan: 600_000_000, siteAreaM2: 40_000, landCategories: ['standard_factory'] }),
    startedDaysAgo: 150,
    moves: [{ to: 'contracted', daysAgo: 100, facts: { agreementNo: 'LJ-2026-017' } }],
  },
  {
    project: lj({ name: '示例：江北嘴跨境金融服务中心', unitCode: 'LJ-D-JBZ', investorName: '中国国新控股有限责任公司', investorCategory: 'central_soe', direction: 'bringing_in', industryCode: '6930', totalInvestmentYuan: 300_000_000 }),
    startedDaysAgo: 30,
    moves: [],
  },
  {
    // Under negotiation for 250 days: past the 180-day threshold, so it is the demo's stalled project.
    project: lj({ name: '示例：两江生物医药产业园', investorName: '香港康元生物医药集团', investorCategory: 'hmt_funded', direction: 'bringing_in', industryCode: '2761', totalInvestmentYuan: 1_500_000_000, siteAreaM2: 120_000 }),
    startedDaysAgo: 250,
    moves: [],
  },
  {
    project: lj({ name: '示例：南岸大数据中心', unitCode: 'LJ-NA', investorName: '重庆数聚科技有限公司', investorCategory: 'private', direction: 'bringing_in', industryCode: '6450', totalInvestmentYuan: 800_000_000, siteAreaM2: 30_000 }),
    startedDaysAgo: 1100,
    moves: [{ to: 'contracted', daysAgo: 900 }, { to: 'under_construction', daysAgo: 700, facts: { permitNo: '500108202409010002' } }, { to: 'in_production', daysAgo: 90 }],
  },
  {
    project: lj({ name: '示例：新加坡云数据中心（走出去）', investorName: '重庆两江云启软件有限公司', investorCategory: 'private', direction: 'going_out', industryCode: '6550', totalInvestmentYuan: 200_000_000 }),
    startedDaysAgo: 200,
    moves: [{ to: 'contracted', daysAgo: 80 }],
  },
  {
    project: xy({ name: '示例：西永笔记本电脑整机项目', unitCode: 'XY-CBA', investorName: '台湾精英电脑股份有限公司', investorCategory: 'hmt_funded', direction: 'bringing_in', industryCode: '3911', totalInvestmentYuan: 2_000_000_000, siteAreaM2: 150_000 }),
    startedDaysAgo: 1500,
    moves: [
      { to: 'contracted', daysAgo: 1400 },
      { to: 'under_construction', daysAgo: 1200, facts: { permitNo: '500106202208080003' } },
      { to: 'in_production', daysAgo: 700 },
      { to: 'achieving_results', daysAgo: 30, facts: { outputYuan: 12_600_000_000, taxYuan: 310_000_000 } },
    ],
  },
  {
    project: xy({ name: '示例：西永显示面板配套材料项目', unitCode: 'XY-CBA', investorName: '重庆光显新材料有限公司', investorCategory: 'private', direction: 'bringing_in', industryCode: '3985', totalInvestmentYuan: 900_000_000, siteAreaM2: 60_000 }),
    startedDaysAgo: 250,
    moves: [{ to: 'contracted', daysAgo: 150 }],
  },
  {
    project: xy({ name: '示例：西部物流园冷链仓储中心', unitCode: 'XY-WLP', investorName: '中国物流集团有限公司', investorCategory: 'central_soe', direction: 'bringing_in', industryCode: '5930', totalInvestmentYuan: 400_000_000, siteAreaM2: 80_000 }),
    startedDaysAgo: 60,
    moves: [],
  },
  {
    project: xy({ name: '示例：西永跨境电商结算中心', unitCode: 'XY-CBA', investorName: 'Global Pay Ltd.', investorCategory: 'foreign_funded', direction: 'bringing_in', industryCode: '5193', totalInvestmentYuan: 150_000_000 }),
    startedDaysAgo: 300,
    moves: [{ to: 'dropped', daysAgo: 20, facts: { reason: '投资方调整区域布局，转投其他城市' } }],
  },
  {
    project: gyg({ name: '示例：果园港多式联运枢纽二期', unitCode: 'GYG-PORT', investorName: '中国远洋海运集团有限公司', investorCategory: 'central_soe', direction: 'bringing_in', industryCode: '5810', totalInvestmentYuan: 1_200_000_000, siteAreaM2: 300_000 }),
    startedDaysAgo: 500,
    moves: [{ to: 'contracted', daysAgo: 400 }, { to: 'under_construction', daysAgo: 200, facts: { permitNo: '500105202505050004' } }],
  },
  {
    project: gyg({ name: '示例：龙盛新能源汽车电驱系统项目', unitCode: 'GYG-LS', investorName: '重庆驰电动力科技有限公司', investorCategory: 'private', direction: 'bringing_in', industryCode: '3670', totalInvestmentYuan: 1_100_000_000, siteAreaM2: 90_000, landCategories: ['standard_factory'] }),
    startedDaysAgo: 200,
    moves: [{ to: 'contracted', daysAgo: 45, facts: { contractedInvestmentYuan: 1_100_000_000 } }],
  },
  {
    project: gyg({ name: '示例：龙盛科技企业孵化器', unitCode: 'GYG-LS', investorName: '重庆龙盛创新服务有限公司', investorCategory: 'private', direction: 'bringing_in', industryCode: '7540', totalInvestmentYuan: 120_000_000, siteAreaM2: 20_000, landCategories: ['incubator'] }),
    startedDaysAgo: 10,
    moves: [],
  },
];

/** A tiny stand-in PDF for the evidence of a demo stage change. */
function demoPdf(title: string) {
  return { name: `${title}.pdf`, mediaType: 'application/pdf' as const, contentBase64: Buffer.from(`%PDF-1.4\n% zimao demo evidence: ${title}\n%%EOF\n`).toString('base64') };
}

export interface DemoOfficers {
  analyst: AccountActor;
  byArea: ReadonlyMap<string, AccountActor>;
}

/** Registers and moves the demo projects as each area's officer, then the year's tasks; returns how many projects. */
export async function seedDemoProjects(ctx: AppContext, tx: Tx, officers: DemoOfficers): Promise<number> {
  const today = civilDateInShanghai(ctx.now());
  const year = Number(today.slice(0, 4));
  let count = 0;
  for (const demo of demoProjects) {
    const officer = officers.byArea.get(demo.project.areaCode);
    if (!officer) continue;
    const created = await createProject(ctx, tx, officer, { ...demo.project, negotiationStartedOn: addDays(today, -demo.startedDaysAgo) });
    for (const move of demo.moves) {
      const kind = PDF_KIND[move.to];
      // Results are the figures of the last full year.
      const facts = move.to === 'achieving_results' ? { ...move.facts, figuresYear: year - 1 } : move.facts;
      await changeStage(ctx, tx, officer, created.id, {
        to: move.to, on: addDays(today, -move.daysAgo), ...(facts ? { facts } : {}), ...(kind ? { documents: [{ kind, ...demoPdf(`${demo.project.name}-${kind}`) }] } : {}),
      });
    }
    count += 1;
  }
  const [areaXy, areaGyg] = [officers.byArea.get('XY'), officers.byArea.get('GYG')];
  await setAttractionTask(ctx, tx, officers.analyst, 'LJ', year, { targetCount: 6, targetInvestmentYuan: 5_000_000_000, note: '自贸办下达' });
  if (areaXy) await setAttractionTask(ctx, tx, areaXy, 'XY', year, { targetCount: 4, targetInvestmentYuan: 3_000_000_000, note: '片区申报，待自贸办审核' });
  if (areaGyg) {
    await setAttractionTask(ctx, tx, areaGyg, 'GYG', year, { targetCount: 3, targetInvestmentYuan: 2_500_000_000 });
    await approveAttractionTask(ctx, tx, officers.analyst, 'GYG', year);
  }
  return count;
}
