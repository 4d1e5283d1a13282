// Browser step of the public enterprise search (企业信息查询, issue 8), registered by e2e/run.ts after the other
// journeys (it shares their server and browser page): a signed-out visitor finds a demo enterprise by its trade name,
// keeps the query through a reload, is refused a one-character query, and finds the open-data file linked.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { JourneyKit } from './commitment-journey.ts';

/** What this step borrows from e2e/run.ts. */
export type EnterpriseSearchKit = Pick<JourneyKit, 'step' | 'baseUrl' | 'signOut' | 'expectText' | 'artifactsDir'>;

/** An enterprise of the demo register (src/server/seed/demo-data.ts) and its trade name. */
const NAME = '重庆两江云启软件有限公司';
const TRADE_NAME = '云启';
const OPEN_DATA = '/api/public/open-data/enterprises.csv.gz';

/** Submits a query from the box and returns the status of the search it sends. */
async function search(p: Page, box: Locator, q: string): Promise<number> {
  await box.fill(q);
  const answered = p.waitForResponse((r) => new URL(r.url()).pathname === '/api/public/enterprises');
  await box.press('Enter');
  return (await answered).status();
}

export function registerEnterpriseSearchJourney(kit: EnterpriseSearchKit): void {
  const { step, expectText } = kit;

  step(`a visitor finds ${NAME} by ${TRADE_NAME} (kept in ?q=), is refused one character, and sees the open data linked`, async (p) => {
    await p.goto(`${kit.baseUrl()}/`);
    const userMenu = p.getByRole('button', { name: /^用户菜单/ });
    await userMenu.or(p.getByRole('link', { name: '登录', exact: true }).first()).first().waitFor({ state: 'visible' });
    if (await userMenu.isVisible()) await kit.signOut(p);

    await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '企业信息查询' }).click();
    await p.waitForURL((url) => url.pathname === '/enterprise-search');
    await p.getByRole('heading', { level: 1, name: '企业信息查询' }).waitFor({ state: 'visible' });
    const box = p.getByLabel('企业名称或统一社会信用代码', { exact: true });
    const row = p.getByTestId('enterprise-search-results').locator('tr[data-row-key]').filter({ hasText: NAME });

    assert.equal(await search(p, box, TRADE_NAME), 200, 'the search is answered');
    await expectText(row, '两江片区');
    await expectText(row, '2025-03-18');
    assert.equal(new URL(p.url()).searchParams.get('q'), TRADE_NAME, 'the query is kept in the address');
    await p.reload();
    await expectText(row, '两江片区');
    assert.equal(await box.inputValue(), TRADE_NAME, 'the reloaded page shows its query in the box');

    assert.equal(await search(p, box, '云'), 400, 'one character is refused');
    await expectText(p.getByTestId('enterprise-search-error'), 'two characters');
    assert.equal(await box.getAttribute('aria-invalid'), 'true', 'the box is marked invalid');
    assert.equal(await row.count(), 0, 'the results of the earlier query are gone');

    assert.equal(await p.getByTestId('open-data-download').getAttribute('href'), OPEN_DATA, 'the open-data file is linked');
    const file = await p.request.get(`${kit.baseUrl()}${OPEN_DATA}`);
    assert.equal(file.status(), 200, 'the open-data file is served');
    const csv = gunzipSync(await file.body()).toString('utf8');
    assert.ok(csv.startsWith('\uFEFFuscc,name,'), 'the CSV starts with its byte-order mark and header');
    assert.ok(csv.includes(NAME), 'the CSV lists the demo enterprise');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'enterprise-search.png'), fullPage: true });
  });
}
