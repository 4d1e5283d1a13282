// The register as the public sees it (企业信息公示暂行条例 Art. 6; issue 8): a search by name fragment or credit
// code, and the open-data snapshot of every enterprise as gzip'd CSV. Both show the facts of the licence, no persons.
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { PublicEnterprise, PublicSearchQuery, PublicSearchResponse } from '../../../schemas/public-register.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import * as repo from './repository.ts';

/** The shape of a Unified Social Credit Code (GB 32100: 18 characters, no I, O, Z, S, V). */
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

function toPublic(r: repo.PublicRow): PublicEnterprise {
  const capital = r.capital ?? r.funds; // an individual business registers its funds (资金数额), not a capital
  return {
    uscc: r.uscc,
    name: r.name,
    status: r.status,
    entityType: r.entity_type,
    registeredCapitalYuan: capital === null ? null : Number(capital),
    establishedOn: r.established_on,
    areaCode: r.area_code,
    districtCode: r.district_code,
    industryCode: r.industry_code,
  };
}

/**
 * Enterprises by credit code, or by a fragment of their name. A fragment that many names share (科技) finds more
 * than `limit`: the answer then shows `limit` of them, best first among those read, and says there are more, as the
 * national publicity system asks for a longer keyword; it never counts millions of matches.
 */
export async function searchPublicRegister(db: DbOrTx, query: PublicSearchQuery): Promise<PublicSearchResponse> {
  const code = query.q.toUpperCase();
  if (USCC_SHAPE.test(code)) return { items: (await repo.findPublicByCode(db, code)).map(toPublic), more: false };
  const fragment = query.q.toLowerCase();
  const { rows, unread } = await namesHolding(db, fragment, query.limit + 1);
  const rank = (r: repo.PublicRow) => [r.name === query.q ? 0 : 1, r.name.toLowerCase().indexOf(fragment), r.name.length] as const;
  const ranked = rows
    .map((r) => ({ r, key: rank(r) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || (a.r.name < b.r.name ? -1 : a.r.name > b.r.name ? 1 : 0) || (a.r.uscc < b.r.uscc ? -1 : 1));
  return { items: ranked.slice(0, query.limit).map((x) => toPublic(x.r)), more: rows.length > query.limit || unread };
}

/** Candidates read per round: a few times what is wanted, as a name holding the pairs rarely lacks the fragment. */
const CANDIDATES_PER_ROUND = 4;
const MAX_ROUNDS = 10;

/**
 * Up to `wanted` enterprises whose names hold `fragment`: the candidates holding its pairs, confirmed here. Another
 * round of candidates is read only while too few are confirmed, at most MAX_ROUNDS; `unread` says candidates remain.
 */
async function namesHolding(db: DbOrTx, fragment: string, wanted: number): Promise<{ rows: repo.PublicRow[]; unread: boolean }> {
  // Keyed by code: two reads of an unordered scan need not list the rows in the same order.
  const found = new Map<string, repo.PublicRow>();
  const limit = wanted * CANDIDATES_PER_ROUND;
  let unread = true;
  for (let round = 0; round < MAX_ROUNDS && found.size < wanted && unread; round += 1) {
    const candidates = await repo.findByNamePairs(db, fragment, { limit, offset: round * limit });
    for (const r of candidates) if (r.name.toLowerCase().includes(fragment)) found.set(r.uscc, r);
    unread = candidates.length === limit;
  }
  return { rows: [...found.values()].slice(0, wanted), unread };
}

/** The snapshot's columns, in order; the header row names them. */
export const SNAPSHOT_COLUMNS = ['uscc', 'name', 'status', 'entity_type', 'registered_capital_yuan', 'established_on', 'area_code', 'district_code', 'industry_code'] as const;
const PAGE = 20_000;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(e: PublicEnterprise): string {
  return `${[e.uscc, e.name, e.status, e.entityType, e.registeredCapitalYuan, e.establishedOn, e.areaCode, e.districtCode, e.industryCode].map(csvField).join(',')}\r\n`;
}

/**
 * Writes every enterprise on the register, in credit-code order, as gzip'd CSV (UTF-8 with a byte-order mark, so a
 * spreadsheet opens the Chinese names as such) to `out`, and ends it. On PostgreSQL the pages are read in one
 * repeatable-read transaction: the file is the register at one instant while registrations go on. PGlite has one
 * connection, which such a transaction would hold for the whole export; there the pages are read one by one, so an
 * enterprise registered during the export appears only if its code comes after the page being read.
 */
export async function writeEnterpriseSnapshot(ctx: AppContext, out: Writable): Promise<{ rows: number }> {
  const csv = new PassThrough();
  const written = pipeline(csv, createGzip({ level: 6 }), out);
  const write = async (text: string) => {
    if (!csv.write(text)) await once(csv, 'drain');
  };
  let rows = 0;
  const pages = async (db: DbOrTx) => {
    for (let after = ''; ; ) {
      const page = await repo.publicPageAfter(db, after, PAGE);
      if (page.length === 0) return;
      await write(page.map((r) => csvLine(toPublic(r))).join(''));
      rows += page.length;
      after = page.at(-1)!.uscc;
    }
  };
  try {
    await write(`\uFEFF${SNAPSHOT_COLUMNS.join(',')}\r\n`);
    if (ctx.database.kind === 'postgres') await ctx.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(pages);
    else await pages(ctx.db);
    csv.end();
  } catch (error) {
    csv.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  }
  await written;
  return { rows };
}
