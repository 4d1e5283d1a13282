// Browser journey of the FTZ Office's workbench (issue 7), registered by e2e/run.ts after its own steps (it shares its
// server, browser page and signed-in state): the Liangjiang area officer reports a value on 指标填报; the FTZ Office
// (the demo analyst) approves it on 指标审核, finds it in the indicator's series and revision history beside the chart,
// and reads the scorecard; walks the project pipeline, one project and the land-priority ranking; opens the 2025
// annual assessment of Liangjiang; reads the reform register; runs the risk rules and finds the zone's warning. The
// third-party assessor then sees only the assessment assigned to it (Plan V.(IV)) and is refused the others.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { JourneyKit } from './commitment-journey.ts';
import { pickOption } from './establishment-journey.ts';
import { settled } from './settled.ts';

type Account = { username: string; password: string };

/** What these steps borrow from e2e/run.ts. */
export type FtzOfficeKit = Pick<JourneyKit, 'step' | 'baseUrl' | 'signIn' | 'signOut' | 'expectText' | 'artifactsDir'> & {
  /** The FTZ Office (自贸办). */
  analyst: Account;
  /** The Liangjiang area officer. */
  areaOfficer: Account;
  /** The third-party assessor, assigned the demo's 2026-H1 assessment of Xiyong. */
  assessor: Account;
};

/** Signs in as `account`, ending whatever session is open first. */
async function switchTo(p: Page, kit: FtzOfficeKit, account: Account): Promise<void> {
  await p.goto(`${kit.baseUrl()}/`);
  const userMenu = p.getByRole('button', { name: /^用户菜单/ });
  const signInLink = p.getByRole('link', { name: '登录', exact: true }).first();
  await userMenu.or(signInLink).first().waitFor({ state: 'visible' });
  if (await userMenu.isVisible()) await kit.signOut(p);
  await kit.signIn(p, account);
}

/** Opens a page from the main navigation (the side menu), as a user would. */
async function openFromMenu(p: Page, item: string, path: string): Promise<void> {
  await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: item }).click();
  await p.waitForURL((url) => url.pathname === path);
}

/** The data rows of a table found by its test id (antd marks each with data-row-key), once loaded. */
function rows(p: Page, testId: string) {
  return p.getByTestId(testId).locator('tr[data-row-key]');
}

// A monthly figure of foreign investment actually used (亿美元) for a month the demo has not reported.
const VALUE = { indicator: '实际利用外资', period: '2021-03', value: '4.37' };
let submissionId = '';
let annualAssessmentId = '';

export function registerFtzOfficeJourney(kit: FtzOfficeKit): void {
  const { step, expectText } = kit;

  step('the Liangjiang area officer submits a value on 指标填报 (待审核)', async (p) => {
    await switchTo(p, kit, kit.areaOfficer);
    await openFromMenu(p, '指标填报', '/indicators/submit');
    await p.getByRole('heading', { level: 1, name: '指标填报' }).waitFor({ state: 'visible' });
    const indicator = p.getByLabel('指标', { exact: true });
    await indicator.click();
    await indicator.fill(VALUE.indicator);
    await pickOption(p, `[title^="${VALUE.indicator}（"]`);
    await p.getByLabel('期间（YYYY-MM / YYYY-Qn / YYYY）', { exact: true }).fill(VALUE.period);
    await p.getByLabel('数值', { exact: true }).fill(VALUE.value);
    await p.getByRole('button', { name: '提交审核', exact: true }).click();
    const done = p.getByTestId('submission-done');
    await expectText(done, '待自贸办审核');
    const number = /已提交第 (\d+) 号，共 1 项/.exec((await done.textContent()) ?? '');
    assert.ok(number, `the outcome names the submission and its one value: ${await done.textContent()}`);
    submissionId = number[1]!;
    // Listed under 填报记录, for its own area, awaiting the FTZ Office.
    const listed = p.getByTestId('indicator-submissions').locator(`tr[data-row-key="${submissionId}"]`);
    await expectText(listed, '两江片区');
    await expectText(listed, '待审核');
  });

  step('the FTZ Office approves it on 指标审核; it moves to 已通过', async (p) => {
    assert.ok(submissionId, 'no submission was made by the step before');
    await switchTo(p, kit, kit.analyst);
    await openFromMenu(p, '指标审核', '/indicators/approvals');
    await p.getByRole('heading', { level: 1, name: '指标审核' }).waitFor({ state: 'visible' });
    const pending = p.getByTestId('indicator-submissions').locator(`tr[data-row-key="${submissionId}"]`);
    await expectText(pending, '两江片区');
    await expectText(pending, '待审核');
    await pending.getByRole('button', { name: '通过', exact: true }).click();
    const dialog = p.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    await settled(dialog);
    await dialog.getByLabel('审核意见（可选）', { exact: true }).fill('已与片区统计台账核对（e2e）');
    await dialog.getByRole('button', { name: '通过', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Decided, it leaves the pending queue and is listed under 已通过 with the Office's note.
    await pending.waitFor({ state: 'detached' });
    await p.locator('.ant-segmented-item', { hasText: '已通过' }).click();
    const approved = p.getByTestId('indicator-submissions').locator(`tr[data-row-key="${submissionId}"]`);
    await expectText(approved, '已通过');
    await expectText(approved, '已与片区统计台账核对（e2e）');
  });

  step('the indicator page draws the chart, and the approved value is in Liangjiang’s monthly series with its history', async (p) => {
    await p.goto(`${kit.baseUrl()}/indicators/FDI_USD`);
    await p.getByRole('heading', { level: 1, name: VALUE.indicator }).waitFor({ state: 'visible' });
    // The zone's series against the Plan's target T01 (over USD 8 billion a year): the chart and its light.
    await p.getByRole('img', { name: `${VALUE.indicator}：实绩、目标轨迹与预测` }).first().waitFor({ state: 'visible' });
    assert.ok((await p.locator('canvas').count()) > 0, 'ECharts drew the chart on a canvas');
    await p.getByLabel('范围', { exact: true }).click();
    await pickOption(p, '[title="两江片区"]');
    await p.getByLabel('期间', { exact: true }).click();
    await pickOption(p, '[title="月度"]');
    const point = p.locator(`tr[data-row-key="${VALUE.period}"]`);
    await expectText(point, VALUE.value);
    await point.getByRole('button', { name: `${VALUE.period} 的修订记录` }).click();
    const history = p.getByRole('dialog', { name: `${VALUE.period} 的修订记录` });
    await expectText(history, '审核通过');
    await expectText(history, '两江片区 陈敏');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'indicator-approved.png'), fullPage: true });
    await p.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });
  });

  step('the scorecard shows each area’s figure with its light', async (p) => {
    await openFromMenu(p, '指标计分卡', '/indicators/scorecard');
    await p.getByRole('heading', { level: 1, name: '指标计分卡' }).waitFor({ state: 'visible' });
    const fdi = p.getByTestId('indicator-scorecard').locator('tr[data-row-key="FDI_USD"]');
    await expectText(fdi, 'T01');
    await expectText(fdi, VALUE.indicator);
    // By default the newest year with approved values: 2021, where only the value just approved counts.
    await expectText(fdi, VALUE.value);
    // The demo's 2020 figures: Liangjiang 50.1 (亿美元), on track; the zone's share of the city slips below 85%.
    await p.getByLabel('期间', { exact: true }).fill('2020');
    await p.getByRole('button', { name: '查看', exact: true }).click();
    await expectText(fdi, '50.1');
    await expectText(fdi, '正常');
    await expectText(p.getByTestId('indicator-scorecard').locator('tr[data-row-key="FDI_SHARE_OF_CITY"]'), '预警');
  });

  step('the project pipeline lists the areas’ projects; one opens with its stage and timeline', async (p) => {
    await openFromMenu(p, '项目推进', '/projects');
    await p.getByRole('heading', { level: 1, name: '招商项目推进' }).waitFor({ state: 'visible' });
    await expectText(p.getByTestId('stalled-projects'), '示例：两江生物医药产业园');
    const row = rows(p, 'projects').filter({ hasText: '示例：两江集成电路封装测试基地' });
    await expectText(row, '两江片区');
    await expectText(row, '开工');
    await row.getByRole('link', { name: '示例：两江集成电路封装测试基地' }).click();
    await p.waitForURL((url) => /^\/projects\/\d+$/.test(url.pathname));
    await p.getByRole('heading', { level: 1, name: '示例：两江集成电路封装测试基地' }).waitFor({ state: 'visible' });
    await expectText(p.getByRole('main'), '新加坡晶芯封测有限公司');
    const timeline = p.getByTestId('stage-timeline');
    await expectText(timeline, '签约');
    await expectText(timeline, '开工');
  });

  step('用地优先排序 ranks the projects waiting for land per area with their scores', async (p) => {
    await openFromMenu(p, '用地优先排序', '/projects/land-priority');
    await p.getByRole('heading', { level: 1, name: '用地优先排序' }).waitFor({ state: 'visible' });
    const row = rows(p, 'land-priority').filter({ hasText: '示例：悦来工业机器人研发制造中心' });
    await expectText(row, '两江片区');
    assert.match((await row.textContent()) ?? '', /\d+ \/ \d+/, 'the row shows its score out of the maximum');
    assert.ok((await rows(p, 'land-priority').count()) >= 3, 'projects of several areas are ranked');
  });

  step('the 2025 annual assessment of Liangjiang opens with its score, grade and follow-up actions', async (p) => {
    await openFromMenu(p, '考核评估', '/assessments');
    await p.getByRole('heading', { level: 1, name: '考核评估' }).waitFor({ state: 'visible' });
    const annual = rows(p, 'assessments').filter({ hasText: '年度考核' }).filter({ hasText: '两江片区' }).filter({ hasText: '2025' });
    await expectText(annual, '已提交');
    // The FTZ Office also sees the third-party assessment it assigned.
    await expectText(rows(p, 'assessments').filter({ hasText: '第三方半年度评估' }), '吴迪');
    await annual.getByRole('link', { name: '年度考核' }).click();
    await p.waitForURL((url) => /^\/assessments\/\d+$/.test(url.pathname));
    annualAssessmentId = new URL(p.url()).pathname.split('/').pop() ?? '';
    await p.getByRole('heading', { level: 1, name: `考核评估 #${annualAssessmentId}` }).waitFor({ state: 'visible' });
    const total = p.locator('.ant-statistic').filter({ hasText: '加权总分' });
    await total.waitFor({ state: 'visible' });
    assert.match((await total.textContent()) ?? '', /\d+\.\d{2}/, 'the submitted assessment shows its weighted total');
    assert.doesNotMatch((await p.locator('.ant-statistic').filter({ hasText: '等级' }).textContent()) ?? '', /—/, 'and its grade');
    await expectText(p.getByRole('main'), '示例：制定闲置土地盘活计划');
  });

  step('the reform register lists the pilot tasks with their statuses; a replicated one opens', async (p) => {
    await openFromMenu(p, '改革试点任务', '/reform');
    await p.getByRole('heading', { level: 1, name: '改革试点任务' }).waitFor({ state: 'visible' });
    await expectText(rows(p, 'reform-tasks').filter({ hasText: '示例：保税展示交易新业态试点' }), '试点未成功（容错）');
    const railway = rows(p, 'reform-tasks').filter({ hasText: '示例：铁路提单' });
    await expectText(railway, '已复制推广');
    await railway.getByRole('link', { name: /^示例：铁路提单/ }).click();
    await p.waitForURL((url) => /^\/reform\/\d+$/.test(url.pathname));
    await expectText(p.getByRole('main'), '示例：铁路提单经验在全市复制推广（演示数据）');
  });

  step('the FTZ Office runs the risk rules: the zone’s falling share of the city’s foreign investment is warned', async (p) => {
    await openFromMenu(p, '风险预警', '/risk');
    await p.getByRole('heading', { level: 1, name: '风险预警' }).waitFor({ state: 'visible' });
    await p.getByTestId('risk-run').click();
    await expectText(p.getByTestId('risk-run-result'), '已运行');
    const warning = rows(p, 'risk-alerts').filter({ hasText: '自贸试验区实际利用外资占全市比重低于目标' });
    await expectText(warning, '2020');
    await expectText(warning, '关注');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'risk-warnings.png'), fullPage: true });
  });

  step('the third-party assessor sees only the assessment assigned to it, and may score it', async (p) => {
    await switchTo(p, kit, kit.assessor);
    const menu = p.getByRole('navigation', { name: '主导航' });
    assert.equal(await menu.getByRole('menuitem', { name: '项目推进' }).count(), 0, 'no project pipeline in the assessor’s menu');
    assert.equal(await menu.getByRole('menuitem', { name: '风险预警' }).count(), 0, 'no risk warnings in the assessor’s menu');
    await openFromMenu(p, '考核评估', '/assessments');
    const own = rows(p, 'assessments').filter({ hasText: '第三方半年度评估' });
    await expectText(own, '西永片区');
    await expectText(own, '2026-H1');
    assert.equal(await rows(p, 'assessments').count(), 1, 'the assessor lists its one assigned assessment only');
    await own.getByRole('link', { name: '第三方半年度评估' }).click();
    await p.waitForURL((url) => /^\/assessments\/\d+$/.test(url.pathname));
    await p.getByRole('button', { name: '评分', exact: true }).waitFor({ state: 'visible' });
    await expectText(p.getByRole('main'), '尚有');
  });

  step('the assessor is refused the Liangjiang assessment and the project pipeline', async (p) => {
    assert.ok(annualAssessmentId, 'the annual assessment was not found by an earlier step');
    await p.goto(`${kit.baseUrl()}/assessments/${annualAssessmentId}`);
    await p.getByRole('heading', { level: 1, name: `考核评估 #${annualAssessmentId}` }).waitFor({ state: 'visible' });
    await expectText(p.getByRole('alert').filter({ hasText: '错误代码' }), 'FORBIDDEN');
    assert.equal(await p.getByText('加权总分').count(), 0, 'nothing of the assessment is shown');
    await p.goto(`${kit.baseUrl()}/projects`);
    await p.getByRole('heading', { level: 1, name: '无权访问' }).waitFor({ state: 'visible' });
  });
}
