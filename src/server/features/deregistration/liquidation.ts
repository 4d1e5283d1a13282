// Ordinary deregistration (MER Arts. 31–32; Company Law 2023 Arts. 232–239): the enterprise files its liquidation
// group, which zimao announces to creditors on the public portal; after the 45-day claims period the enterprise
// applies with its confirmed liquidation report and is deregistered — enterprise, name (blocking a year) and register
// entry in one transaction.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { LiquidationPeriods, reviewLiquidationFiling, type LiquidationFiling, type LiquidationFinding, type LiquidationReport } from '../../../domain/deregistration/index.ts';
import type { LiquidationView } from '../../../schemas/deregistration.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { recordRegisterEntry, registerFacts, setEnterpriseStatus } from '../enterprises/service.ts';
import { markNameGone } from '../names/service.ts';
import { notify } from '../notifications/service.ts';
import { endHoldingsAtDeregistration } from '../ownership/service.ts';
import { readReferenceJson } from '../reference/reference-files.ts';
import * as repo from './repository.ts';
import { enterpriseForActor } from './service.ts';
let periods: LiquidationPeriods | undefined;
const liquidationPeriods = () => (periods ??= LiquidationPeriods.parse(readReferenceJson<unknown>('registration/liquidation-periods.json').content));

export async function fileLiquidation(ctx: AppContext, tx: Tx, actor: AccountActor, uscc: string, filing: LiquidationFiling): Promise<LiquidationView> {
  const enterprise = await enterpriseForActor(tx, actor, uscc);
  if (enterprise.status !== 'registered') throw new AppError('CONFLICT', { field: 'uscc', message: `${enterprise.uscc} is ${enterprise.status}` });
  if (enterprise.ownerAccountId === null) throw new AppError('CONFLICT', { field: 'uscc', message: `${uscc} has no applicant account` });
  const today = civilDateInShanghai(ctx.now());
  const { findings, claimsUntil } = reviewLiquidationFiling(filing, liquidationPeriods(), today);
  const block = findings.find((f) => f.severity === 'block');
  if (block) throw new AppError('REGISTRATION_REFUSED', { field: block.field, message: block.en, details: { findings } });
  const row = await repo.insertLiquidation(tx, { uscc: enterprise.uscc, applicant_account_id: enterprise.ownerAccountId, reason: filing.cause, members: JSON.stringify(filing.members), leader: filing.leader, formed_on: filing.formedOn, announced_on: today, claims_until: claimsUntil, status: 'liquidating' });
  await setEnterpriseStatus(tx, enterprise.uscc, 'liquidating');
  await recordRegisterEntry(tx, { uscc: enterprise.uscc, kind: 'filing', summary: { liquidationGroup: filing.members.map((m) => m.name), leader: filing.leader, cause: filing.cause, claimsUntil }, recordedBy: `account:${actor.account.id}` });
  return view(ctx, tx, row, findings);
}

export async function deregisterAfterLiquidation(ctx: AppContext, tx: Tx, actor: AccountActor, uscc: string, id: number, report: LiquidationReport): Promise<LiquidationView> {
  const enterprise = await enterpriseForActor(tx, actor, uscc);
  const row = await repo.lockLiquidation(tx, enterprise.uscc, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no liquidation ${id} of ${uscc}` });
  if (row.status === 'deregistered') throw new AppError('CONFLICT', { field: 'id', message: 'already deregistered' });
  const today = civilDateInShanghai(ctx.now());
  if (today <= row.claims_until) throw new AppError('CONFLICT', { field: 'id', message: `creditors may declare claims until ${row.claims_until} (Company Law Art. 235); apply after that day` });
  await repo.markLiquidationDeregistered(tx, id, report, ctx.now());
  await setEnterpriseStatus(tx, enterprise.uscc, 'deregistered');
  await markNameGone(tx, enterprise.uscc, 'deregistered', today);
  await endHoldingsAtDeregistration(tx, enterprise.uscc, today);
  await recordRegisterEntry(tx, { uscc: enterprise.uscc, kind: 'deregistration', summary: { route: 'ordinary', liquidationId: id, on: today, confirmedBy: report.confirmedBy }, recordedBy: `account:${actor.account.id}` });
  await notify(tx, {
    accountId: row.applicant_account_id,
    kind: 'deregistration.done',
    messageZh: `${enterprise.name}已注销（清算后，${today}）。`,
    messageEn: `${enterprise.name} is deregistered after liquidation (${today}).`,
    data: { liquidationId: id, uscc: enterprise.uscc },
  });
  return view(ctx, tx, (await repo.findLiquidation(tx, id))!, []);
}

export async function liquidationsOf(ctx: AppContext, db: DbOrTx, actor: AccountActor, uscc: string): Promise<LiquidationView[]> {
  const enterprise = await enterpriseForActor(db, actor, uscc);
  const rows = await repo.liquidationsOfUscc(db, enterprise.uscc);
  return Promise.all(rows.map((r) => view(ctx, db, r, [])));
}

/** The public portal: liquidation groups whose creditors may still declare claims. */
export async function publicLiquidations(ctx: AppContext, db: DbOrTx): Promise<LiquidationView[]> {
  const today = civilDateInShanghai(ctx.now());
  const rows = await repo.runningLiquidations(db, today, 200);
  return Promise.all(rows.map((r) => view(ctx, db, r, [])));
}

async function view(ctx: AppContext, db: DbOrTx, row: repo.LiquidationRow, findings: LiquidationFinding[]): Promise<LiquidationView> {
  const today = civilDateInShanghai(ctx.now());
  return {
    id: row.id,
    uscc: row.uscc,
    enterpriseName: (await registerFacts(db, row.uscc))?.name ?? row.uscc,
    cause: row.reason,
    leader: row.leader,
    members: (row.members as { name: string }[]).map((m) => m.name),
    formedOn: row.formed_on,
    announcedOn: row.announced_on,
    claimsUntil: row.claims_until,
    state: row.status === 'deregistered' ? 'deregistered' : today <= row.claims_until ? 'claims_open' : 'may_deregister',
    findings: findings.map((f) => ({ ...f })),
  };
}
