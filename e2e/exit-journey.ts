// Browser journey of an enterprise's life after establishment (issue 6, "people see it"), registered by e2e/run.ts
// after the establishment journey (it shares its server, browser page and signed-in state): the demo applicant
// registers a company through the one form, opens its page from 我的企业 (register facts, licence, history), files a
// change of the business scope (registered on the spot: licence version 2), then starts summary deregistration — a
// declaration left unticked is refused with its reason; with all of them the 20-day notice is published. A signed-out
// visitor finds the notice on 简易注销公告 and objects; the applicant's page then shows the notice as objected.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { endOfYearFromNow, pickOption, registerCompany, residentId, switchToApplicant, type Company, type EstablishmentKit } from './establishment-journey.ts';
import { settled } from './settled.ts';

/** What these steps borrow from e2e/run.ts. */
export type ExitKit = EstablishmentKit;

const COMPANY: Company = {
  name: '重庆帆影软件有限公司',
  address: '重庆市渝北区悦来街道悦来大道88号',
  founder: { name: '何帆影', id: residentId('19850412', 303) },
  supervisor: { name: '唐小雨', id: residentId('19900620', 404) },
  scopeItem: '软件开发',
  dueOn: endOfYearFromNow(3),
};
const ADDED_SCOPE_ITEM = '信息技术咨询服务';
const LAST_DECLARATION = '不存在未执行完毕的行政处罚';
const OBJECTOR = '重庆嘉陵材料有限公司';

let uscc = '';

/** Waits for the answer of `method path` (the path as a pattern) while `act` runs, and returns its status. */
async function answerOf(p: Page, method: string, path: RegExp, act: () => Promise<void>): Promise<number> {
  const answered = p.waitForResponse((r) => path.test(new URL(r.url()).pathname) && r.request().method() === method);
  await act();
  return (await answered).status();
}

export function registerExitJourney(kit: ExitKit): void {
  const { step, expectText } = kit;

  step('the applicant registers a company and opens its page from 我的企业: facts, licence version 1, history', async (p) => {
    await switchToApplicant(p, kit);
    uscc = await registerCompany(p, kit, COMPANY);
    await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '我的企业' }).click();
    await p.waitForURL((url) => url.pathname === '/enterprises');
    await p.getByRole('link', { name: COMPANY.name, exact: true }).click();
    await p.waitForURL((url) => url.pathname === `/enterprises/${uscc}`);
    await p.getByRole('heading', { level: 1, name: COMPANY.name }).waitFor({ state: 'visible' });
    await expectText(p.getByTestId('enterprise-uscc'), uscc);
    await expectText(p.getByTestId('enterprise-status'), '存续');
    await expectText(p.getByTestId('licence-version'), '第 1 版');
    assert.equal(await p.getByTestId('licence-download').getAttribute('href'), `/api/licences/${uscc}/pdf`, 'the licence PDF is linked');
    assert.equal(await p.getByTestId('licence-verify').getAttribute('href'), `/verify/licence/${uscc}/1`, 'the verification page is linked');
    await expectText(p.getByTestId('register-history'), '设立登记');
    await expectText(p.getByTestId('register-history'), `名称：${COMPANY.name}`);
  });

  step('a change of the business scope, filed from the pre-filled form, is registered: licence version 2', async (p) => {
    assert.ok(uscc, 'no company was registered by the step before');
    await p.getByRole('link', { name: /变更登记/ }).click();
    await p.waitForURL((url) => url.pathname === `/enterprises/${uscc}/changes/new`);
    await p.getByRole('heading', { level: 1, name: `变更登记 · ${COMPANY.name}` }).waitFor({ state: 'visible' });
    await p.getByRole('checkbox', { name: '经营范围', exact: true }).check();
    const scopeSection = p.getByRole('region', { name: '经营范围', exact: true });
    // The form starts from the particulars in force.
    await expectText(scopeSection.locator('.ant-select').first(), COMPANY.scopeItem);
    const scope = p.getByLabel('经营范围条目', { exact: true });
    await scope.click();
    await scope.fill('信息技术咨询');
    await pickOption(p, `[title="${ADDED_SCOPE_ITEM}"]`);
    await p.keyboard.press('Escape');
    await expectText(scopeSection.locator('.ant-select').first(), ADDED_SCOPE_ITEM);
    const status = await answerOf(p, 'POST', new RegExp(`^/api/enterprises/${uscc}/changes$`), () => p.locator('form#change button[type="submit"]').click());
    assert.equal(status, 201, 'the change is filed');
    await p.waitForURL((url) => url.pathname === `/enterprises/${uscc}`);
    await expectText(p.getByTestId('change-result'), '电子营业执照已换发为第 2 版');
    await expectText(p.getByTestId('licence-version'), '第 2 版');
    await expectText(p.getByTestId('register-history'), '变更登记');
    await expectText(p.getByTestId('register-history'), '换发电子营业执照第 2 版');
    await expectText(p.getByTestId('enterprise-changes'), '经营范围');
    await expectText(p.getByTestId('enterprise-changes'), '已登记');
  });

  step('summary deregistration: an unticked declaration is refused with its reason; with all, the 20-day notice runs', async (p) => {
    const card = p.getByTestId('enterprise-deregistration');
    await card.getByRole('button', { name: /简易注销/ }).click();
    const form = p.locator('form#summaryDeregistration');
    await form.waitFor({ state: 'visible' });
    await expectText(p.getByTestId('deregistration-statement'), '公示 20 日');
    await form.getByRole('region', { name: '全体投资人承诺' }).getByRole('checkbox', { name: new RegExp(`^${COMPANY.founder.name}`) }).check();
    const declarations = form.getByRole('region', { name: '企业承诺' }).getByRole('checkbox');
    assert.equal(await declarations.count(), 10, 'the ten declarations are listed');
    for (let i = 0; i < 10; i += 1) {
      const box = declarations.nth(i);
      if (((await box.locator('xpath=ancestor::label').textContent()) ?? '').includes(LAST_DECLARATION)) continue;
      await box.check();
    }
    const path = new RegExp(`^/api/enterprises/${uscc}/summary-deregistration$`);
    const submit = () => form.locator('button[type="submit"]').click();
    assert.equal(await answerOf(p, 'POST', path, submit), 422, 'a declaration not given refuses the summary route');
    await expectText(p.getByTestId('deregistration-reasons'), LAST_DECLARATION);
    await form.getByRole('checkbox', { name: LAST_DECLARATION }).check();
    assert.equal(await answerOf(p, 'POST', path, submit), 201, 'with every declaration the notice is published');
    await expectText(card.getByTestId('deregistration-started'), '简易注销公告已发布');
    const notice = card.getByTestId('notice');
    await expectText(notice.getByTestId('notice-state'), '公示中');
    await expectText(notice.getByTestId('notice-period'), '（20 日）');
    await expectText(notice, COMPANY.founder.name);
  });

  step('a signed-out visitor finds the notice on 简易注销公告 and objects to it', async (p) => {
    await kit.signOut(p);
    await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '简易注销公告' }).click();
    await p.waitForURL((url) => url.pathname === '/deregistration-notices');
    const notice = p.getByRole('region', { name: COMPANY.name, exact: true });
    await expectText(notice, uscc);
    await expectText(notice, COMPANY.founder.name);
    await expectText(notice.getByTestId('notice-state'), '公示中');
    await notice.getByRole('button', { name: /提出异议/ }).click();
    const form = notice.locator('form');
    await form.waitFor({ state: 'visible' });
    await settled(notice);
    await form.getByLabel('异议人（单位或个人名称）', { exact: true }).fill(OBJECTOR);
    await form.getByRole('radio', { name: '债权人', exact: true }).check();
    await form.getByLabel('联系方式', { exact: true }).fill('023-68001234');
    await form.getByLabel('异议理由', { exact: true }).fill('该企业尚欠我公司货款 12 万元未清偿。');
    const status = await answerOf(p, 'POST', /^\/api\/public\/deregistration-notices\/\d+\/objections$/, () => form.locator('button[type="submit"]').click());
    assert.equal(status, 201, 'the objection is recorded');
    await expectText(notice.getByTestId('objection-result'), '异议已登记');
    await expectText(notice.getByTestId('notice-state'), '已有异议');
    await expectText(notice, OBJECTOR);
  });

  step('the applicant’s enterprise page shows the notice as objected: ordinary deregistration', async (p) => {
    await kit.signIn(p, kit.applicant);
    await p.goto(`${kit.baseUrl()}/enterprises/${uscc}`);
    const notice = p.getByTestId('enterprise-deregistration').getByTestId('notice');
    await expectText(notice.getByTestId('notice-state'), '已有异议');
    await expectText(notice.getByTestId('notice-explain'), '一般注销程序');
    await expectText(notice, OBJECTOR);
    assert.equal(await p.getByRole('button', { name: '申请注销' }).count(), 0, 'an objected notice cannot be applied on');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'enterprise-objected.png'), fullPage: true });
  });
}
