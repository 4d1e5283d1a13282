import type { AccountActor, AppContext } from '../context.ts';
import type { Tx } from '../db/database.ts';
import { createAccount, listAccounts } from '../features/accounts/service.ts';
import { appendAudit } from '../features/audit/service.ts';
import { registerDeadline } from '../features/calendar/service.ts';
import { addEnterprise } from '../features/enterprises/service.ts';
import { issueCode } from '../features/uscc/service.ts';
import { demoAccounts, demoDeadlines, demoEnterprises } from './demo-data.ts';
import { seedDemoAssessments } from './demo-assessments.ts';
import { seedDemoIndicators } from './demo-indicators.ts';
import { seedDemoInvestment } from './demo-investment.ts';
import { seedDemoProjects } from './demo-projects.ts';
import { seedDemoRegistration } from './demo-registration.ts';

export interface SeedResult {
  seeded: boolean;
  accounts: string[];
}

/**
 * Loads the demo dataset through the services, once: accounts for each role, enterprises in each
 * area with generated credit codes, deadlines, the demo applicant's investment cases (demo-investment.ts), and each
 * area's investment projects with the year's attraction tasks (demo-projects.ts).
 * Does nothing when the demo administrator exists.
 */
export async function seedDemo(ctx: AppContext): Promise<SeedResult> {
  return ctx.db.transaction().execute(async (tx: Tx) => {
    const existing = await listAccounts(tx);
    if (existing.some((a) => a.username === 'admin')) return { seeded: false, accounts: demoAccounts.map((a) => a.username) };
    const users = new Map<string, AccountActor>();
    for (const input of demoAccounts) {
      const user = await createAccount(tx, input);
      users.set(user.username, { kind: 'account', account: user, via: 'session' });
    }
    for (const e of demoEnterprises) {
      const issued = await issueCode(tx, 'system:seed', { authority: '9', entityType: '1', division: e.districtCode });
      await addEnterprise(tx, { ...e, uscc: issued.code, ownerAccountId: e.owner ? (users.get(e.owner)?.account.id ?? null) : null });
    }
    for (const d of demoDeadlines) {
      const holder = users.get(d.holder);
      if (holder) await registerDeadline(tx, holder, d);
    }
    const applicant = users.get('applicant');
    const investmentCases = applicant ? await seedDemoInvestment(ctx, tx, applicant) : 0;
    const establishedUscc = applicant ? await seedDemoRegistration(ctx, tx, applicant) : null;
    const [analyst, assessor, areaLj] = [users.get('analyst'), users.get('assessor'), users.get('area-lj')];
    const assessments = analyst && assessor && areaLj ? await seedDemoAssessments(ctx, tx, { analyst, assessor, areaLj }) : null;
    const areaOfficers = new Map([...users.values()].filter((u) => u.account.role === 'area_officer' && u.account.areaCode).map((u) => [u.account.areaCode!, u] as const));
    const projects = analyst ? await seedDemoProjects(ctx, tx, { analyst, byArea: areaOfficers }) : 0;
    const indicatorValues = await seedDemoIndicators(ctx, tx, users);
    await appendAudit(
      tx,
      { actor: 'system:seed', action: 'seed.demo', subject: null, request: { dataset: 'demo' }, result: { accounts: demoAccounts.length, enterprises: demoEnterprises.length, deadlines: demoDeadlines.length, investmentCases, established: establishedUscc, assessments, projects, indicatorValues } },
      ctx.now(),
    );
    return { seeded: true, accounts: demoAccounts.map((a) => a.username) };
  });
}
