// Holdings and beneficial owners (受益所有人信息管理办法; BO-01 … BO-26). The register states each company's direct
// holdings when it is established or its investors change; the owners of one company are computed on request from the
// holdings above it, as of a day, and the whole register's by `integrateRegister` (the CLI, the benchmark).
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import {
  BeneficialOwnerRules,
  type BeneficialOwnerRule,
  classifyShare,
  exemptByCommitment,
  integrateOwnership,
  OwnershipGraphBuilder,
  registeredHoldings,
  ruleInForce,
  type IntegratedOwnership,
  type RegisteredInvestor,
} from '../../../domain/ownership/index.ts';
import type { BeneficialOwnersResponse } from '../../../schemas/ownership.ts';
import { actorName, type AccountActor, type AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { appendAudit } from '../audit/service.ts';
import { getEnterprise, registerFacts } from '../enterprises/service.ts';
import { readReferenceJson } from '../reference/reference-files.ts';
import * as repo from './repository.ts';

/** The most holdings one company's answer is computed from; a larger graph is the whole-register computation's work. */
export const UPSTREAM_LIMIT = 20_000;

let rules: BeneficialOwnerRule[] | undefined;
/** reference-data/ownership/beneficial-owner-rules.json, read and checked once per process. */
export function ownerRules(): BeneficialOwnerRule[] {
  rules ??= BeneficialOwnerRules.parse(readReferenceJson<unknown>('ownership/beneficial-owner-rules.json').content).rules;
  return rules;
}

/**
 * What the register now says the company's investors hold, from `day`: the holdings it stated before end that day.
 * Called by registration in its transaction at establishment and at every change of investors or capital.
 */
export async function recordRegisterHoldings(tx: Tx, input: { uscc: string; name: string; investors: readonly RegisteredInvestor[]; registeredCapitalYuan: number; day: string }): Promise<void> {
  const holders = registeredHoldings(input.investors, input.registeredCapitalYuan).map((h) => ({ kind: h.holderKind, key: h.holderKey, name: h.holderName, nationality: h.holderNationality, share: h.shareMin }));
  await repo.replaceRegisterHoldings(tx, { key: input.uscc, name: input.name }, holders, input.day);
}

/**
 * A deregistered entity is held by no one from its day (BO-25: dissolved entities drop out); what the register stated
 * before stays, for a day before. Its own stakes in others are not ended here: summary deregistration is refused while
 * it holds any (EXIT-05), and a liquidation disposes of them before the report.
 */
export async function endHoldingsAtDeregistration(tx: Tx, uscc: string, day: string): Promise<void> {
  await repo.endHoldingsOf(tx, uscc, day);
}

/**
 * An identity number with its middle hidden: four characters kept at each end of a citizen number (the region and the
 * check), a quarter at each end of a shorter one (a passport), none of four characters or fewer.
 */
export function maskIdNumber(key: string): string {
  const number = key.slice(key.lastIndexOf(':') + 1);
  const keep = number.length >= 15 ? 4 : Math.floor(number.length / 4);
  return `${number.slice(0, keep)}${'*'.repeat(number.length - 2 * keep)}${keep > 0 ? number.slice(-keep) : ''}`;
}

/**
 * The beneficial owners of one enterprise as of a day, for an officer whose scope holds it. The read and its audit row
 * are one transaction: no one sees these data without the trail saying so (BO-06).
 */
export async function beneficialOwners(ctx: AppContext, actor: AccountActor, uscc: string, asOfParam: string | undefined): Promise<BeneficialOwnersResponse> {
  const asOf = asOfParam ?? civilDateInShanghai(ctx.now());
  return ctx.db.transaction().execute(async (tx) => {
    const enterprise = await getEnterprise(tx, actor, uscc);
    if (asOf < enterprise.establishedOn) throw new AppError('INVALID_REQUEST', { field: 'asOf', message: `${enterprise.name} was established on ${enterprise.establishedOn}` });
    const rows = await repo.upstreamHoldings(tx, enterprise.uscc, asOf, UPSTREAM_LIMIT + 1);
    if (rows.length > UPSTREAM_LIMIT) throw new AppError('CONFLICT', { field: 'uscc', message: `more than ${UPSTREAM_LIMIT} holdings lie above this enterprise; run zimao ownership integrate` });
    // The enterprise's party id, from its own holdings; none in force, no party id needed.
    const partyId = rows.find((r) => r.subject_key === enterprise.uscc)?.subject_id ?? null;
    const answer = await ownersFromHoldings(tx, { ...enterprise, partyId }, rows, asOf);
    await appendAudit(tx, { actor: actorName(actor), action: 'ownership.read', subject: enterprise.uscc, request: { asOf }, result: { ultimateHolders: answer.ultimateHolders.length, beneficialOwners: answer.ultimateHolders.filter((h) => h.beneficialOwner).length } }, ctx.now());
    return answer;
  });
}

async function ownersFromHoldings(db: DbOrTx, enterprise: { uscc: string; name: string; partyId: number | null }, rows: repo.UpstreamRow[], asOf: string): Promise<BeneficialOwnersResponse> {
  // The subgraph in ids of its own, counted from 0: the graph's arrays are as long as its largest id, and the party
  // ids of a large register run into the millions.
  const local = new Map<number, number>();
  const localId = (partyId: number) => local.get(partyId) ?? local.set(partyId, local.size).get(partyId)!;
  const builder = new OwnershipGraphBuilder();
  const parties = new Map<number, { key: string; name: string; nationality: string }>();
  const subjects = new Set(rows.map((r) => r.subject_id));
  for (const r of rows) {
    builder.hold(localId(r.subject_id), localId(r.holder_id), r.holder_kind === 'person', { min: r.share_min, max: r.share_max });
    parties.set(r.holder_id, { key: r.holder_key, name: r.holder_name, nationality: r.holder_nationality });
    parties.set(r.subject_id, { key: r.subject_key, name: r.subject_name, nationality: 'CN' });
  }
  const partyOf = [...local.keys()];
  const result = integrateOwnership(builder.build());
  const rule = ruleInForce(ownerRules(), asOf);
  const root = enterprise.partyId === null ? undefined : local.get(enterprise.partyId);
  const holders = (root === undefined ? [] : (result.ownersOf(root) ?? [])).map((share) => {
    const person = parties.get(partyOf[share.person]!)!;
    return {
      name: person.name,
      nationality: person.nationality,
      idType: person.key.slice(0, person.key.indexOf(':')),
      idNumberMasked: maskIdNumber(person.key),
      sharePercent: percent(share),
      beneficialOwner: rule ? classifyShare(share, rule) : null,
    };
  });
  const facts = await registerFacts(db, enterprise.uscc);
  const particulars = (facts?.particulars ?? {}) as Particulars;
  const direct = rows.filter((r) => r.subject_id === enterprise.partyId);
  const nameOf = (id: number) => parties.get(id)!.name;
  return {
    uscc: enterprise.uscc,
    name: enterprise.name,
    asOf,
    rule: rule && { id: rule.id, thresholdPercent: rule.thresholdPercent, comparison: rule.comparison, basisZh: rule.basisZh, basisEn: rule.basisEn, fallbackZh: rule.fallbackZh, fallbackEn: rule.fallbackEn },
    ultimateHolders: holders,
    holdings: rows.map((r) => ({
      subject: r.subject_key,
      subjectName: r.subject_name,
      holderKind: r.holder_kind,
      holder: r.holder_kind === 'entity' ? r.holder_key : maskIdNumber(r.holder_key),
      holderName: r.holder_name,
      sharePercent: percent({ min: r.share_min, max: r.share_max }),
    })),
    entitiesWithoutKnownHolders: [...new Set(rows.filter((r) => r.holder_kind === 'entity' && !subjects.has(r.holder_id)).map((r) => r.holder_id))].map((id) => ({ key: parties.get(id)!.key, name: nameOf(id) })),
    cycles: result.cycles.map((cycle) => cycle.map((id) => nameOf(partyOf[id]!))),
    unresolved: result.unresolved[0]?.reason ?? null,
    exemptByCommitment: rule !== null && typeof particulars.registeredCapitalYuan === 'number' && exemptByCommitment({ registeredCapitalYuan: particulars.registeredCapitalYuan, investorKinds: direct.map((r) => r.holder_kind) }, rule),
    dayToDayManager: holders.some((h) => h.beneficialOwner === 'definite') ? null : dayToDayManager(particulars),
  };
}

interface Particulars {
  registeredCapitalYuan?: number;
  legalRepresentative?: { name: string; position?: string };
  managers?: { name: string; position?: string }[];
}

/** BO-03's last step: the manager (经理) runs the company day to day; without one, the legal representative. */
function dayToDayManager(particulars: Particulars): { name: string; position: string } | null {
  const manager = particulars.managers?.find((m) => m.position === 'manager') ?? particulars.managers?.[0];
  if (manager) return { name: manager.name, position: manager.position ?? 'manager' };
  const representative = particulars.legalRepresentative;
  return representative ? { name: representative.name, position: representative.position ?? 'legal-representative' } : null;
}

function percent(share: { min: number; max: number }): { min: number; max: number } {
  return { min: Math.round(share.min * 1e8) / 1e6, max: Math.round(share.max * 1e8) / 1e6 };
}

export interface RegisterIntegration {
  asOf: string;
  holdings: number;
  result: IntegratedOwnership;
  /** Milliseconds reading the holdings, and building and integrating the graph. */
  readMs: number;
  computeMs: number;
}

/** Every holding in force on `asOf`, read in pages, integrated over the whole register at once (BO-20). */
export async function integrateRegister(db: DbOrTx, asOf: string, pageSize = 50_000): Promise<RegisterIntegration> {
  const started = performance.now();
  const builder = new OwnershipGraphBuilder();
  let holdings = 0;
  let computeMs = 0;
  for (let after = '0'; ; ) {
    const page = await repo.holdingsPage(db, asOf, after, pageSize);
    const building = performance.now();
    for (const r of page) builder.hold(r.subject_id, r.holder_id, r.holder_kind === 'person', { min: r.share_min, max: r.share_max });
    computeMs += performance.now() - building;
    holdings += page.length;
    if (page.length < pageSize) break;
    after = page.at(-1)!.id;
  }
  const integrating = performance.now();
  const result = integrateOwnership(builder.build());
  computeMs += performance.now() - integrating;
  return { asOf, holdings, result, readMs: performance.now() - started - computeMs, computeMs };
}
