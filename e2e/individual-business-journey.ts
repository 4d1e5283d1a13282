// Browser journey of an individual business (个体工商户; MER Arts. 8, 12), registered by e2e/run.ts after its own steps
// (it shares its server, browser page and signed-in state): the demo applicant opens 个体工商户登记 from 我的开办申请,
// fills the operator, the composition, the funds, one general scope item and the business premises with its
// commitment, and is registered on the spot: the application shows 已登记 with a credit code of an individual business
// (92…), and the licence's verification page names the operator and the entity type.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { pickOption, residentId, switchToApplicant, type EstablishmentKit } from './establishment-journey.ts';

const NAME = '重庆市渝北区悦禾便利店';
const OPERATOR = { name: '许悦禾', id: residentId('19900412', 303) };
const PREMISES = '重庆市渝北区悦来街道悦来大道88号';
const SCOPE_ITEM = '食品销售（仅销售预包装食品）';
/** GB 32100: registration authority 9 (market regulation), entity type 2 (individual business), then the division. */
const INDIVIDUAL_USCC = /^92\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

let uscc = '';

/** Submits the individual business's form and returns the answer's status. */
async function submit(p: Page): Promise<number> {
  const answered = p.waitForResponse((r) => new URL(r.url()).pathname === '/api/individual-businesses' && r.request().method() === 'POST');
  await p.getByRole('button', { name: '提交个体工商户登记申请', exact: true }).click();
  return (await answered).status();
}

export function registerIndividualBusinessJourney(kit: EstablishmentKit): void {
  const { step, expectText } = kit;

  step('the applicant fills the individual business form from 我的开办申请 (个体工商户登记)', async (p) => {
    await switchToApplicant(p, kit);
    await p.goto(`${kit.baseUrl()}/establishments`);
    await p.getByRole('heading', { level: 1, name: '我的开办申请' }).waitFor({ state: 'visible' });
    await p.getByTestId('new-individual-business').click();
    await p.waitForURL((url) => url.pathname === '/individual-businesses/new');
    await p.getByRole('heading', { level: 1, name: '个体工商户登记' }).waitFor({ state: 'visible' });

    await p.getByLabel('个体工商户名称', { exact: true }).fill(NAME);
    const operator = p.getByTestId('operator-section');
    await operator.getByLabel('经营者姓名', { exact: true }).fill(OPERATOR.name);
    assert.equal(await operator.getByLabel('国籍或地区', { exact: true }).inputValue(), 'CN', 'the operator is a Chinese citizen by default');
    await operator.getByLabel('证件号码', { exact: true }).fill(OPERATOR.id);
    const composition = p.getByTestId('composition-section');
    assert.ok(await composition.getByRole('radio', { name: '个人经营' }).isChecked(), 'an individual (not a family) business by default');
    await composition.getByLabel('资金数额（元）', { exact: true }).fill('50000');

    const scope = p.getByLabel('经营范围条目', { exact: true });
    await scope.click();
    await scope.fill('预包装');
    await pickOption(p, `[title="${SCOPE_ITEM}"]`);
    await p.keyboard.press('Escape');

    // The section is named 经营场所 as well: the field is the one inside it.
    await p.getByRole('region', { name: '经营场所' }).getByLabel('经营场所', { exact: true }).fill(PREMISES);
    await p.getByRole('checkbox', { name: '我已阅读并作出上述经营场所申报承诺' }).check();
    await p.getByLabel('联系人姓名', { exact: true }).fill(OPERATOR.name);
    await p.getByLabel('联系电话', { exact: true }).fill('023-67005678');
  });

  step('it is registered on the spot: 已登记 with an individual business’s credit code (92…) and a licence', async (p) => {
    assert.equal(await submit(p), 201, 'the individual business is filed');
    await p.waitForURL((url) => /^\/establishments\/\d+$/.test(url.pathname));
    await p.getByRole('heading', { level: 1, name: NAME }).waitFor({ state: 'visible' });
    await expectText(p.getByTestId('establishment-status'), '已登记');
    await expectText(p.getByTestId('establishment-route'), '当场登记');
    uscc = (await p.getByTestId('establishment-uscc').textContent())?.trim() ?? '';
    assert.match(uscc, INDIVIDUAL_USCC, `the credit code is an individual business’s (92…): ${uscc}`);
    assert.ok(uscc.startsWith('92500112'), 'registered in Yubei district (500112), where its premises are');
    await expectText(p.getByTestId('establishment-domicile'), PREMISES);
    assert.equal(await p.getByTestId('licence-download').getAttribute('href'), `/api/licences/${uscc}/pdf`, 'the licence PDF is linked');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'individual-business-registered.png'), fullPage: true });
  });

  step('the licence’s verification page names the operator, the entity type and the funds', async (p) => {
    assert.ok(uscc, 'no individual business was registered by the step before');
    await p.getByTestId('licence-verify').click();
    await p.waitForURL((url) => url.pathname === `/verify/licence/${uscc}/1`);
    const fields = p.getByTestId('licence-fields');
    await expectText(fields.getByTestId('licence-uscc'), uscc);
    await expectText(fields, NAME);
    await expectText(fields, '个体工商户');
    await expectText(fields, OPERATOR.name);
    await expectText(fields, '50,000');
  });

  step('我的开办申请 lists the individual business with its credit code', async (p) => {
    await p.goto(`${kit.baseUrl()}/establishments`);
    const row = p.getByTestId('establishments').locator('tr[data-row-key]').filter({ hasText: NAME });
    await expectText(row, '已登记');
    await expectText(row, uscc);
  });
}
