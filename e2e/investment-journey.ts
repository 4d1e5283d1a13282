// Browser journey of investment cases, registered by e2e/run.ts after its own steps (it shares its server, browser
// page and signed-in state): the demo applicant files a foreign-funded project in a field the negative list does not
// restrict and gets a recordation receipt number at once, then files one with a declared security-review field and a
// sensitivity dimension picked from the vocabularies; the FTZ Office's analyst finds it on the security-review list.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { JourneyKit } from './commitment-journey.ts';
import { settled } from './settled.ts';

type Account = { username: string; password: string };

/** What these steps borrow from e2e/run.ts. */
export type InvestmentKit = Pick<JourneyKit, 'step' | 'baseUrl' | 'signIn' | 'signOut' | 'expectText' | 'artifactsDir' | 'applicant'> & { analyst: Account };

/** Signs in as `account`, ending whatever session is open first. */
async function switchTo(p: Page, kit: InvestmentKit, account: Account): Promise<void> {
  await p.goto(`${kit.baseUrl()}/`);
  const userMenu = p.getByRole('button', { name: /^用户菜单/ });
  const signInLink = p.getByRole('link', { name: '登录', exact: true }).first();
  await userMenu.or(signInLink).first().waitFor({ state: 'visible' });
  if (await userMenu.isVisible()) await kit.signOut(p);
  await kit.signIn(p, account);
}

/** Picks an option of an open antd select (by a CSS attribute selector on its title) once it has slid in. */
async function pickOption(p: Page, titleSelector: string): Promise<void> {
  const option = p.locator(`.ant-select-item-option${titleSelector}`).first();
  await option.waitFor({ state: 'visible' });
  await settled(p.locator('.ant-select-dropdown').filter({ has: option }));
  await option.click();
}

const FLAGGED_NAME = '两江自动驾驶零部件合资项目（e2e）';

export function registerInvestmentJourney(kit: InvestmentKit): void {
  const { step, expectText } = kit;

  step('the applicant files a foreign-funded software project (6513, 30%) and gets a receipt number at once', async (p) => {
    await switchTo(p, kit, kit.applicant);
    await p.goto(`${kit.baseUrl()}/investment`);
    await p.getByRole('heading', { level: 1, name: '投资项目' }).waitFor({ state: 'visible' });
    await p.getByRole('button', { name: /外商投资项目$/ }).click();
    await p.waitForURL((url) => url.pathname === '/investment/projects/new');
    await p.getByRole('heading', { level: 1, name: '外商投资项目备案或核准' }).waitFor({ state: 'visible' });
    await p.getByLabel('项目名称', { exact: true }).fill('两江智能软件研发中心（e2e）');
    await p.getByLabel('所在片区', { exact: true }).click();
    await pickOption(p, '[title="两江片区"]');
    const industries = p.getByLabel('所涉行业', { exact: true });
    await industries.click();
    await industries.fill('6513');
    await pickOption(p, '[title^="6513 "]');
    await p.keyboard.press('Escape'); // close the industry suggestions
    await p.getByLabel('总投资（元）', { exact: true }).fill('80000000');
    await p.getByLabel('外资股比（%）', { exact: true }).fill('30');
    await p.getByRole('button', { name: '提交', exact: true }).click();
    const receipt = p.getByTestId('investment-receipt');
    await expectText(receipt, '渝自贸外备〔');
    assert.match((await receipt.textContent()) ?? '', /^渝自贸外备〔\d{4}〕\d{6}$/, 'the receipt number has the form 渝自贸外备〔YYYY〕NNNNNN');
    await p.locator('[data-testid="investment-procedure"][data-procedure="recordation"]').waitFor({ state: 'visible' });
    await expectText(p.getByTestId('investment-reasons'), '法律依据');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'investment-recordation.png'), fullPage: true });
  });

  step('the applicant files a project with a declared security-review field and a sensitivity dimension from the pickers', async (p) => {
    await p.goto(`${kit.baseUrl()}/investment/projects/new`);
    await p.getByRole('heading', { level: 1, name: '外商投资项目备案或核准' }).waitFor({ state: 'visible' });
    await p.getByLabel('项目名称', { exact: true }).fill(FLAGGED_NAME);
    await p.getByLabel('所在片区', { exact: true }).click();
    await pickOption(p, '[title="两江片区"]');
    const industries = p.getByLabel('所涉行业', { exact: true });
    await industries.click();
    await industries.fill('3670');
    await pickOption(p, '[title^="3670 "]');
    await p.keyboard.press('Escape');
    await p.getByLabel('总投资（元）', { exact: true }).fill('30000000');
    await p.getByLabel('外资股比（%）', { exact: true }).fill('60');
    // The choices come from GET /api/investment/vocabularies, named in Chinese.
    const fields = p.getByLabel('安全审查领域（经办人认定）', { exact: true });
    await fields.click();
    await fields.fill('关键技术'); // the list is longer than the dropdown shows
    await pickOption(p, '[title="关键技术"]');
    await p.keyboard.press('Escape');
    await p.getByRole('checkbox', { name: '敏感技术', exact: true }).check();
    await p.getByLabel('敏感技术：理由（选填）', { exact: true }).fill('自动驾驶感知算法');
    await p.getByRole('button', { name: '提交', exact: true }).click();
    const review = p.getByTestId('investment-security-review');
    await expectText(review, '需申报安全审查');
    await expectText(review, '自动驾驶感知算法');
  });

  step('the analyst opens the security-review list', async (p) => {
    await switchTo(p, kit, kit.analyst);
    await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '安全审查' }).click();
    await p.waitForURL((url) => url.pathname === '/investment/security-review');
    await p.getByRole('heading', { level: 1, name: '国家安全审查' }).waitFor({ state: 'visible' });
    await p.getByTestId('security-review-list').waitFor({ state: 'visible' });
    await p.locator('[data-testid="security-review-list"] .ant-spin-spinning').waitFor({ state: 'detached' });
    await p.getByTestId('security-review-list').getByRole('link', { name: FLAGGED_NAME, exact: true }).waitFor({ state: 'visible' });
  });
}
