// Unified Social Credit Codes (GB 32100-2015) over HTTP: checking and issuing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUscc, orgBodyForSequence } from '../../src/domain/uscc/index.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';
import { nextSequenceOf } from '../../src/server/features/uscc/service.ts';

let t: TestApp;
let window: Session;
beforeAll(async () => {
  t = await createTestApp();
  window = await t.login('window');
});
afterAll(async () => t.close());

// Published codes of real entities (valid) and one whose check character is wrong.
const VALID_ENTERPRISE = '91500000202897821P';
const VALID_ESTABLISHMENT = '11500000009275780L';
const WRONG_CHECK = '91350211M00013FA1N';

interface CheckResult {
  code: string;
  valid: boolean;
  checkChar: string | null;
  authority: string | null;
  entityType: string | null;
  division: string | null;
  reason: string | null;
  parts: {
    authority: { code: string; nameZh: string | null; nameEn: string | null; known: boolean; confidence: string | null } | null;
    entityType: { code: string; nameZh: string | null; nameEn: string | null; known: boolean } | null;
    division: { code: string; note: string } | null;
    orgCode: { code: string; valid: boolean; checkChar: string | null } | null;
  };
  warnings: string[];
  disposition: { existingEntity: string; newIssuance: string };
}

async function check(code: string): Promise<CheckResult> {
  const res = await t.request('GET', `/api/uscc/${encodeURIComponent(code)}`);
  expect(res.statusCode).toBe(200);
  return res.json() as CheckResult;
}

describe('GET /api/uscc/:code', () => {
  it('accepts a published enterprise code and explains its parts', async () => {
    const r = await check(VALID_ENTERPRISE);
    expect(r).toMatchObject({ code: VALID_ENTERPRISE, valid: true, checkChar: 'P', authority: '9', entityType: '1', division: '500000', reason: null, warnings: [] });
    expect(r.parts.authority).toMatchObject({ code: '9', known: true, confidence: 'high' });
    expect(r.parts.authority?.nameEn).toMatch(/market regulation/i);
    expect(r.parts.entityType).toMatchObject({ code: '1', nameZh: '企业', nameEn: 'Enterprise', known: true });
    expect(r.parts.division?.code).toBe('500000');
    expect(r.parts.orgCode).toEqual({ code: '20289782-1', valid: true, checkChar: '1' });
    expect(r.disposition).toEqual({ existingEntity: 'accept', newIssuance: 'accept' });
  });

  it('accepts a published code of an establishment-administration unit (authority 1)', async () => {
    const r = await check(VALID_ESTABLISHMENT);
    expect(r).toMatchObject({ valid: true, checkChar: 'L', authority: '1', entityType: '1', division: '500000', reason: null });
    expect(r.parts.authority?.known).toBe(true);
  });

  it('upper-cases lower-case input', async () => {
    const r = await check(VALID_ENTERPRISE.toLowerCase());
    expect(r).toMatchObject({ code: VALID_ENTERPRISE, valid: true });
  });

  it('reports a wrong check character with the right one: warn for an existing entity, block new issuance', async () => {
    const r = await check(WRONG_CHECK);
    expect(r).toMatchObject({ code: WRONG_CHECK, valid: false, checkChar: '3', division: '350211' });
    expect(r.reason).toContain("expected '3'");
    expect(r.disposition).toEqual({ existingEntity: 'warn', newIssuance: 'block' });
    expect(checkUscc(`${WRONG_CHECK.slice(0, 17)}3`).valid).toBe(true);
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('refuses the forbidden letter %s and blocks the code everywhere', async (letter) => {
    const code = `${VALID_ENTERPRISE.slice(0, 10)}${letter}${VALID_ENTERPRISE.slice(11)}`;
    const r = await check(code);
    expect(r.valid).toBe(false);
    expect(r.reason).toContain(`'${letter}' at position 11`);
    expect(r.checkChar).toBeNull();
    expect(r.disposition).toEqual({ existingEntity: 'block', newIssuance: 'block' });
  });

  it.each([
    [VALID_ENTERPRISE.slice(0, 17), 17],
    [`${VALID_ENTERPRISE}0`, 19],
    ['9150', 4],
  ])('refuses %s: length %i', async (code, length) => {
    const r = await check(code);
    expect(r.valid).toBe(false);
    expect(r.reason).toBe(`length is ${length}, expected 18`);
    expect(r.disposition.newIssuance).toBe('block');
  });

  it('reports an unknown authority as a warning without invalidating a well-formed code', async () => {
    const first17 = `X1${VALID_ENTERPRISE.slice(2, 17)}`;
    const r = await check(`${first17}${checkUscc(`${first17}0`).checkChar}`);
    expect(r.valid).toBe(true);
    expect(r.parts.authority).toMatchObject({ code: 'X', known: false, nameZh: null });
    expect(r.warnings.some((w) => w.includes("'X'"))).toBe(true);
    expect(r.disposition).toEqual({ existingEntity: 'warn', newIssuance: 'block' });
  });

  it('refuses a path parameter longer than 64 characters with 400 naming code', async () => {
    expect(errorOf(await t.request('GET', `/api/uscc/${'9'.repeat(65)}`))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'code' });
  });
});

describe('POST /api/uscc/check', () => {
  it('answers one result per code, in input order', async () => {
    const codes = [WRONG_CHECK, VALID_ENTERPRISE, 'abc', VALID_ESTABLISHMENT.toLowerCase()];
    const res = await t.request('POST', '/api/uscc/check', { body: { codes } });
    expect(res.statusCode).toBe(200);
    const results = res.json().results as CheckResult[];
    expect(results.map((r) => [r.code, r.valid])).toEqual([
      [WRONG_CHECK, false],
      [VALID_ENTERPRISE, true],
      ['ABC', false],
      [VALID_ESTABLISHMENT, true],
    ]);
    expect(results[0]?.checkChar).toBe('3');
  });

  it('stores nothing (checking is a read)', async () => {
    const [audit, issued] = [await t.count('audit_log'), await t.count('uscc_issued')];
    await t.request('POST', '/api/uscc/check', { body: { codes: [VALID_ENTERPRISE] } });
    expect([await t.count('audit_log'), await t.count('uscc_issued')]).toEqual([audit, issued]);
  });

  it.each([
    ['an empty list', { codes: [] }, 'codes'],
    ['no list', {}, 'codes'],
    ['more than 1000 codes', { codes: Array.from({ length: 1001 }, () => VALID_ENTERPRISE) }, 'codes'],
    ['a code over 64 characters', { codes: [VALID_ENTERPRISE, 'A'.repeat(65)] }, 'codes.1'],
    ['a number instead of a string', { codes: [915] }, 'codes.0'],
  ])('refuses %s with 400 naming %s', async (_what, body, field) => {
    const err = errorOf(await t.request('POST', '/api/uscc/check', { body }));
    expect(err).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
  });
});

describe('POST /api/uscc/issue', () => {
  it('issues 10 distinct valid codes with the requested parts, in sequence from block MA', async () => {
    const issuedBefore = await t.count('uscc_issued');
    const requests = [
      { authority: '9', entityType: '1', division: '500112' },
      { authority: '9', entityType: '2', division: '500105' },
      { authority: '9', entityType: '3', division: '500106' },
      { authority: '5', entityType: '1', division: '500103' },
      { authority: 'N', entityType: '2', division: '500107' },
      { authority: 'n', entityType: '3', division: '500108' },
      { authority: '1', entityType: '9', division: '500109' },
      { authority: 'Y', entityType: '1', division: '500000' },
      { authority: '3', entityType: '5', division: '500112' },
      { authority: '9', entityType: '1', division: '500112' },
    ];
    const issued: { code: string; orgCode: string; sequence: number; block: string }[] = [];
    for (const body of requests) {
      const res = await t.request('POST', '/api/uscc/issue', { as: window, body });
      expect(res.statusCode, res.body).toBe(201);
      issued.push(res.json());
    }
    expect(new Set(issued.map((i) => i.code)).size).toBe(10);
    const first = issued[0]!.sequence;
    issued.forEach((i, n) => {
      const req = requests[n]!;
      const r = checkUscc(i.code);
      expect(r.valid, i.code).toBe(true);
      expect(r.warnings, i.code).toEqual([]);
      expect(r.disposition).toEqual({ existingEntity: 'accept', newIssuance: 'accept' });
      expect([r.authority, r.entityType, r.division]).toEqual([req.authority.toUpperCase(), req.entityType, req.division]);
      expect(i.block).toBe('MA');
      expect(i.sequence).toBe(first + n);
      expect(i.code.slice(8, 16)).toBe(orgBodyForSequence('MA', i.sequence));
      expect(i.orgCode).toBe(`${i.code.slice(8, 16)}-${i.code[16]}`);
      expect(r.parts.orgCode?.valid).toBe(true);
    });
    expect(await t.count('uscc_issued')).toBe(issuedBefore + 10);
    const rows = await t.ctx.db.selectFrom('uscc_issued').selectAll().where('code', 'in', issued.map((i) => i.code)).orderBy('sequence').execute();
    expect(rows.map((r) => [r.code, r.authority, r.entity_type, r.division, r.block, Number(r.sequence), r.issued_by])).toEqual(
      issued.map((i, n) => [i.code, requests[n]!.authority.toUpperCase(), requests[n]!.entityType, requests[n]!.division, 'MA', i.sequence, 'window']),
    );
  });

  it('lets an administrator issue too, and the code checks as valid over HTTP', async () => {
    const res = await t.request('POST', '/api/uscc/issue', { as: await t.login('admin'), body: { authority: '9', entityType: '1', division: '500112' } });
    expect(res.statusCode).toBe(201);
    expect((await check(res.json().code)).valid).toBe(true);
  });

  it.each([
    ['division of 5 digits', { authority: '9', entityType: '1', division: '50011' }, 'division'],
    ['division with a letter', { authority: '9', entityType: '1', division: '50011A' }, 'division'],
    ['missing division', { authority: '9', entityType: '1' }, 'division'],
    ['unknown authority', { authority: 'Q', entityType: '1', division: '500112' }, 'authority'],
    ['entity type not defined for the authority', { authority: '9', entityType: '7', division: '500112' }, 'entityType'],
    ['entity type not defined for authority Y', { authority: 'Y', entityType: '2', division: '500112' }, 'entityType'],
    ['two-character authority', { authority: '91', entityType: '1', division: '500112' }, 'authority'],
    ['empty entity type', { authority: '9', entityType: '', division: '500112' }, 'entityType'],
  ])('refuses %s with 400 naming the field, issuing nothing', async (_what, body, field) => {
    const issued = await t.count('uscc_issued');
    const seq = await nextSequenceOf(t.ctx.db);
    const err = errorOf(await t.request('POST', '/api/uscc/issue', { as: window, body }));
    expect(err).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
    expect(await t.count('uscc_issued')).toBe(issued);
    // Checked before a number is taken: the refused request used none.
    expect(await nextSequenceOf(t.ctx.db)).toBe(seq);
  });

  it('keeps issuing to window officers and administrators', async () => {
    const issued = await t.count('uscc_issued');
    const body = { authority: '9', entityType: '1', division: '500112' };
    expect(errorOf(await t.request('POST', '/api/uscc/issue', { as: await t.login('applicant'), body }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await t.request('POST', '/api/uscc/issue', { as: await t.login('analyst'), body }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await t.request('POST', '/api/uscc/issue', { body }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await t.count('uscc_issued')).toBe(issued);
  });
});
