// Browser journeys of notification-commitment (告知承诺制) and of filing at the counter (一窗受理), registered by
// e2e/run.ts after its own steps (they share its server, browser page and signed-in state).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { settled } from './settled.ts';

type Account = { username: string; password: string };

/** What e2e/run.ts lends these steps. */
export type JourneyKit = {
  step: (name: string, body: (p: Page) => Promise<void>) => void;
  /** The zimao under test (known only once the server has started). */
  baseUrl: () => string;
  signIn: (p: Page, account: Account) => Promise<void>;
  signOut: (p: Page) => Promise<void>;
  expectText: (target: Locator, expected: string) => Promise<void>;
  artifactsDir: string;
  stepTimeoutMs: number;
  applicant: Account;
  window: Account;
  /** The demo applicant's own enterprise (a valid credit code). */
  applicantUscc: string;
};

const INSPECTOR: Account = { username: 'inspector', password: 'zimao-demo-2026' };

/** Takes one action from the file page's action panel; `fill` fills its dialog before it is confirmed. */
async function takeAction(p: Page, action: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
  await p.getByTestId('action-panel').getByRole('button', { name: action, exact: true }).click();
  const dialog = p.getByRole('dialog');
  await dialog.waitFor({ state: 'visible' });
  await settled(dialog);
  await fill?.(dialog);
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Picks an option of an open antd select once its dropdown has finished sliding in. */
async function pickOption(p: Page, title: string): Promise<void> {
  // antd renders each option twice (a hidden one for screen readers); the visible one carries the title.
  const option = p.locator(`.ant-select-item-option[title="${title}"]`);
  await option.waitFor({ state: 'visible' });
  await settled(p.locator('.ant-select-dropdown').filter({ has: option }));
  await option.click();
}

/** Fills the fields a single permit and a permit under notification-commitment share. */
async function fillPermitForm(p: Page, uscc: string, description: string): Promise<void> {
  await p.getByLabel('许可事项名称', { exact: true }).fill('食品经营许可');
  await p.getByLabel('申请企业统一社会信用代码', { exact: true }).fill(uscc);
  await p.keyboard.press('Escape'); // close the enterprise suggestions
  await p.getByLabel('所在片区', { exact: true }).click();
  await pickOption(p, '两江片区');
  await p.getByLabel('申请内容（经营或活动范围）', { exact: true }).fill(description);
}

function fileIdOf(p: Page): string {
  return new URL(p.url()).pathname.split('/').pop() ?? '';
}

export function registerCommitmentJourney(kit: JourneyKit): void {
  const { step, expectText } = kit;
  const toFile = (p: Page) => p.waitForURL((url) => /^\/files\/\d+$/.test(url.pathname), { timeout: kit.stepTimeoutMs });

  // 告知承诺制: the applicant commits in writing after reading the authority's notice; the window officer accepts,
  // approves and issues on the spot; the inspector verifies the commitment after the certificate.
  let commitmentFileId = '';

  step('the applicant files a permit under notification-commitment, having read the notice', async (p) => {
    await kit.signOut(p);
    await kit.signIn(p, kit.applicant);
    await p.goto(`${kit.baseUrl()}/files/new`);
    await p.getByRole('radio', { name: '告知承诺制许可' }).check();
    await expectText(p.getByTestId('commitment-notice'), '本事项实行告知承诺制');
    await expectText(p.getByTestId('commitment-notice'), '颁证后 40 个工作日内');
    await fillPermitForm(p, kit.applicantUscc, '预包装食品销售（告知承诺，e2e）');
    await p.getByLabel('承诺内容', { exact: true }).fill('本企业承诺已符合食品经营许可的全部条件和标准，承诺不实愿承担法律责任。');
    await p.getByLabel('承诺人（姓名及职务）', { exact: true }).fill('孙浩（法定代表人）');
    // Not without confirming that the notice was read (TC-01).
    await p.getByRole('button', { name: '提交申请', exact: true }).click();
    await p.getByText('请确认已阅读告知书', { exact: true }).waitFor({ state: 'visible' });
    await p.getByRole('checkbox', { name: '我已阅读并理解上述告知书' }).check();
    await p.getByRole('button', { name: '提交申请', exact: true }).click();
    await toFile(p);
    commitmentFileId = fileIdOf(p);
    await expectText(p.getByTestId('file-status'), '已提交');
    await expectText(p.getByTestId('commitment-verification-due'), '颁证后开始计算');
  });

  step('the window officer accepts, approves and issues it on the spot (承诺核查中)', async (p) => {
    assert.ok(commitmentFileId, 'no commitment file was created by the step before');
    await kit.signOut(p);
    await kit.signIn(p, kit.window);
    await p.goto(`${kit.baseUrl()}/files/${commitmentFileId}`);
    await expectText(p.getByTestId('file-status'), '已提交');
    await takeAction(p, '受理');
    await expectText(p.getByTestId('file-status'), '审查中');
    await takeAction(p, '准予');
    await expectText(p.getByTestId('file-status'), '已准予');
    await takeAction(p, '颁发证照');
    await expectText(p.getByTestId('file-status'), '承诺核查中');
    const due = p.getByTestId('commitment-verification-due');
    await expectText(due, '-');
    assert.match((await due.textContent()) ?? '', /^\d{4}-\d{2}-\d{2}$/, 'the issued file shows the day its commitment must be verified by');
  });

  step('the inspector finds it among the commitments to verify and confirms it (已发证, 已办结)', async (p) => {
    assert.ok(commitmentFileId, 'no commitment file was created by the steps before');
    await kit.signOut(p);
    await kit.signIn(p, INSPECTOR);
    // The navigation offers the inspector its workqueue.
    await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: /办件$/ }).first().click();
    await p.getByRole('heading', { level: 1, name: '承诺核查' }).waitFor({ state: 'visible' });
    await p.getByRole('tab', { name: /待核查承诺/, selected: true }).waitFor({ state: 'visible' });
    await p.getByRole('link', { name: commitmentFileId, exact: true }).click();
    await p.waitForURL((url) => url.pathname === `/files/${commitmentFileId}`, { timeout: kit.stepTimeoutMs });
    await expectText(p.getByTestId('file-status'), '承诺核查中');
    await expectText(p.getByTestId('commitment-verification'), '尚未核查');
    await takeAction(p, '承诺核查', async (dialog) => {
      await dialog.getByRole('radio', { name: '承诺属实' }).check();
      await dialog.getByLabel('核查情况', { exact: true }).fill('现场核查：经营场所、设施与承诺一致（e2e）');
    });
    await expectText(p.getByTestId('file-status'), '已发证');
    await expectText(p.getByTestId('commitment-verification'), '承诺属实');
    await expectText(p.getByTestId('commitment-closed'), '已办结');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'file-commitment-verified.png'), fullPage: true });
    await p.goto(`${kit.baseUrl()}/files?queue=closed`);
    await p.getByRole('tab', { name: /已办结/, selected: true }).waitFor({ state: 'visible' });
    await p.getByRole('link', { name: commitmentFileId, exact: true }).waitFor({ state: 'visible' });
  });

  // 一窗受理: the window officer files at the counter for the demo applicant, who then finds the file as its own.
  let counterFileId = '';

  step('the window officer files a single permit at the counter for the demo applicant', async (p) => {
    await kit.signOut(p);
    await kit.signIn(p, kit.window);
    await p.goto(`${kit.baseUrl()}/files`);
    await p.getByRole('button', { name: /窗口代办申请$/ }).click();
    await p.getByRole('heading', { level: 1, name: '窗口代办申请' }).waitFor({ state: 'visible' });
    await p.getByRole('radio', { name: '单部门许可' }).check();
    await fillPermitForm(p, kit.applicantUscc, '预包装食品销售（窗口代办，e2e）');
    // Without an applicant the counter form is not sent.
    await p.getByRole('button', { name: '提交申请', exact: true }).click();
    await p.getByText('请填写此项', { exact: true }).first().waitFor({ state: 'visible' });
    assert.equal(new URL(p.url()).pathname, '/files/new', 'no file is opened without an applicant');
    const picker = p.getByLabel('申请人账号', { exact: true });
    await picker.click();
    await picker.fill('孙浩');
    await pickOption(p, '申请人 孙浩 Applicant (applicant)');
    await p.getByRole('button', { name: '提交申请', exact: true }).click();
    await toFile(p);
    counterFileId = fileIdOf(p);
    await expectText(p.getByTestId('file-status'), '已提交');
    await expectText(p.getByTestId('file-applicant'), '孙浩');
  });

  step('the applicant sees the counter-filed file under 我的办件', async (p) => {
    assert.ok(counterFileId, 'no file was filed at the counter by the step before');
    await kit.signOut(p);
    await kit.signIn(p, kit.applicant);
    await p.goto(`${kit.baseUrl()}/files`);
    await p.getByRole('heading', { level: 1, name: '我的办件' }).waitFor({ state: 'visible' });
    await p.getByRole('link', { name: counterFileId, exact: true }).click();
    await p.waitForURL((url) => url.pathname === `/files/${counterFileId}`, { timeout: kit.stepTimeoutMs });
    await expectText(p.getByTestId('file-applicant'), '孙浩');
  });
}
