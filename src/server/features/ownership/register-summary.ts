// The whole register's ownership integrated at once (`zimao ownership integrate`): how many entities have a beneficial
// owner under the rule in force, how many only possibly, which entities hold each other in a circle and which cannot
// be solved. Counts and credit codes only, no person; still a read of beneficial-owner data, so it is in the trail.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai, isCivilDate } from '../../../domain/calendar/index.ts';
import { classifyShare, ruleInForce } from '../../../domain/ownership/index.ts';
import type { AppContext } from '../../context.ts';
import { appendAudit } from '../audit/service.ts';
import * as repo from './repository.ts';
import { integrateRegister, ownerRules } from './service.ts';

export interface RegisterOwnershipSummary {
  asOf: string;
  rule: string | null;
  holdings: number;
  heldEntities: number;
  ultimateShares: number;
  /** Entities with at least one definite beneficial owner, and those with only possible ones (BO-23). */
  withDefiniteOwner: number;
  withPossibleOwnerOnly: number;
  withoutOwnerMeetingRule: number;
  cycles: { count: number; first: string[][] };
  unresolved: { reason: string; entities: string[] }[];
  readMs: number;
  computeMs: number;
}

export async function registerOwnershipSummary(ctx: AppContext, asOfParam: string | undefined, actor: string): Promise<RegisterOwnershipSummary> {
  if (asOfParam !== undefined && !isCivilDate(asOfParam)) throw new AppError('INVALID_REQUEST', { field: 'as-of', message: `${asOfParam} is not a date written YYYY-MM-DD` });
  const asOf = asOfParam ?? civilDateInShanghai(ctx.now());
  const run = await integrateRegister(ctx.db, asOf);
  const { result } = run;
  const rule = ruleInForce(ownerRules(), asOf);
  let definite = 0;
  let possibleOnly = 0;
  let held = 0;
  for (let id = 0; id < result.size; id++) {
    const owners = result.ownersOf(id);
    if (!owners || owners.length === 0) continue;
    held += 1;
    if (!rule) continue;
    const classes = owners.map((o) => classifyShare(o, rule));
    if (classes.includes('definite')) definite += 1;
    else if (classes.includes('possible')) possibleOnly += 1;
  }
  const shown = result.cycles.slice(0, 50);
  const ids = [...new Set([...shown.flat(), ...result.unresolved.flatMap((u) => u.entities)])];
  const keys = new Map((await repo.partiesByIds(ctx.db, ids)).map((p) => [p.id, p.key]));
  const summary: RegisterOwnershipSummary = {
    asOf,
    rule: rule?.id ?? null,
    holdings: run.holdings,
    heldEntities: result.heldEntityCount,
    ultimateShares: result.ultimateShareCount,
    withDefiniteOwner: definite,
    withPossibleOwnerOnly: possibleOnly,
    withoutOwnerMeetingRule: held - definite - possibleOnly,
    cycles: { count: result.cycles.length, first: shown.map((cycle) => cycle.map((id) => keys.get(id)!)) },
    unresolved: result.unresolved.map((u) => ({ reason: u.reason, entities: u.entities.map((id) => keys.get(id)!) })),
    readMs: Math.round(run.readMs),
    computeMs: Math.round(run.computeMs),
  };
  const { cycles, unresolved, readMs, computeMs, ...counts } = summary;
  await ctx.db.transaction().execute((tx) => appendAudit(tx, { actor, action: 'ownership.integrate', subject: null, request: { asOf }, result: { ...counts, cycles: cycles.count, unresolved: unresolved.length } }, ctx.now()));
  return summary;
}
