// Browser journey of foreign-investment admission, registered by e2e/run.ts after its own steps (it shares its
// server, browser page and signed-in state): the public reads the negative list and the differences between two
// editions and runs the self-check; an administrator loads a new edition and is refused when loading it twice.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { JourneyKit } from './commitment-journey.ts';
import { settled } from './settled.ts';

type Account = { username: string; password: string };

/** What these steps borrow from e2e/run.ts. */
export type AdmissionKit = Pick<JourneyKit, 'step' | 'baseUrl' | 'signIn' | 'signOut' | 'expectText' | 'artifactsDir'> & { admin: Account };

/** Ends the session when one is open; the public steps run signed out. */
async function ensureSignedOut(p: Page, kit: AdmissionKit): Promise<void> {
  await p.goto(`${kit.baseUrl()}/`);
  const userMenu = p.getByRole('button', { name: /^用户菜单/ });
  const signInLink = p.getByRole('link', { name: '登录', exact: true }).first();
  await userMenu.or(signInLink).first().waitFor({ state: 'visible' });
  if (await userMenu.isVisible()) await kit.signOut(p);
}

/** Picks an option of an open antd select once its dropdown has finished sliding in. */
async function pickOption(p: Page, title: string): Promise<void> {
  const option = p.locator(`.ant-select-item-option[title="${title}"]`);
  await option.waitFor({ state: 'visible' });
  await settled(p.locator('.ant-select-dropdown').filter({ has: option }));
  await option.click();
}

/** Waits for a tag or text whose whole text is `text` (符合 must not be satisfied by 不符合). */
function exactly(target: Locator, text: string): Promise<void> {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return target.filter({ hasText: new RegExp(`^\\s*${escaped}\\s*$`) }).waitFor({ state: 'visible' });
}

/** Runs the self-check for one industry and foreign share, the rest left at the form's defaults (today, company). */
async function runCheck(p: Page, foreignShare: number): Promise<void> {
  await p.getByLabel('外国投资者合计持股比例（%）', { exact: true }).fill(String(foreignShare));
  // The submit button by its form (its accessible name gains "loading" while a check runs), and the answer awaited.
  const answered = p.waitForResponse((r) => r.url().endsWith('/api/admission/check') && r.request().method() === 'POST');
  await p.locator('form#admission-check button[type="submit"]').click();
  await answered;
}

/** A one-measure edition, valid for the server's NegativeListEdition, under a code and a date no other run used. */
function tinyEdition(): { code: string; document: Record<string, unknown> } {
  const stamp = Date.now();
  const code = `FTZ-2999-E2E-${stamp.toString(36).toUpperCase()}`;
  const day = new Date(Date.UTC(2100, 0, 1) + (stamp % 300_000) * 86_400_000).toISOString().slice(0, 10);
  return {
    code,
    document: {
      dataset: 'ftz-foreign-investment-negative-list',
      code,
      titleZh: '浏览器测试用负面清单',
      titleEn: 'Negative list of the browser test',
      instrument: 'e2e fixture',
      issuedOn: day,
      effectiveFrom: day,
      measureCount: 1,
      reconstructed: true,
      industryCodeEdition: 'GB/T 4754-2017',
      sources: [{ title: 'zimao e2e/admission-journey.ts', confidence: 'low' }],
      measures: [
        {
          no: 1,
          section: 'R',
          textZh: '文艺表演团体须由中方控股。',
          textEn: 'Performing-arts troupes: Chinese control.',
          industryCodes: ['8810'],
          restrictions: [{ type: 'CN_CONTROL' }],
          wordingReconstructed: true,
        },
      ],
    },
  };
}

export function registerAdmissionJourney(kit: AdmissionKit): void {
  const { step, expectText } = kit;

  step('the public opens the negative list from the navigation: FTZ 2021 in force, 27 measures', async (p) => {
    await ensureSignedOut(p, kit);
    await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '外商投资负面清单' }).click();
    await p.getByRole('heading', { level: 1, name: '外商投资准入负面清单' }).waitFor({ state: 'visible' });
    await expectText(p.getByTestId('edition-title'), '2021年版');
    await expectText(p.getByTestId('edition-measure-count'), '27');
    await p.getByTestId('edition-reconstructed').waitFor({ state: 'visible' });
    const rows = p.getByTestId('measures').locator('.ant-table-tbody tr[data-row-key]');
    await rows.first().waitFor({ state: 'visible' });
    assert.equal(await rows.count(), 27, 'the 2021 edition lists 27 measures');
    // Conditions are shown in words: No. 11 caps foreign capital in value-added telecoms at 50%.
    await expectText(p.getByTestId('measures').locator('tr[data-row-key="11"]'), '外资比例不超过 50%（增值电信业务');
  });

  step('the differences 2020 → 2021 (the default) show a removed measure on vehicles (汽车)', async (p) => {
    await p.getByRole('tab', { name: '版本差异' }).click();
    await p.waitForURL((url) => url.pathname === '/negative-lists/diff');
    await expectText(p.locator('.ant-select').filter({ has: p.locator('#diff-from') }), 'FTZ-2020');
    await expectText(p.locator('.ant-select').filter({ has: p.locator('#diff-to') }), 'FTZ-2021');
    await expectText(p.getByTestId('diff-counts'), '删除 3');
    await p.locator('[data-testid="diff-entry"][data-change="removed"]').filter({ hasText: '汽车' }).waitFor({ state: 'visible' });
    // Unchanged measures are hidden until asked for.
    assert.equal(await p.locator('[data-testid="diff-entry"][data-change="unchanged"]').count(), 0);
  });

  step('the self-check: 文艺表演团体 (8810) with 49% foreign is restricted, compliant, information report', async (p) => {
    await p.getByRole('tab', { name: '清单内容' }).click();
    await p.getByRole('link', { name: /对照清单自查投资项目/ }).click();
    await p.getByRole('heading', { level: 1, name: '外商投资准入自查' }).waitFor({ state: 'visible' });
    const picker = p.getByLabel('所涉行业', { exact: true });
    await picker.click();
    await picker.fill('8810');
    // GB/T 4754-2017 names 8810 文艺创作与表演; FTZ 2021 No. 27 words it 文艺表演团体.
    await pickOption(p, '8810 文艺创作与表演');
    await p.keyboard.press('Escape'); // close the industry suggestions
    await runCheck(p, 49);
    await exactly(p.getByTestId('admission-outcome'), '限制类');
    await exactly(p.getByTestId('admission-compliance'), '符合');
    await p.locator('[data-testid="admission-procedure"][data-procedure="information-report"]').waitFor({ state: 'visible' });
    await expectText(p.getByTestId('admission-procedure'), '企业登记系统报送投资信息');
    await expectText(p.getByTestId('admission-edition'), 'FTZ-2021');
    await expectText(p.getByTestId('admission-hit'), '第 27 项');
    await expectText(p.getByTestId('admission-hit'), '文艺表演团体');
    await p.locator('[data-testid="admission-condition"][data-met="true"]').filter({ hasText: '中方控股' }).waitFor({ state: 'visible' });
    await expectText(p.getByTestId('admission-reasons'), '法律依据');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'admission-check.png'), fullPage: true });
  });

  step('the self-check with 50% foreign is not compliant and refused', async (p) => {
    await runCheck(p, 50);
    await exactly(p.getByTestId('admission-compliance'), '不符合');
    await exactly(p.getByTestId('admission-outcome'), '限制类');
    await p.locator('[data-testid="admission-procedure"][data-procedure="refuse"]').waitFor({ state: 'visible' });
    await expectText(p.getByTestId('admission-procedure'), '不予办理');
    await p.locator('[data-testid="admission-condition"][data-met="false"]').filter({ hasText: '中方控股' }).waitFor({ state: 'visible' });
  });

  step('the administrator loads a tiny JSON edition, sees it listed, and a second load is refused (409)', async (p) => {
    const { code, document } = tinyEdition();
    const folder = mkdtempSync(join(tmpdir(), 'zimao-e2e-edition-'));
    const file = join(folder, `${code}.json`);
    writeFileSync(file, JSON.stringify(document, null, 2));
    try {
      await kit.signIn(p, kit.admin);
      await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '负面清单管理' }).click();
      await p.getByRole('heading', { level: 1, name: '负面清单管理' }).waitFor({ state: 'visible' });
      await p.getByTestId('editions-table').locator('tr[data-row-key="FTZ-2021"]').waitFor({ state: 'visible' });
      const input = p.getByTestId('load-edition').locator('input[type="file"]');
      await input.setInputFiles(file);
      await expectText(p.getByTestId('load-result'), `已载入 ${code}`);
      const row = p.getByTestId('editions-table').locator(`tr[data-row-key="${code}"]`);
      await expectText(row, '管理员载入');
      await input.setInputFiles(file);
      const refusal = p.getByTestId('load-error');
      await expectText(refusal, '409');
      await expectText(refusal, 'edition.code');
      assert.equal(await p.getByTestId('load-result').count(), 0, 'the refused load shows no success');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
}
