// Demo assessments and reform pilot tasks, made through the services (so every rule, status and audit row is the
// real one): the FTZ Office's 2025 annual assessment of Liangjiang, scored with evidence and submitted, with findings
// and follow-up actions at several stages; a third-party semi-annual assessment of Xiyong assigned to the demo
// assessor; and six reform tasks on real CQFTZ reform themes (Regulation 2019 Arts. 15, 21, 26, 32, 37, 38) at
// different statuses. Titles, evidence and evaluations say 示例 / 演示数据: they are not facts about the zone.
import type { CreateReformTaskRequest } from '../../schemas/reform.ts';
import type { AccountActor, AppContext } from '../context.ts';
import type { Tx } from '../db/database.ts';
import { addFinding, createAssessment, moveActionAsArea, moveActionAsOffice, openAction, putScores, submitAssessment } from '../features/assessments/service.ts';
import { changeTaskStatus, createTask, replicationStep } from '../features/reform/service.ts';

export interface DemoAssessmentActors {
  analyst: AccountActor;
  assessor: AccountActor;
  areaLj: AccountActor;
}

const demo = (text: string) => `示例（演示数据）：${text}`;

/** The annual template's criteria with a demo score and the kind of evidence an area would give. */
const ANNUAL_SCORES: [string, number, string][] = [
  ['leading-projects', 85, '片区年度工作总结所附引进项目清单及签约、开工材料'],
  ['advantageous-industries', 80, '片区重点产业集群培育情况报告'],
  ['economic-scale', 78, '统计部门提供的片区年度主要经济指标'],
  ['industrial-structure', 82, '现代服务业与新兴产业占比变化说明'],
  ['land-intensity', 70, '规划和自然资源部门提供的用地情况及闲置土地清单'],
  ['ecological-environment', 88, '生态环境部门年度监测与执法情况'],
  ['policy-innovation', 90, '片区制度创新案例汇编及改革试点任务台账'],
];

export const demoReformTasks: CreateReformTaskRequest[] = [
  { title: '示例：铁路提单（铁路运输单证物权化）', titleEn: 'Example: railway bills of lading (railway transport documents as documents of title)', description: demo('探索陆上贸易规则，创新铁路单证及其配套规则，推动铁路运输单证物权化的推广应用。'), sourceKind: 'regulation-2019', sourceReference: '《条例》第三十八条', responsibleDepartmentCode: 'PORT_LOGISTICS_OFFICE', areaCode: 'XY' },
  { title: '示例：多式联运"一单制"', titleEn: 'Example: one document for multimodal transport', description: demo('建立多式联运监管服务平台，推进多式联运"一单制"。'), sourceKind: 'regulation-2019', sourceReference: '《条例》第三十七条', responsibleDepartmentCode: 'TRANSPORT' },
  { title: '示例：跨境铁路单证、多式联运单证融资结算便利化', titleEn: 'Example: financing and settlement on cross-border railway and multimodal documents', description: demo('推动跨境铁路单证、多式联运单证的融资、结算便利化。'), sourceKind: 'regulation-2019', sourceReference: '《条例》第三十二条第（八）项', responsibleDepartmentCode: 'PBOC_CHONGQING' },
  { title: '示例：企业住所（经营场所）登记申报承诺制', titleEn: 'Example: domicile registration by declaration and commitment', description: demo('试行企业住所（经营场所）登记申报承诺制度。'), sourceKind: 'regulation-2019', sourceReference: '《条例》第十五条；《管理试行办法》第十三条', responsibleDepartmentCode: 'MARKET_REGULATION', areaCode: 'LJ' },
  { title: '示例：国际贸易"单一窗口"与新加坡"单一窗口"数据对接', titleEn: 'Example: linking the single window with Singapore’s', description: demo('依托中新互联互通项目，加强与新加坡"单一窗口"数据与信息的对接。'), sourceKind: 'regulation-2019', sourceReference: '《条例》第二十一条第三款', responsibleDepartmentCode: 'PORT_LOGISTICS_OFFICE' },
  { title: '示例：保税展示交易新业态试点', titleEn: 'Example: bonded display trading pilot', description: demo('鼓励开展保税展示交易等新业态。'), sourceKind: 'regulation-2019', sourceReference: '《条例》第二十六条第（四）项', responsibleDepartmentCode: 'COMMERCE', areaCode: 'GYG' },
];

const works = (summary: string, outcome: 'effective' | 'partly_effective' = 'effective') => ({ outcome, summary: demo(summary), risksControllable: true, evaluator: '自贸办（示例）' });

/** Walks the six demo tasks to their statuses: replicated, proposed for replication, evaluated, piloting, proposed, failed. */
async function seedReformTasks(ctx: AppContext, tx: Tx, analyst: AccountActor): Promise<number[]> {
  const ids: number[] = [];
  for (const input of demoReformTasks) ids.push((await createTask(ctx, tx, analyst, input)).id);
  const [railway, multimodal, financing, domicile, , bonded] = ids as [number, number, number, number, number, number];
  for (const id of [railway, multimodal, financing, domicile, bonded]) await changeTaskStatus(ctx, tx, analyst, id, { to: 'piloting' });
  await changeTaskStatus(ctx, tx, analyst, railway, { to: 'evaluated', evaluation: works('试点形成了可操作的单证规则，风险可控。') });
  await changeTaskStatus(ctx, tx, analyst, multimodal, { to: 'evaluated', evaluation: works('试点运行平稳，具备复制推广条件。') });
  await changeTaskStatus(ctx, tx, analyst, financing, { to: 'evaluated', evaluation: works('部分业务落地，配套规则仍需完善。', 'partly_effective') });
  await changeTaskStatus(ctx, tx, analyst, bonded, {
    to: 'failed',
    note: demo('依《管理试行办法》第五条、《条例》第五条，宽容失败，不作负面评价。'),
    evaluation: { outcome: 'not_effective', summary: demo('试点未达预期，需调整模式后再试。'), risksControllable: true, evaluator: '自贸办（示例）' },
  });
  await replicationStep(ctx, tx, analyst, railway, { step: 'propose', scope: 'municipal', summary: demo('建议在全市复制推广铁路提单经验。') });
  await replicationStep(ctx, tx, analyst, railway, { step: 'review', departmentCode: 'COMMERCE', opinion: 'supports', note: demo('同意。') });
  await replicationStep(ctx, tx, analyst, railway, { step: 'decide', decision: 'approved', decidedBy: 'CQFTZ_LEADING_GROUP', note: demo('同意在全市复制推广。') });
  await replicationStep(ctx, tx, analyst, railway, { step: 'publish', title: '示例：铁路提单经验在全市复制推广（演示数据）' });
  await replicationStep(ctx, tx, analyst, multimodal, { step: 'propose', scope: 'zone', summary: demo('建议在自贸试验区三个片区复制推广。') });
  await replicationStep(ctx, tx, analyst, multimodal, { step: 'review', departmentCode: 'TRANSPORT', opinion: 'supports' });
  return ids;
}

/** The 2025 annual assessment of LJ, scored and submitted, with findings and three actions (in progress and overdue, open, closed). */
async function seedAnnualLj(ctx: AppContext, tx: Tx, a: DemoAssessmentActors, innovationCase: number): Promise<void> {
  const { analyst, areaLj } = a;
  const lj = await createAssessment(ctx, tx, analyst, { kind: 'annual', areaCode: 'LJ', period: '2025' });
  await putScores(ctx, tx, analyst, lj.id, { scores: ANNUAL_SCORES.map(([criterionKey, score, evidence]) => ({ criterionKey, score, evidence: demo(evidence) })) });
  await submitAssessment(ctx, tx, analyst, lj.id);
  await addFinding(ctx, tx, analyst, lj.id, { kind: 'strength', criterionKey: 'policy-innovation', text: demo('制度创新案例梳理较完整。') });
  await addFinding(ctx, tx, analyst, lj.id, { kind: 'innovation_case', criterionKey: 'policy-innovation', text: demo('企业住所登记申报承诺制试点。'), reformTaskId: innovationCase });
  const land = await addFinding(ctx, tx, analyst, lj.id, { kind: 'problem', criterionKey: 'land-intensity', text: demo('部分工业用地利用效率偏低，存在闲置地块。') });
  const landFinding = land.findings.at(-1)!.id;
  const idle = await openAction(ctx, tx, analyst, lj.id, { title: '示例：制定闲置土地盘活计划', findingId: landFinding, dueOn: '2026-06-30' });
  await moveActionAsArea(ctx, tx, areaLj, idle.id, { move: 'progress', note: demo('已完成闲置地块摸底。') });
  await openAction(ctx, tx, analyst, lj.id, { title: '示例：补充生态环境监测数据', dueOn: '2026-12-31' });
  const cases = await openAction(ctx, tx, analyst, lj.id, { title: '示例：报送年度制度创新案例材料', dueOn: '2026-03-31' });
  await moveActionAsArea(ctx, tx, areaLj, cases.id, { move: 'done', note: demo('材料已报送。') });
  await moveActionAsOffice(ctx, tx, analyst, cases.id, { move: 'verify', note: demo('材料齐全。') });
  await moveActionAsOffice(ctx, tx, analyst, cases.id, { move: 'close' });
}

/**
 * Seeds the demo's reform tasks and assessments in the seed's transaction; returns how many of each. The
 * third-party semi-annual assessment of XY for 2026-H1 is assigned to the demo assessor, who has scored two criteria.
 */
export async function seedDemoAssessments(ctx: AppContext, tx: Tx, actors: DemoAssessmentActors): Promise<{ reformTasks: number; assessments: number }> {
  const tasks = await seedReformTasks(ctx, tx, actors.analyst);
  await seedAnnualLj(ctx, tx, actors, tasks[3]!);
  const xy = await createAssessment(ctx, tx, actors.analyst, { kind: 'third_party_semiannual', areaCode: 'XY', period: '2026-H1', assessorId: actors.assessor.account.id });
  await putScores(ctx, tx, actors.assessor, xy.id, {
    scores: [
      { criterionKey: 'development-status', score: 8, evidence: demo('实地调研及片区半年工作报告。') },
      { criterionKey: 'innovation-cases', score: 8.5, evidence: demo('铁路提单等创新案例材料。') },
    ],
  });
  await addFinding(ctx, tx, actors.assessor, xy.id, { kind: 'replicable_experience', text: demo('铁路提单经验具备复制推广价值。'), reformTaskId: tasks[0]! });
  return { reformTasks: tasks.length, assessments: 2 };
}
