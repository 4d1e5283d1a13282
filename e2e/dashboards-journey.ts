// Browser journey of the FTZ Office's dashboards (issue 7; Trial Measures Art. 8), registered by e2e/run.ts (it shares
// its server, browser page and signed-in state): the FTZ Office (the demo analyst) opens 数据看板 from the menu, finds the
// three areas side by side and the charts drawn, chooses the year before, which the address keeps, and fetches the Excel
// workbook and the PDF report of that year; the Liangjiang area officer then sees its own area only.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { JourneyKit } from './commitment-journey.ts';
import { pickOption } from './establishment-journey.ts';

type Account = { username: string; password: string };

/** What these steps borrow from e2e/run.ts. */
export type DashboardsKit = Pick<JourneyKit, 'step' | 'baseUrl' | 'signIn' | 'signOut' | 'artifactsDir'> & {
  /** The FTZ Office (自贸办), who reads the whole zone. */
  analyst: Account;
  /** The Liangjiang area officer, confined to its area. */
  areaOfficer: Account;
};

const AREAS = ['两江片区', '西永片区', '果园港片区'];
/** The charts of the page: areas, map, months, sections, clusters, pipeline. */
const CHARTS = 6;

/** Signs in as `account`, ending whatever session is open first. */
async function switchTo(p: Page, kit: DashboardsKit, account: Account): Promise<void> {
  await p.goto(`${kit.baseUrl()}/`);
  const userMenu = p.getByRole('button', { name: /^用户菜单/ });
  const signInLink = p.getByRole('link', { name: '登录', exact: true }).first();
  await userMenu.or(signInLink).first().waitFor({ state: 'visible' });
  if (await userMenu.isVisible()) await kit.signOut(p);
  await kit.signIn(p, account);
}

/** The names in the first column of the areas table, once it is loaded. */
async function areaNames(p: Page): Promise<string[]> {
  const rows = p.getByTestId('dashboard-areas').locator('tr[data-row-key]');
  await rows.first().waitFor({ state: 'visible' });
  return (await rows.locator('td:first-child').allTextContents()).map((s) => s.trim());
}

/** Waits until ECharts has drawn every chart of the page on its canvas. */
async function chartsDrawn(p: Page): Promise<void> {
  const canvases = p.getByTestId('dashboard').locator('[role="img"] canvas');
  await canvases.first().waitFor({ state: 'visible' });
  const deadline = Date.now() + 10_000;
  while ((await canvases.count()) < CHARTS && Date.now() < deadline) await p.waitForTimeout(200);
  assert.equal(await canvases.count(), CHARTS, 'every chart has its canvas');
}

/** Last year in Shanghai, where the year selector starts from this year. */
function lastYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) - 1;
}

export function registerDashboardsJourney(kit: DashboardsKit): void {
  const { step } = kit;

  step('the FTZ Office opens 数据看板: the three areas side by side and the charts drawn', async (p) => {
    await switchTo(p, kit, kit.analyst);
    await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '数据看板' }).click();
    await p.waitForURL((url) => url.pathname === '/dashboards');
    await p.getByRole('heading', { level: 1, name: '数据看板' }).waitFor({ state: 'visible' });
    assert.deepEqual(await areaNames(p), AREAS);
    await p.getByRole('heading', { level: 2, name: '自贸试验区合计' }).waitFor({ state: 'visible' });
    await chartsDrawn(p);
    // The schematic map says what it is not: boundaries.
    assert.match((await p.getByTestId('dashboard-map-caveat').textContent()) ?? '', /schematic/);
  });

  step('choosing the year before redraws the dashboards for it and keeps it in the address', async (p) => {
    const year = lastYear();
    await p.getByLabel('年度', { exact: true }).click();
    await pickOption(p, `[title="${year}年"]`);
    await p.waitForURL((url) => url.searchParams.get('year') === String(year));
    await p.locator(`[data-testid="dashboard"][data-year="${year}"]`).waitFor({ state: 'visible' });
    await p.getByTestId('dashboard-areas').getByRole('columnheader', { name: `${year}年新设` }).waitFor({ state: 'visible' });
    await chartsDrawn(p);
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'dashboards.png'), fullPage: true });
  });

  step('the Excel workbook and the PDF report of that year are downloaded', async (p) => {
    const year = lastYear();
    const reports = [
      { testId: 'dashboard-excel', path: '/api/dashboards/report.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: 'PK' },
      { testId: 'dashboard-pdf', path: '/api/dashboards/report.pdf', type: 'application/pdf', magic: '%PDF' },
    ];
    for (const report of reports) {
      const href = await p.getByTestId(report.testId).getAttribute('href');
      assert.equal(href, `${report.path}?year=${year}`, `${report.testId} links to the year shown`);
      // The page's own cookies: the same request a click on the link makes.
      const response = await p.request.get(`${kit.baseUrl()}${href}`);
      assert.equal(response.status(), 200, `${href} answers 200`);
      assert.equal(response.headers()['content-type'], report.type);
      const body = await response.body();
      assert.equal(body.subarray(0, report.magic.length).toString('latin1'), report.magic, `${href} is a real ${report.type}`);
    }
  });

  step('the Liangjiang area officer sees only its own area on 数据看板', async (p) => {
    await switchTo(p, kit, kit.areaOfficer);
    await p.goto(`${kit.baseUrl()}/dashboards`);
    await p.getByRole('heading', { level: 1, name: '数据看板' }).waitFor({ state: 'visible' });
    assert.deepEqual(await areaNames(p), ['两江片区']);
    // No zone figures for an area: the cards are its own.
    await p.getByRole('heading', { level: 2, name: '两江片区', exact: true }).waitFor({ state: 'visible' });
    assert.equal(await p.getByRole('heading', { level: 2, name: '自贸试验区合计', exact: true }).count(), 0);
    await chartsDrawn(p);
    const headers = await p.getByTestId('dashboard-pipeline').getByRole('columnheader').allTextContents();
    assert.ok(!headers.some((h) => h.includes('西永') || h.includes('果园港')), `the pipeline table has only Liangjiang: ${headers.join(', ')}`);
  });
}
