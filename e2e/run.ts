// Browser test of zimao: starts `zimao serve --demo` on a free port with a fresh data folder, drives Debian's
// Chromium through playwright-core, and always stops the server. Run with `npm run test:e2e`
// (which builds the web app first) or `node --import tsx e2e/run.ts` after `npm run build:web`.
//
// Environment:
//   CHROMIUM_PATH         the Chromium binary (default /usr/bin/chromium)
//   ZIMAO_E2E_BASE_URL    test an already-running zimao instead of starting one (for debugging)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { registerAdmissionJourney } from './admission-journey.ts';
import { registerCommitmentJourney } from './commitment-journey.ts';
import { registerDashboardsJourney } from './dashboards-journey.ts';
import { registerEnterpriseSearchJourney } from './enterprise-search-journey.ts';
import { registerEstablishmentJourney } from './establishment-journey.ts';
import { registerExitJourney } from './exit-journey.ts';
import { registerFtzOfficeJourney } from './ftz-office-journey.ts';
import { registerIndividualBusinessJourney } from './individual-business-journey.ts';
import { registerInvestmentJourney } from './investment-journey.ts';
import { registerNamesJourney } from './names-journey.ts';
import { registerOwnershipJourney } from './ownership-journey.ts';
import { settled } from './settled.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const artifactsDir = join(repoRoot, 'e2e', 'artifacts');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ADMIN = { username: 'admin', password: 'zimao-demo-2026' };
const STARTUP_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 20_000;

if (!existsSync(chromiumPath)) {
  console.error(`e2e: Chromium not found at ${chromiumPath}; install it with \`apt-get install chromium\` (or set CHROMIUM_PATH).`);
  process.exit(1);
}
if (!process.env.ZIMAO_E2E_BASE_URL && !existsSync(join(repoRoot, 'dist', 'web', 'index.html'))) {
  console.error('e2e: dist/web/index.html is missing; build the web app first with `npm run build:web`.');
  process.exit(1);
}

let server: ChildProcess | undefined;
let serverLog = '';
let dataDir: string | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
let baseUrl = process.env.ZIMAO_E2E_BASE_URL?.replace(/\/$/, '') ?? '';
const pageErrors: string[] = [];
let failures = 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function stopServer(): void {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // its own process group: take any helpers with it
  } catch {
    child.kill('SIGTERM');
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  timer.unref();
}

// Whatever happens (a failed assertion, an exception, Ctrl-C), do not leave the server running.
process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopServer();
    process.exit(130);
  });
}

async function startServer(): Promise<string> {
  const port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'zimao-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ZIMAO_DATA_DIR: dataDir, HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  delete env.PORT;
  server = spawn(process.execPath, ['bin/zimao.js', 'serve', '--demo', '--port', String(port)], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const keep = (chunk: Buffer) => {
    serverLog = (serverLog + chunk.toString()).slice(-20_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!server || server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`zimao exited before answering /api/health (code ${server?.exitCode ?? server?.signalCode})\n${serverLog}`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return url;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`zimao did not answer GET /api/health with 200 within ${STARTUP_TIMEOUT_MS / 1000} s\n${serverLog}`);
}

/** Waits until the element's text contains `expected`, or fails showing the text it had. */
async function expectText(target: ReturnType<Page['getByTestId']>, expected: string): Promise<void> {
  await target.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let text = '';
  while (Date.now() < deadline) {
    text = (await target.textContent()) ?? '';
    if (text.includes(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`expected the text to contain ${JSON.stringify(expected)}, it was ${JSON.stringify(text)}`);
}

function currentPage(): Page {
  assert.ok(page, 'the browser page was not opened (see the error of the set-up above)');
  return page;
}

before(async () => {
  if (!baseUrl) baseUrl = await startServer();
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

after(async () => {
  if (failures > 0 && serverLog) console.error(`e2e: the last lines of the server's output:\n${serverLog.split('\n').slice(-40).join('\n')}`);
  await browser?.close().catch(() => undefined);
  stopServer();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (pageErrors.length > 0) console.error(`e2e: the page raised errors:\n  ${pageErrors.join('\n  ')}`);
});

/** A test that, when it fails, leaves a screenshot in e2e/artifacts and has the server's output printed. */
function step(name: string, body: (p: Page) => Promise<void>): void {
  test(name, async () => {
    const p = currentPage();
    try {
      await body(p);
    } catch (error) {
      failures += 1;
      mkdirSync(artifactsDir, { recursive: true });
      await p.screenshot({ path: join(artifactsDir, `failure-${failures}.png`), fullPage: true }).catch(() => undefined);
      throw error;
    }
  });
}

step('the demo administrator signs in', async (p) => {
  await p.goto(`${baseUrl}/login`);
  await p.getByLabel('用户名', { exact: true }).fill(ADMIN.username);
  await p.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await p.getByRole('button', { name: '登录', exact: true }).click();
  // Signed in: the login page leaves for the home page and the header shows the user menu.
  await p.waitForURL((url) => url.pathname !== '/login', { timeout: STEP_TIMEOUT_MS });
  await p.getByRole('button', { name: /^用户菜单/ }).waitFor({ state: 'visible' });
});

step('the calendar page shows its heading', async (p) => {
  await p.goto(`${baseUrl}/calendar`);
  await p.getByRole('heading', { level: 1, name: '工作日历' }).waitFor({ state: 'visible' });
});

step('1 working day after 2025-09-30 is 2025-10-09 (National Day 10-01..10-08)', async (p) => {
  await p.getByLabel('起始日期', { exact: true }).fill('2025-09-30');
  await p.getByLabel('工作日数', { exact: true }).fill('1');
  await p.getByRole('button', { name: '计算', exact: true }).click();
  await expectText(p.getByTestId('due-result'), '2025-10-09');
  mkdirSync(artifactsDir, { recursive: true });
  await p.screenshot({ path: join(artifactsDir, 'calendar.png'), fullPage: true });
});

// The application-file (办件) journey: an applicant submits a permit, the window officer takes it from the
// unassigned queue and accepts it (受理), which starts the statutory clock.
const APPLICANT = { username: 'applicant', password: 'zimao-demo-2026' };
const WINDOW = { username: 'window', password: 'zimao-demo-2026' };
/** The demo applicant's own enterprise (a valid credit code). */
const APPLICANT_USCC = '91500112MA0000007F';
let fileId = '';

async function signOut(p: Page): Promise<void> {
  await p.getByRole('button', { name: /^用户菜单/ }).click();
  const item = p.getByRole('menuitem', { name: '退出登录' });
  await item.waitFor({ state: 'visible' });
  await settled(p.locator('.ant-dropdown').filter({ has: item }));
  await item.click();
  await p.getByRole('link', { name: '登录', exact: true }).first().waitFor({ state: 'visible' });
}

async function signIn(p: Page, account: { username: string; password: string }): Promise<void> {
  await p.goto(`${baseUrl}/login`);
  await p.getByLabel('用户名', { exact: true }).fill(account.username);
  await p.getByLabel('密码', { exact: true }).fill(account.password);
  await p.getByRole('button', { name: '登录', exact: true }).click();
  await p.waitForURL((url) => url.pathname !== '/login', { timeout: STEP_TIMEOUT_MS });
  await p.getByRole('button', { name: /^用户菜单/ }).waitFor({ state: 'visible' });
}

step('the applicant submits a single-department permit', async (p) => {
  await signOut(p);
  await signIn(p, APPLICANT);
  await p.goto(`${baseUrl}/files/new`);
  await p.getByRole('heading', { level: 1, name: '新建申请' }).waitFor({ state: 'visible' });
  await p.getByRole('radio', { name: '单部门许可' }).check();
  await p.getByLabel('许可事项名称', { exact: true }).fill('食品经营许可');
  await p.getByLabel('申请企业统一社会信用代码', { exact: true }).fill(APPLICANT_USCC);
  await p.keyboard.press('Escape'); // close the enterprise suggestions
  await p.getByLabel('所在片区', { exact: true }).click();
  // antd renders each option twice (a hidden one for screen readers); the visible one carries the title.
  await p.locator('.ant-select-item-option[title="两江片区"]').click();
  await p.getByLabel('申请内容（经营或活动范围）', { exact: true }).fill('预包装食品销售（e2e）');
  await p.getByRole('button', { name: '提交申请', exact: true }).click();
  await p.waitForURL((url) => /^\/files\/\d+$/.test(url.pathname), { timeout: STEP_TIMEOUT_MS });
  fileId = new URL(p.url()).pathname.split('/').pop() ?? '';
  await expectText(p.getByTestId('file-status'), '已提交');
});

step('the new file is listed under 我的办件', async (p) => {
  assert.ok(fileId, 'no file was created by the step before');
  await p.goto(`${baseUrl}/files`);
  await p.getByRole('heading', { level: 1, name: '我的办件' }).waitFor({ state: 'visible' });
  await p.getByRole('link', { name: fileId, exact: true }).waitFor({ state: 'visible' });
});

step('the window officer accepts it from the unassigned queue (审查中, with a due date)', async (p) => {
  assert.ok(fileId, 'no file was created by the step before');
  await signOut(p);
  await signIn(p, WINDOW);
  await p.goto(`${baseUrl}/files`);
  await p.getByRole('tab', { name: /待认领/ }).click();
  await p.getByRole('link', { name: fileId, exact: true }).click();
  await p.waitForURL((url) => url.pathname === `/files/${fileId}`, { timeout: STEP_TIMEOUT_MS });
  // The URL changes before the file page replaces the queue, whose rows carry status tags too.
  await p.getByTestId('action-panel').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await expectText(p.getByTestId('file-status'), '已提交');
  await p.getByTestId('action-panel').getByRole('button', { name: '受理', exact: true }).click();
  const dialog = p.getByRole('dialog');
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expectText(p.getByTestId('file-status'), '审查中');
  const due = p.getByTestId('file-due');
  await due.waitFor({ state: 'visible' });
  assert.match((await due.textContent()) ?? '', /^\d{4}-\d{2}-\d{2}$/, 'the accepted file shows its due date');
  mkdirSync(artifactsDir, { recursive: true });
  await p.screenshot({ path: join(artifactsDir, 'file-accepted.png'), fullPage: true });
});

// Notification-commitment (告知承诺制) and filing at the counter (一窗受理): e2e/commitment-journey.ts.
registerCommitmentJourney({
  step,
  baseUrl: () => baseUrl,
  signIn,
  signOut,
  expectText,
  artifactsDir,
  stepTimeoutMs: STEP_TIMEOUT_MS,
  applicant: APPLICANT,
  window: WINDOW,
  applicantUscc: APPLICANT_USCC,
});

// Foreign-investment admission (the negative list, its differences, the self-check, loading an edition):
// e2e/admission-journey.ts.
registerAdmissionJourney({ step, baseUrl: () => baseUrl, signIn, signOut, expectText, artifactsDir, admin: ADMIN });

// Investment cases (a recordation receipt at once, the security-review list): e2e/investment-journey.ts.
registerInvestmentJourney({
  step,
  baseUrl: () => baseUrl,
  signIn,
  signOut,
  expectText,
  artifactsDir,
  applicant: APPLICANT,
  analyst: { username: 'analyst', password: 'zimao-demo-2026' },
});

// Enterprise-name self-declaration (the public check, a reservation with its commitment, 我的名称, release):
// e2e/names-journey.ts.
registerNamesJourney({ step, baseUrl: () => baseUrl, signIn, signOut, expectText, artifactsDir, applicant: APPLICANT });

// One-form establishment (a refusal with its findings, registration on the spot, the electronic licence PDF):
// e2e/establishment-journey.ts.
registerEstablishmentJourney({ step, baseUrl: () => baseUrl, signIn, signOut, expectText, artifactsDir, applicant: APPLICANT });

// The enterprise's page, change registration (licence version 2) and summary deregistration with a public objection:
// e2e/exit-journey.ts.
registerExitJourney({ step, baseUrl: () => baseUrl, signIn, signOut, expectText, artifactsDir, applicant: APPLICANT });

// An individual business registered on the spot (credit code 92…, the licence naming its operator):
// e2e/individual-business-journey.ts.
registerIndividualBusinessJourney({ step, baseUrl: () => baseUrl, signIn, signOut, expectText, artifactsDir, applicant: APPLICANT });

// The FTZ Office's workbench (indicators submitted and approved, the scorecard, projects and land priority,
// assessments, reform tasks, risk warnings) and the third-party assessor's confinement: e2e/ftz-office-journey.ts.
registerFtzOfficeJourney({
  step,
  baseUrl: () => baseUrl,
  signIn,
  signOut,
  expectText,
  artifactsDir,
  analyst: { username: 'analyst', password: 'zimao-demo-2026' },
  areaOfficer: { username: 'area-lj', password: 'zimao-demo-2026' },
  assessor: { username: 'assessor', password: 'zimao-demo-2026' },
});

// The FTZ Office's dashboards (the areas side by side, the charts, another year, the Excel and PDF reports) and the area
// officer's own area only: e2e/dashboards-journey.ts.
registerDashboardsJourney({
  step,
  baseUrl: () => baseUrl,
  signIn,
  signOut,
  artifactsDir,
  analyst: { username: 'analyst', password: 'zimao-demo-2026' },
  areaOfficer: { username: 'area-lj', password: 'zimao-demo-2026' },
});

// The public enterprise search (a trade name, the query in the address, a refused one-character query, the open-data
// file): e2e/enterprise-search-journey.ts.
registerEnterpriseSearchJourney({ step, baseUrl: () => baseUrl, signOut, expectText, artifactsDir });

// Beneficial owners of the demo company asked for by the window officer, and the read in the audit trail:
// e2e/ownership-journey.ts.
registerOwnershipJourney({ step, baseUrl: () => baseUrl, signIn, signOut, expectText, artifactsDir, window: WINDOW, admin: ADMIN });
