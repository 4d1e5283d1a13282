// The one error body: client mistakes are 4xx naming the problem, in zh-CN or English; a 500 says
// nothing of the internals. And the OpenAPI document describes every route the app has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '../../src/schemas/errors.ts';
import { createTestApp, errorOf, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('client errors', () => {
  it('answers a malformed JSON body with 400 INVALID_REQUEST naming body, not 500', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/uscc/check', headers: { 'content-type': 'application/json' }, payload: '{"codes": [' });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'body' });
  });

  it('answers a malformed JSON body on a signed-in write with 400 and writes nothing', async () => {
    const window = await t.login('window');
    const [audit, issued] = [await t.count('audit_log'), await t.count('uscc_issued')];
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/uscc/issue',
      headers: { 'content-type': 'application/json', cookie: window.cookie, 'x-csrf-token': window.csrfToken },
      payload: '{"authority": "9", ',
    });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'body' });
    expect([await t.count('audit_log'), await t.count('uscc_issued')]).toEqual([audit, issued]);
  });

  it('answers a body of the wrong content type with 400 INVALID_REQUEST', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/uscc/check', headers: { 'content-type': 'text/plain' }, payload: 'codes=1' });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'body' });
  });

  it('answers a body over the size limit with 400 INVALID_REQUEST', async () => {
    const payload = JSON.stringify({ codes: ['x'.repeat(1_100_000)] });
    const res = await t.app.inject({ method: 'POST', url: '/api/uscc/check', headers: { 'content-type': 'application/json' }, payload });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'body' });
  });

  it('answers a malformed URL encoding with the standard 400 body naming url', async () => {
    const err = errorOf(await t.request('GET', '/api/uscc/%E0%A4%A'));
    expect(err).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'url' });
  });

  it('answers an unknown /api route with a JSON 404', async () => {
    const res = await t.request('GET', '/api/no-such-thing?x=1');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(errorOf(res)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(errorOf(res).message).toContain('/api/no-such-thing');
    expect(errorOf(res).message).not.toContain('x=1');
    expect(errorOf(await t.request('DELETE', '/api/health'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('speaks Chinese by default and English when asked (Accept-Language or ?lang=en)', async () => {
    const zh = errorOf(await t.request('GET', '/api/reference/industries?limit=0'));
    expect(zh).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'limit' });
    expect(zh.message.startsWith(errorMessages.INVALID_REQUEST['zh-CN'])).toBe(true);

    const en = errorOf(await t.request('GET', '/api/reference/industries?limit=0', { headers: { 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.8' } }));
    expect(en).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'limit' });
    expect(en.message.startsWith(errorMessages.INVALID_REQUEST.en)).toBe(true);

    const preferChinese = errorOf(await t.request('GET', '/api/reference/industries?limit=0', { headers: { 'accept-language': 'zh-CN,en;q=0.5' } }));
    expect(preferChinese.message.startsWith(errorMessages.INVALID_REQUEST['zh-CN'])).toBe(true);

    const query = errorOf(await t.request('GET', '/api/no-such-thing?lang=en'));
    expect(query.message.startsWith(errorMessages.NOT_FOUND.en)).toBe(true);
    expect(errorOf(await t.request('GET', '/api/no-such-thing')).message.startsWith(errorMessages.NOT_FOUND['zh-CN'])).toBe(true);
  });

  it('names the field once when the refusal already begins with it', async () => {
    const applicant = await t.login('applicant');
    const bad = errorOf(await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: { permitName: 'x', areaCode: 'LJ', enterpriseUscc: '91500000202897821P', description: 7 } } }));
    expect(bad).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'form.description' });
    expect(bad.message.split('form.description:')).toHaveLength(2);
  });

  it('translates domain refusals too', async () => {
    const en = errorOf(await t.request('POST', '/api/uscc/issue', { body: { authority: '9', entityType: '1', division: '500112' }, headers: { 'accept-language': 'en' } }));
    expect(en).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: errorMessages.UNAUTHENTICATED.en });
    const zh = errorOf(await t.request('POST', '/api/uscc/issue', { body: { authority: '9', entityType: '1', division: '500112' } }));
    expect(zh.message).toBe(errorMessages.UNAUTHENTICATED['zh-CN']);
  });
});

describe('server errors', () => {
  it('answers 500 INTERNAL with only the generic message when the database is gone', async () => {
    const broken = await createTestApp({ demo: false });
    try {
      expect((await broken.request('GET', '/api/health')).statusCode).toBe(200);
      await broken.ctx.database.close();
      for (const [headers, locale] of [[{}, 'zh-CN'], [{ 'accept-language': 'en' }, 'en']] as const) {
        const res = await broken.request('GET', '/api/health', { headers });
        expect(res.statusCode).toBe(500);
        expect(res.json()).toEqual({ error: { code: 'INTERNAL', message: errorMessages.INTERNAL[locale] } });
        expect(res.body).not.toMatch(/select|audit_head|destroyed|closed|stack|\n\s+at /i);
      }
    } finally {
      // The database is closed already; closing it again is harmless and the app still shuts down.
      await broken.close();
    }
  });
});

/** Every route of the app as `METHOD /path/{param}`, read from Fastify's route tree (HEAD left out). */
function appRoutes(printed: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of printed.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const path = stack.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      if (method !== 'HEAD') routes.push(`${method} ${path}`);
    }
  }
  return routes.sort();
}

describe('OpenAPI', () => {
  it('documents every route of the app, each with a response schema', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: unknown[]; requestBody?: unknown; responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    // The viewer and the document itself are hidden on purpose.
    const routes = appRoutes(t.app.printRoutes({ commonPrefix: false })).filter((r) => !/ \/api\/docs|\/api\/openapi\.json$/.test(r));
    expect(routes.length).toBeGreaterThanOrEqual(30);
    expect(routes).toContain('POST /api/uscc/issue');
    expect(routes).toContain('GET /api/reference/industries/{code}');
    expect(documented).toEqual(routes);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const schemas = Object.values(op.responses ?? {}).filter((r) => r.content?.['application/json']?.schema);
        expect(schemas.length, `${method.toUpperCase()} ${path}`).toBeGreaterThan(0);
        // A route that takes input can refuse it: its 400 is documented too.
        if ((op.parameters?.length ?? 0) > 0 || op.requestBody) expect(Object.keys(op.responses ?? {}), `${method.toUpperCase()} ${path}`).toContain('400');
      }
    }
  });

  it('serves the documentation viewer at /api/docs', async () => {
    let res = await t.request('GET', '/api/docs');
    if (res.statusCode >= 300 && res.statusCode < 400) res = await t.request('GET', String(res.headers.location));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/swagger/i);
  });
});
