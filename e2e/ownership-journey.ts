// Browser step of the beneficial owners (受益所有人, BO-01 … BO-06), registered by e2e/run.ts after the other journeys
// (it shares their server and browser page): the window officer opens the demo company registered through the one
// form, asks for its beneficial owners, and sees each investor's share with the finding and the exemption by
// commitment; the read lands in the audit trail, which the administrator then reads, and verifies the whole chain.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { JourneyKit } from './commitment-journey.ts';

/** What this step borrows from e2e/run.ts. */
export type OwnershipKit = Pick<JourneyKit, 'step' | 'baseUrl' | 'signIn' | 'signOut' | 'expectText' | 'artifactsDir'> & {
  window: { username: string; password: string };
  admin: { username: string; password: string };
};

/** The demo company of src/server/seed/demo-registration.ts: 周云 subscribed 60%, 吴桐 40%, capital 2 million yuan. */
const NAME = '重庆云杉软件有限公司';

export function registerOwnershipJourney(kit: OwnershipKit): void {
  const { step, expectText } = kit;

  step(`the window officer asks for ${NAME}'s beneficial owners and the read is in the audit trail`, async (p) => {
    // The step before leaves a signed-out visitor; signIn opens the login page either way.
    await kit.signIn(p, kit.window);
    const list = await p.request.get(`${kit.baseUrl()}/api/enterprises?limit=200`);
    const enterprise = ((await list.json()) as { items: { uscc: string; name: string }[] }).items.find((e) => e.name === NAME);
    assert.ok(enterprise, `${NAME} is on the register`);
    await p.goto(`${kit.baseUrl()}/enterprises/${enterprise.uscc}`);
    const card = p.getByTestId('beneficial-owners');
    await card.getByRole('heading', { name: '受益所有人' }).waitFor({ state: 'visible' });
    assert.equal(await card.getByTestId('beneficial-owners-table').count(), 0, 'nothing is read before the officer asks');

    const answered = p.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/beneficial-owners'));
    await card.getByRole('button', { name: '查询受益所有人' }).click();
    assert.equal((await answered).status(), 200, 'the beneficial owners are answered');
    const rows = card.getByTestId('beneficial-owners-table').locator('tr[data-row-key]');
    await expectText(rows.nth(0), '周云');
    await expectText(rows.nth(0), '60%');
    await expectText(rows.nth(0), '受益所有人');
    await expectText(rows.nth(1), '吴桐');
    await expectText(rows.nth(1), '40%');
    await expectText(card.getByTestId('beneficial-owners-exempt'), '承诺免于备案');
    mkdirSync(kit.artifactsDir, { recursive: true });
    await p.screenshot({ path: join(kit.artifactsDir, 'beneficial-owners.png'), fullPage: true });

    await kit.signOut(p);
    await kit.signIn(p, kit.admin);
    const trail = await p.request.get(`${kit.baseUrl()}/api/audit?action=ownership.read&limit=5`);
    assert.equal(trail.status(), 200, 'the administrator reads the audit trail');
    const reads = ((await trail.json()) as { items: { actor: string; action: string; subject: string }[] }).items.filter((r) => r.action === 'ownership.read');
    assert.ok(reads.some((r) => r.actor === kit.window.username && r.subject === enterprise.uscc), 'the read is recorded with the officer and the enterprise');

    // Every write of the journeys so far has been chained after its commit (migration 0031): the administrator checks
    // the whole chain from the audit page.
    await p.goto(`${kit.baseUrl()}/admin/audit`);
    const verified = p.waitForResponse((r) => new URL(r.url()).pathname === '/api/audit/verify');
    await p.getByRole('button', { name: '校验哈希链' }).click();
    assert.equal((await verified).status(), 200, 'the chain is verified');
    await expectText(p.locator('.ant-alert-success'), '哈希链完整');
  });
}
