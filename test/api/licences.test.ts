// Electronic business licences (issue 6; REG-02): issued as signed JSON, drawn as a PDF, verified by anyone.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error.ts';
import { canonicalJson } from '../../src/domain/audit/chain-hash.ts';
import { usccCheckChar } from '../../src/domain/uscc/index.ts';
import type { LicenceFields, LicenceView, VerifyLicenceResponse } from '../../src/schemas/licences.ts';
import { addEnterprise } from '../../src/server/features/enterprises/service.ts';
import { issueLicence } from '../../src/server/features/licences/service.ts';
import { SIGNING_KEY_ENV } from '../../src/server/features/licences/signing-keys.ts';
import { createTestApp, errorOf, TEST_NOW, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
/** A valid credit code of its own for each test enterprise (GB 32100 check character computed). */
const usccFor = (n: number) => {
  const first17 = `9150011200${String(n).padStart(4, '0')}ABC`;
  return first17 + usccCheckChar(first17);
};
const nameFor = (n: number) => `重庆验照${[...String(n)].map((d) => DIGITS[Number(d)]).join('')}科技有限公司`;

function fieldsFor(n: number, changes: Partial<LicenceFields> = {}): LicenceFields {
  return {
    uscc: usccFor(n),
    name: nameFor(n),
    entityType: '有限责任公司(自然人投资或控股)',
    legalRepresentative: '张三',
    registeredCapitalYuan: 1_000_000,
    establishedOn: '2026-11-24',
    businessScope: '一般项目：软件开发；信息技术咨询服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
    domicile: '重庆市两江新区金渝大道 1 号',
    registrationAuthority: '重庆两江新区市场监督管理局',
    integratedCertificates: ['组织机构代码证', '税务登记证', '社会保险登记证', '统计登记证'],
    areaCode: 'LJ',
    ...changes,
  };
}

async function enterprise(n: number): Promise<string> {
  await addEnterprise(t.ctx.db, { uscc: usccFor(n), name: nameFor(n), areaCode: 'LJ', districtCode: '500112', industryCode: '6513', establishedOn: '2026-11-24', ownerAccountId: null });
  return usccFor(n);
}

const issue = (fields: LicenceFields, now = TEST_NOW) => t.ctx.db.transaction().execute((tx) => issueLicence(tx, fields, 'window', now));

async function verifyBody(body: unknown): Promise<VerifyLicenceResponse> {
  const res = await t.request('POST', '/api/licences/verify', { body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as VerifyLicenceResponse;
}
const codes = (r: VerifyLicenceResponse) => r.reasons.map((x) => x.code);

beforeAll(async () => {
  t = await createTestApp({ demo: false });
  for (const n of [1, 2, 3, 4, 5, 6, 7]) await enterprise(n);
});
afterAll(async () => t.close());

describe('the signing key', () => {
  it('is generated on first use, once, even when two issues start at once', async () => {
    expect(await t.count('signing_keys')).toBe(0);
    const [a, b] = await Promise.all([issue(fieldsFor(6)), issue(fieldsFor(7))]);
    expect(a.keyId).toBe(b.keyId);
    const rows = await t.ctx.db.selectFrom('signing_keys').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.private_key).toContain('PRIVATE KEY');
    // key_id: the first 16 hex characters of SHA-256 of the SPKI DER public key.
    const der = createPublicKey(rows[0]!.public_key).export({ type: 'spki', format: 'der' });
    expect(rows[0]!.key_id).toBe(createHash('sha256').update(der).digest('hex').slice(0, 16));
  });
});

describe('a licence', () => {
  let v1: LicenceView;
  beforeAll(async () => {
    v1 = await issue(fieldsFor(1));
  });

  it('is the signed document of the fields, version 1, issued on the Shanghai civil date', async () => {
    expect(v1).toMatchObject({ uscc: usccFor(1), version: 1, current: true, supersededAt: null });
    expect(v1.document).toEqual({ ...fieldsFor(1), version: 1, issuedOn: '2026-11-24', keyId: v1.keyId, verify: `/verify/licence/${usccFor(1)}/1` });
    const res = await t.request('GET', `/api/licences/${usccFor(1)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(v1);
    // A lower-case code finds the same licence.
    expect((await t.request('GET', `/api/licences/${usccFor(1).toLowerCase()}`)).json()).toEqual(v1);
  });

  it('verifies: signature, issued, current, and the enterprise in existence', async () => {
    const r = await verifyBody({ document: v1.document, signature: v1.signature });
    expect(r).toEqual({
      signatureValid: true, keyId: v1.keyId, knownKey: true, issued: true, current: true, uscc: usccFor(1), version: 1, currentVersion: 1,
      supersededAt: null, enterprise: { uscc: usccFor(1), name: nameFor(1), status: 'registered' }, reasons: [],
    });
  });

  it.each([
    ['name', '重庆验照伪造科技有限公司'], ['entityType', '股份有限公司'], ['legalRepresentative', '李四'], ['registeredCapitalYuan', 1_000_001],
    ['establishedOn', '2026-11-23'], ['businessScope', '一般项目：软件开发。'], ['domicile', '重庆市渝北区'], ['registrationAuthority', '重庆市市场监督管理局'],
    ['integratedCertificates', ['组织机构代码证']], ['areaCode', 'XY'], ['version', 2], ['issuedOn', '2026-11-25'], ['verify', '/verify/licence/x/1'],
    ['uscc', usccFor(2)],
  ])('fails when %s is changed, saying the signature does not match', async (field, value) => {
    const r = await verifyBody({ document: { ...v1.document, [field]: value }, signature: v1.signature });
    expect(r.signatureValid).toBe(false);
    expect(r.issued).toBe(false);
    expect(r.current).toBe(false);
    expect(codes(r)).toContain('SIGNATURE_INVALID');
    expect(codes(r)).toContain('NOT_ISSUED');
    for (const reason of r.reasons) expect(reason.zh.length * reason.en.length).toBeGreaterThan(0);
  });

  it('fails when a field is added or removed, or the key id is changed', async () => {
    const { businessScope: _gone, ...without } = v1.document;
    for (const document of [{ ...v1.document, extra: 'x' }, without]) {
      const r = await verifyBody({ document, signature: v1.signature });
      expect(r.signatureValid).toBe(false);
      expect(codes(r)).toEqual(expect.arrayContaining(['SIGNATURE_INVALID', 'NOT_ISSUED']));
    }
    const r = await verifyBody({ document: { ...v1.document, keyId: '0123456789abcdef' }, signature: v1.signature });
    expect(r).toMatchObject({ signatureValid: false, knownKey: false, issued: false });
    expect(codes(r)).toEqual(['KEY_UNKNOWN', 'NOT_ISSUED']);
  });

  it('fails when any one character of the signature is changed', async () => {
    expect(v1.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    for (let i = 0; i < v1.signature.length; i++) {
      const c = v1.signature[i]!;
      const altered = v1.signature.slice(0, i) + (c === 'A' ? 'B' : 'A') + v1.signature.slice(i + 1);
      const r = await verifyBody({ document: v1.document, signature: altered });
      expect(r.signatureValid, `position ${i}`).toBe(false);
      expect(codes(r)).toEqual(['SIGNATURE_INVALID', 'NOT_ISSUED']);
    }
    for (const signature of ['', 'not base64!', v1.signature + 'A', v1.signature.slice(1)]) {
      expect((await verifyBody({ document: v1.document, signature })).signatureValid).toBe(false);
    }
  });

  it('fails for a document signed by another key: the key is unknown', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const keyId = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
    const forged = { ...v1.document, keyId };
    const signature = sign(null, Buffer.from(canonicalJson(forged)), privateKey).toString('base64url');
    const r = await verifyBody({ document: forged, signature });
    expect(r).toMatchObject({ signatureValid: false, keyId, knownKey: false, issued: false, current: false });
    expect(codes(r)).toEqual(['KEY_UNKNOWN', 'NOT_ISSUED']);
    // Signed by another key but claiming the platform's key: the signature does not match.
    const claiming = sign(null, Buffer.from(canonicalJson(v1.document)), privateKey).toString('base64url');
    const r2 = await verifyBody({ document: v1.document, signature: claiming });
    expect(r2).toMatchObject({ signatureValid: false, knownKey: true, issued: false });
    expect(codes(r2)).toEqual(['SIGNATURE_INVALID', 'NOT_ISSUED']);
  });

  it('answers a document that is no licence with reasons, never a 500', async () => {
    for (const document of [{}, { uscc: 42, version: 'one', keyId: { x: 1 } }, { uscc: 'nonsense', keyId: "'; DROP TABLE x; --" }, { version: 1e300, uscc: usccFor(1) }]) {
      const r = await verifyBody({ document, signature: v1.signature });
      expect(r).toMatchObject({ signatureValid: false, issued: false, current: false });
      expect(codes(r)[0]).toBe('DOCUMENT_MALFORMED');
    }
    expect(errorOf(await t.request('POST', '/api/licences/verify', { body: { signature: v1.signature } }))).toMatchObject({ status: 400, field: 'document' });
    expect(errorOf(await t.request('POST', '/api/licences/verify', { body: { document: [1], signature: v1.signature } }))).toMatchObject({ status: 400, field: 'document' });
    expect(errorOf(await t.request('POST', '/api/licences/verify', { body: { document: v1.document } }))).toMatchObject({ status: 400, field: 'signature' });
    // Nested far deeper than any licence (well inside the body limit): refused, not a stack overflow.
    const deep = `{"document":{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}},"signature":"a"}`;
    const res = await t.app.inject({ method: 'POST', url: '/api/licences/verify', headers: { 'content-type': 'application/json' }, payload: deep });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'document' });
  });

  it('is published with its key, and the signature verifies with that PEM by node:crypto alone', async () => {
    const res = await t.request('GET', '/api/licences/keys');
    expect(res.statusCode).toBe(200);
    const key = (res.json().keys as { keyId: string; algorithm: string; publicKey: string; retiredAt: string | null }[]).find((k) => k.keyId === v1.keyId);
    expect(key).toMatchObject({ algorithm: 'Ed25519', retiredAt: null });
    expect(key!.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(res.body).not.toContain('PRIVATE');
    const publicKey = createPublicKey(key!.publicKey);
    const bytes = Buffer.from(canonicalJson(v1.document), 'utf8');
    expect(verify(null, bytes, publicKey, Buffer.from(v1.signature, 'base64url'))).toBe(true);
    expect(verify(null, Buffer.from(canonicalJson({ ...v1.document, name: 'x' })), publicKey, Buffer.from(v1.signature, 'base64url'))).toBe(false);
  });

  it('is drawn as a PDF', async () => {
    const res = await t.request('GET', `/api/licences/${usccFor(1)}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(usccFor(1));
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(5_000);
    const v = await t.request('GET', `/api/licences/${usccFor(1)}/pdf?version=1`);
    expect(v.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('answers 404 for a code without a licence and 400 for a malformed one, naming the field', async () => {
    const none = usccFor(5);
    for (const url of [`/api/licences/${none}`, `/api/licences/${none}/versions/1`, `/api/licences/${none}/pdf`]) {
      expect(errorOf(await t.request('GET', url))).toMatchObject({ status: 404, code: 'NOT_FOUND', field: 'uscc' });
    }
    expect(errorOf(await t.request('GET', `/api/licences/${usccFor(1)}/versions/9`))).toMatchObject({ status: 404, field: 'version' });
    expect(errorOf(await t.request('GET', `/api/licences/${usccFor(1)}/pdf?version=9`))).toMatchObject({ status: 404, field: 'version' });
    for (const bad of ['123', `${usccFor(1)}0`, '91500112MA5U0000IZ', encodeURIComponent('91500112中文00ABCDE1')]) {
      for (const url of [`/api/licences/${bad}`, `/api/licences/${bad}/pdf`, `/api/licences/${bad}/versions/1`]) {
        expect(errorOf(await t.request('GET', url)), url).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'uscc' });
      }
    }
    expect(errorOf(await t.request('GET', `/api/licences/${usccFor(1)}/versions/0`))).toMatchObject({ status: 400, field: 'version' });
    expect(errorOf(await t.request('GET', `/api/licences/${usccFor(1)}/pdf?version=x`))).toMatchObject({ status: 400, field: 'version' });
  });

  it('is superseded by version 2, which alone is current', async () => {
    const later = new Date(TEST_NOW.getTime() + 86_400_000);
    const v2 = await issue(fieldsFor(1, { domicile: '重庆市两江新区金渝大道 2 号' }), later);
    expect(v2).toMatchObject({ version: 2, current: true, document: { version: 2, issuedOn: '2026-11-25', verify: `/verify/licence/${usccFor(1)}/2` } });
    const old = await verifyBody({ document: v1.document, signature: v1.signature });
    expect(old).toMatchObject({ signatureValid: true, issued: true, current: false, currentVersion: 2, supersededAt: later.toISOString() });
    expect(codes(old)).toEqual(['SUPERSEDED']);
    expect((await verifyBody({ document: v2.document, signature: v2.signature })).reasons).toEqual([]);
    expect((await t.request('GET', `/api/licences/${usccFor(1)}`)).json()).toMatchObject({ version: 2, current: true });
    expect((await t.request('GET', `/api/licences/${usccFor(1)}/versions/1`)).json()).toMatchObject({ version: 1, current: false, supersededAt: later.toISOString(), signature: v1.signature });
    const pdf = await t.request('GET', `/api/licences/${usccFor(1)}/pdf?version=1`);
    expect(pdf.statusCode).toBe(200);
  });

  it('says so when the enterprise is no longer in existence', async () => {
    const v = await issue(fieldsFor(3));
    // The register changes through the registration feature; the table is set directly to stand for it here.
    await t.ctx.db.updateTable('enterprises').set({ status: 'deregistered' }).where('uscc', '=', usccFor(3)).execute();
    const r = await verifyBody({ document: v.document, signature: v.signature });
    expect(r).toMatchObject({ signatureValid: true, issued: true, current: true, enterprise: { status: 'deregistered' } });
    expect(codes(r)).toEqual(['ENTERPRISE_NOT_ACTIVE']);
  });
});

describe('issuing', () => {
  it('gives concurrent issues for one credit code versions 1, 2, 3, never two of the same', async () => {
    const results = await Promise.all([1, 2, 3].map(() => issue(fieldsFor(4))));
    expect(results.map((r) => r.version).sort()).toEqual([1, 2, 3]);
    const rows = await t.ctx.db.selectFrom('business_licences').select(['version', 'superseded_at']).where('uscc', '=', usccFor(4)).orderBy('version').execute();
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.superseded_at === null)).toEqual([false, false, true]);
  });

  it('refuses fields that are not a licence, and an enterprise not on the register', async () => {
    const refused = async (fields: LicenceFields) => issue(fields).then(() => null, (e: unknown) => e);
    expect(await refused(fieldsFor(2, { establishedOn: '24/11/2026' }))).toMatchObject({ code: 'INVALID_REQUEST', field: 'establishedOn' });
    expect(await refused(fieldsFor(2, { name: '' }))).toMatchObject({ code: 'INVALID_REQUEST', field: 'name' });
    expect(await refused(fieldsFor(2, { registeredCapitalYuan: -1 }))).toMatchObject({ code: 'INVALID_REQUEST', field: 'registeredCapitalYuan' });
    expect(await refused(fieldsFor(2, { uscc: usccFor(2).toLowerCase() }))).toMatchObject({ code: 'INVALID_REQUEST', field: 'uscc' });
    expect(await refused(fieldsFor(2, { domicile: '重庆\uD800' }))).toMatchObject({ code: 'INVALID_REQUEST', field: 'domicile' });
    expect(await refused(fieldsFor(2, { integratedCertificates: ['税务登记证', ''] }))).toMatchObject({ code: 'INVALID_REQUEST', field: 'integratedCertificates.1' });
    expect(await refused({ ...fieldsFor(2), colour: 'red' } as LicenceFields)).toMatchObject({ code: 'INVALID_REQUEST', field: 'colour' });
    expect(await t.ctx.db.transaction().execute((tx) => issueLicence(tx, fieldsFor(2), ' ', TEST_NOW)).catch((e: unknown) => e)).toMatchObject({ code: 'INVALID_REQUEST', field: 'issuedBy' });
    const unknown = await refused(fieldsFor(99));
    expect(isAppError(unknown, 'NOT_FOUND')).toBe(true);
    expect(await t.ctx.db.selectFrom('business_licences').select('id').where('uscc', 'in', [usccFor(2), usccFor(99)]).execute()).toEqual([]);
  });
});

describe('ZIMAO_SIGNING_KEY', () => {
  const saved = process.env[SIGNING_KEY_ENV];
  afterAll(() => {
    if (saved === undefined) delete process.env[SIGNING_KEY_ENV];
    else process.env[SIGNING_KEY_ENV] = saved;
  });

  it('signs with the key of the environment and publishes its public key, never its private key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const keyId = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
    process.env[SIGNING_KEY_ENV] = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const v = await issue(fieldsFor(2));
    expect(v.keyId).toBe(keyId);
    expect(verify(null, Buffer.from(canonicalJson(v.document)), publicKey, Buffer.from(v.signature, 'base64url'))).toBe(true);
    const row = await t.ctx.db.selectFrom('signing_keys').selectAll().where('key_id', '=', keyId).executeTakeFirstOrThrow();
    expect(row.private_key).toBeNull();
    expect(createPublicKey(row.public_key).export({ type: 'spki', format: 'pem' })).toBe(publicKey.export({ type: 'spki', format: 'pem' }));
    const keys = (await t.request('GET', '/api/licences/keys')).json().keys as { keyId: string }[];
    expect(keys.map((k) => k.keyId)).toContain(keyId);
    expect((await verifyBody({ document: v.document, signature: v.signature })).reasons).toEqual([]);
  });

  it('takes over a key zimao generated: its private half leaves the table, its earlier licences still verify', async () => {
    const generated = await t.ctx.db.selectFrom('signing_keys').selectAll().where('private_key', 'is not', null).executeTakeFirstOrThrow();
    const before = await t.request('GET', `/api/licences/${usccFor(6)}`);
    process.env[SIGNING_KEY_ENV] = generated.private_key!.replace(/\n/g, '\\n'); // one line, as in an environment file
    const v = await issue(fieldsFor(6, { legalRepresentative: '王五' }));
    expect(v.keyId).toBe(generated.key_id);
    expect((await t.ctx.db.selectFrom('signing_keys').select('private_key').where('key_id', '=', generated.key_id).executeTakeFirstOrThrow()).private_key).toBeNull();
    const old = before.json() as LicenceView;
    expect((await verifyBody({ document: old.document, signature: old.signature })).signatureValid).toBe(true);
    expect(createPrivateKey(generated.private_key!).asymmetricKeyType).toBe('ed25519');
  });

  it('refuses a key that is not Ed25519, issuing nothing', async () => {
    process.env[SIGNING_KEY_ENV] = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const before = await t.count('business_licences');
    await expect(issue(fieldsFor(5))).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(await t.count('business_licences')).toBe(before);
  });
});
