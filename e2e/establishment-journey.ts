// Browser journey of one-form establishment (一表申请, 多证合一、一照一码; issue 6), registered by e2e/run.ts after its
// own steps (it shares its server, browser page and signed-in state): the demo applicant fills the one form for a new
// software company; a contribution due later than five years is refused (422) with the finding shown and put on the
// investor's due-date field; corrected, the form is registered on the spot, the application page shows 已登记 with a
// credit code, and the electronic business licence downloads as a PDF.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { JourneyKit } from './commitment-journey.ts';
import { settled } from './settled.ts';

/** What these steps borrow from e2e/run.ts. */
export type EstablishmentKit = Pick<JourneyKit, 'step' | 'baseUrl' | 'signIn' | 'signOut' | 'expectText' | 'artifactsDir' | 'applicant'>;

const NAME = '重庆星桥软件有限公司';
const ADDRESS = '重庆市渝北区悦来街道悦来大道66号';
const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** A citizen identity number that passes GB 11643-1999: 17 digits (region, birth day, sequence) and the check char. */
export function residentId(birth: string, sequence: number): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `500112${birth}${String(sequence).padStart(3, '0')}`;
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

/** The day `years` from today in Shanghai (YYYY-MM-DD), 12-31 of that year: safely inside or outside five years. */
export function endOfYearFromNow(years: number): string {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  return `${year + years}-12-31`;
}

type Person = { name: string; id: string };

/** A company as the one form takes it: one founder (investor, director, legal representative), one supervisor. */
export type Company = { name: string; address: string; founder: Person; supervisor: Person; scopeItem: string; dueOn: string };

const FOUNDER = { name: '林星桥', id: residentId('19880716', 101) };
const SUPERVISOR = { name: '周晓岚', id: residentId('19920305', 202) };

/** Signs in as the applicant, ending whatever session is open first. */
export async function switchToApplicant(p: Page, kit: EstablishmentKit): Promise<void> {
  await p.goto(`${kit.baseUrl()}/`);
  const userMenu = p.getByRole('button', { name: /^用户菜单/ });
  const signInLink = p.getByRole('link', { name: '登录', exact: true }).first();
  await userMenu.or(signInLink).first().waitFor({ state: 'visible' });
  if (await userMenu.isVisible()) await kit.signOut(p);
  await kit.signIn(p, kit.applicant);
}

/** Picks an option of an open antd select (by a CSS attribute selector on its title) once it has slid in. */
export async function pickOption(p: Page, titleSelector: string): Promise<void> {
  const option = p.locator(`.ant-select-item-option${titleSelector}`).first();
  await option.waitFor({ state: 'visible' });
  await settled(p.locator('.ant-select-dropdown').filter({ has: option }));
  await option.click();
}

/** Submits the one form through its submit button and returns the answer's status. */
export async function submitForm(p: Page): Promise<number> {
  const answered = p.waitForResponse((r) => new URL(r.url()).pathname === '/api/establishments' && r.request().method() === 'POST');
  await p.locator('form#establishment button[type="submit"]').click();
  return (await answered).status();
}

/** Fills the open one form (/establishments/new) for `company`, checking what the form works out on the way. */
export async function fillOneForm(p: Page, kit: EstablishmentKit, company: Company): Promise<void> {
  const { expectText } = kit;
  await p.getByLabel('企业名称', { exact: true }).fill(company.name);
  await p.getByLabel('注册资本（元）', { exact: true }).fill('1000000');

  const investor = p.getByRole('group', { name: '股东 1' });
  await investor.getByLabel('姓名或名称', { exact: true }).fill(company.founder.name);
  await investor.getByLabel('证件号码', { exact: true }).fill(company.founder.id);
  await investor.getByLabel('认缴出资额（元）', { exact: true }).fill('1000000');
  await investor.getByLabel('出资期限', { exact: true }).fill(company.dueOn);
  await expectText(p.getByTestId('capital-sum'), '股东认缴出资合计 1,000,000 元');

  const director = p.getByRole('group', { name: '董事 1' });
  await director.getByLabel('姓名', { exact: true }).fill(company.founder.name);
  await director.getByLabel('证件号码', { exact: true }).fill(company.founder.id);
  await p.getByRole('button', { name: '添加监事' }).click();
  const supervisor = p.getByRole('group', { name: '监事 1' });
  await supervisor.getByLabel('姓名', { exact: true }).fill(company.supervisor.name);
  await supervisor.getByLabel('证件号码', { exact: true }).fill(company.supervisor.id);

  const representative = p.getByRole('region', { name: '法定代表人' });
  await representative.getByRole('button', { name: '同第一位董事' }).click();
  assert.equal(await representative.getByLabel('姓名', { exact: true }).inputValue(), company.founder.name, 'the legal representative is copied from the first director');

  const scope = p.getByLabel('经营范围条目', { exact: true });
  await scope.click();
  await scope.fill(company.scopeItem);
  await pickOption(p, `[title="${company.scopeItem}"]`);
  await p.keyboard.press('Escape');
  // The main item follows the first item chosen.
  await expectText(p.getByRole('region', { name: '经营范围' }).locator('.ant-select').nth(1), company.scopeItem);

  await p.getByLabel('住所（经营场所）', { exact: true }).fill(company.address);
  await p.getByRole('checkbox', { name: '我已阅读并作出上述住所申报承诺' }).check();
  await p.getByLabel('联系人姓名', { exact: true }).fill(company.founder.name);
  await p.getByLabel('联系电话', { exact: true }).fill('023-67001234');
  assert.equal(await p.getByRole('region', { name: '外国投资者声明' }).count(), 0, 'no foreign-control questions without a foreign investor');
}

/**
 * Registers `company` for the signed-in applicant through the one form (on the spot) and returns its credit code;
 * the browser is left on the application page.
 */
export async function registerCompany(p: Page, kit: EstablishmentKit, company: Company): Promise<string> {
  await p.goto(`${kit.baseUrl()}/establishments/new`);
  await p.getByRole('heading', { level: 1, name: '企业开办一表申请' }).waitFor({ state: 'visible' });
  await fillOneForm(p, kit, company);
  assert.equal(await submitForm(p), 201, `${company.name} is filed`);
  await p.waitForURL((url) => /^\/establishments\/\d+$/.test(url.pathname));
  await kit.expectText(p.getByTestId('establishment-status'), '已登记');
  const uscc = (await p.getByTestId('establishment-uscc').textContent())?.trim() ?? '';
  assert.match(uscc, USCC, 'the application shows its Unified Social Credit Code');
  return uscc;
}

let applicationPath = '';

export function registerEstablishmentJourney(kit: EstablishmentKit): void {
  const { step, expectText } = kit;

  step('the applicant opens the one form from 企业开办 and fills it (a contribution due in eight years)', async (p) => {
    await switchToApplicant(p, kit);
    await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '企业开办' }).click();
    await p.waitForURL((url) => url.pathname === '/establishments');
    await p.getByRole('heading', { level: 1, name: '我的开办申请' }).waitFor({ state: 'visible' });
    await p.getByRole('button', { name: '一表申请开办企业' }).click();
    await p.waitForURL((url) => url.pathname === '/establishments/new');
    await p.getByRole('heading', { level: 1, name: '企业开办一表申请' }).waitFor({ state: 'visible' });

    await fillOneForm(p, kit, { name: NAME, address: ADDRESS, founder: FOUNDER, supervisor: SUPERVISOR, scopeItem: '软件开发', dueOn: endOfYearFromNow(8) });
  });

  step('formal review refuses it (422): CAP-02 shown with its legal basis and on the investor’s due date', async (p) => {
    assert.equal(await submitForm(p), 422, 'a contribution due in eight years is refused');
    const findings = p.getByTestId('establishment-findings');
    await expectText(findings, 'CAP-02');
    await expectText(findings.locator('[data-severity="block"]'), '超过公司成立之日起五年');
    await expectText(findings, '《中华人民共和国公司法》');
    const dueOn = p.getByRole('group', { name: '股东 1' }).locator('.ant-form-item').filter({ has: p.getByLabel('出资期限', { exact: true }) });
    await expectText(dueOn.locator('.ant-form-item-explain-error'), '超过公司成立之日起五年');
    assert.equal(new URL(p.url()).pathname, '/establishments/new', 'a refused form stays on the form');
  });

  step('corrected, the form is registered on the spot: 已登记 with a credit code', async (p) => {
    await p.getByRole('group', { name: '股东 1' }).getByLabel('出资期限', { exact: true }).fill(endOfYearFromNow(3));
    assert.equal(await submitForm(p), 201, 'the corrected form is filed');
    await p.waitForURL((url) => /^\/establishments\/\d+$/.test(url.pathname));
    applicationPath = new URL(p.url()).pathname;
    await expectText(p.getByTestId('establishment-status'), '已登记');
    await expectText(p.getByTestId('establishment-route'), '当场登记');
    const uscc = (await p.getByTestId('establishment-uscc').textContent())?.trim() ?? '';
    assert.match(uscc, USCC, 'the application shows its Unified Social Credit Code');
    await expectText(p.getByTestId('establishment-domicile'), '渝北区');
    await expectText(p.getByTestId('establishment-follow-ups'), '公章刻制备案');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'establishment-registered.png'), fullPage: true });
  });

  step('the electronic business licence downloads as a PDF; the verification page is linked', async (p) => {
    assert.ok(applicationPath, 'no application was registered by the step before');
    const uscc = (await p.getByTestId('establishment-uscc').textContent())?.trim() ?? '';
    const button = p.getByRole('link', { name: /下载电子营业执照/ });
    const href = await button.getAttribute('href');
    assert.equal(href, `/api/licences/${uscc}/pdf`, 'the button links the licence PDF');
    const downloaded = p.waitForEvent('download');
    await button.click();
    const download = await downloaded;
    assert.match(download.suggestedFilename(), new RegExp(`^business-licence-${uscc}-v1\\.pdf$`), 'the licence is saved as a PDF');
    const response = await p.request.get(`${kit.baseUrl()}${href}`);
    assert.equal(response.status(), 200, 'the licence PDF is served');
    assert.match(response.headers()['content-type'] ?? '', /^application\/pdf/, 'the licence is application/pdf');
    assert.equal((await response.body()).subarray(0, 5).toString('latin1'), '%PDF-', 'the body is a PDF');
    assert.equal(await p.getByTestId('licence-verify').getAttribute('href'), `/verify/licence/${uscc}/1`, 'the verification page of version 1 is linked');
  });

  step('我的开办申请 lists the registered company with its credit code', async (p) => {
    await p.getByRole('link', { name: '返回开办申请' }).click();
    await p.waitForURL((url) => url.pathname === '/establishments');
    const row = p.getByTestId('establishments').locator('tr[data-row-key]').filter({ hasText: NAME });
    await expectText(row, '已登记');
    assert.match((await row.textContent()) ?? '', /[0-9A-HJ-NPQRTUWXY]{18}/, 'the row shows the credit code');
  });
}
