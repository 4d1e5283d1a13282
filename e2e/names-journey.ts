// Browser journey of enterprise-name self-declaration (名称自主申报, 企业名称登记管理规定 Art. 16), registered by
// e2e/run.ts after its own steps (it shares its server, browser page and signed-in state): the demo applicant checks
// a name that sounds like one of the demo register (available, the similar name shown as advice only), commits and
// reserves it, finds it under 我的名称 and releases it; the registered name itself is a conflict for a visitor.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { JourneyKit } from './commitment-journey.ts';
import { settled } from './settled.ts';

/** What these steps borrow from e2e/run.ts. */
export type NamesKit = Pick<JourneyKit, 'step' | 'baseUrl' | 'signIn' | 'signOut' | 'expectText' | 'artifactsDir' | 'applicant'>;

/** A name of the demo register (src/server/seed/demo-data.ts). */
const REGISTERED = '重庆悦来智能装备有限公司';
/** The same pronunciation (yuelai), another trade name: available, with REGISTERED as a similar name. */
const PROPOSED = '重庆悦莱智能装备有限公司';

/** Ends the session when one is open. */
async function ensureSignedOut(p: Page, kit: NamesKit): Promise<void> {
  await p.goto(`${kit.baseUrl()}/`);
  const userMenu = p.getByRole('button', { name: /^用户菜单/ });
  const signInLink = p.getByRole('link', { name: '登录', exact: true }).first();
  await userMenu.or(signInLink).first().waitFor({ state: 'visible' });
  if (await userMenu.isVisible()) await kit.signOut(p);
}

/** Opens the public name page from the navigation. */
async function openNamePage(p: Page): Promise<void> {
  await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '企业名称自主申报' }).click();
  await p.waitForURL((url) => url.pathname === '/names');
  await p.getByRole('heading', { level: 1, name: '企业名称自主申报' }).waitFor({ state: 'visible' });
}

/** Checks a name and waits for its verdict. */
async function checkName(p: Page, name: string, verdict: 'available' | 'conflict' | 'rejected'): Promise<void> {
  await p.getByLabel('企业名称', { exact: true }).fill(name);
  // The submit button by its form (its accessible name gains "loading" while a check runs), and the answer awaited.
  const answered = p.waitForResponse((r) => r.url().endsWith('/api/names/check') && r.request().method() === 'POST');
  await p.locator('form#name-check button[type="submit"]').click();
  const response = await answered;
  assert.equal(response.status(), 200, `the check of ${name} is answered`);
  await p.locator(`[data-testid="name-verdict"][data-verdict="${verdict}"]`).waitFor({ state: 'visible' });
}

export function registerNamesJourney(kit: NamesKit): void {
  const { step, expectText } = kit;

  step(`the applicant checks ${PROPOSED}: available, ${REGISTERED} shown as a similar name (advisory)`, async (p) => {
    await ensureSignedOut(p, kit);
    await kit.signIn(p, kit.applicant);
    await openNamePage(p);
    await checkName(p, PROPOSED, 'available');
    await expectText(p.getByTestId('name-verdict'), '可以自主申报');
    await expectText(p.getByTestId('name-reasons'), '法律依据');
    await expectText(p.getByTestId('name-trade-name'), '悦莱');
    await expectText(p.getByTestId('name-parsed'), '智能装备');
    const similar = p.getByTestId('name-similar').locator('tr').filter({ hasText: REGISTERED });
    await expectText(similar, '字号读音相同');
    await expectText(p.getByTestId('name-similar-note'), '仅作提示');
    assert.equal(await p.getByTestId('name-conflicts').count(), 0, 'an available name has no conflicts');
  });

  step('the commitment must be ticked; then the name is declared and reserved for two months', async (p) => {
    const reserveForm = p.locator('form#name-reserve');
    await reserveForm.waitFor({ state: 'visible' });
    await expectText(p.getByTestId('name-reserve-name'), PROPOSED);
    // Without the commitment the form refuses before anything is sent.
    await reserveForm.locator('button[type="submit"]').click();
    await expectText(reserveForm, '请阅读并勾选承诺');
    await p.getByRole('checkbox', { name: /本人承诺/ }).check();
    const answered = p.waitForResponse((r) => r.url().endsWith('/api/names/reservations') && r.request().method() === 'POST');
    await reserveForm.locator('button[type="submit"]').click();
    assert.equal((await answered).status(), 201, 'the reservation is created');
    const reserved = p.getByTestId('name-reserved');
    await expectText(reserved, `已保留“${PROPOSED}”`);
    assert.match((await reserved.textContent()) ?? '', /保留至 \d{4}-\d{2}-\d{2}/, 'the reservation shows the day it is kept until');
    assert.equal(await reserveForm.count(), 0, 'a reserved name is not offered again');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'name-reserved.png'), fullPage: true });
  });

  step('我的名称 lists it as reserved; releasing it (confirmed) marks it released', async (p) => {
    await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '我的名称' }).click();
    await p.waitForURL((url) => url.pathname === '/names/mine');
    await p.getByRole('heading', { level: 1, name: '我的名称' }).waitFor({ state: 'visible' });
    const row = p.getByTestId('my-names').locator('tr[data-row-key]').filter({ hasText: PROPOSED });
    await expectText(row, '保留中');
    assert.match((await row.textContent()) ?? '', /\d{4}-\d{2}-\d{2}.*\d{4}-\d{2}-\d{2}/, 'the row shows the declaration day and the day kept until');
    await row.getByRole('button', { name: `放弃保留 ${PROPOSED}` }).click();
    const confirm = p.locator('.ant-popconfirm').filter({ hasText: PROPOSED });
    await confirm.waitFor({ state: 'visible' });
    await settled(confirm);
    const released = p.waitForResponse((r) => /\/api\/names\/reservations\/\d+\/release$/.test(r.url()) && r.request().method() === 'POST');
    await confirm.getByRole('button', { name: '放弃', exact: true }).click();
    assert.equal((await released).status(), 200, 'the reservation is released');
    await expectText(row, '已放弃');
    await row.getByRole('button', { name: `放弃保留 ${PROPOSED}` }).waitFor({ state: 'detached' });
  });

  step(`a visitor: ${REGISTERED} conflicts with the register; the released ${PROPOSED} is available again`, async (p) => {
    await ensureSignedOut(p, kit);
    await openNamePage(p);
    await checkName(p, REGISTERED, 'conflict');
    await expectText(p.getByTestId('name-verdict'), '不能申报');
    await expectText(p.getByTestId('name-reasons'), 'NAME-10');
    await expectText(p.getByTestId('name-conflicts').locator('tr').filter({ hasText: REGISTERED }), '已登记');
    assert.equal(await p.locator('form#name-reserve').count(), 0, 'a conflicting name cannot be declared');
    await checkName(p, PROPOSED, 'available');
    await expectText(p.getByTestId('name-reserve-sign-in'), '登录后申报并保留');
  });
}
