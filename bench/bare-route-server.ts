// The bare validate-and-insert route of issue 8's file-submission goal ("≥ 0.7× the throughput of a bare
// validate-and-insert route measured in the same run"), as the issue describes it: Fastify 5 validating a 2.4 KB body
// with zod and inserting it with an audit row in one transaction. Nothing of zimao: no sign-in, no CSRF, no session
// read, no audit chain. Run by bare-route.ts as a process of its own over a fresh PostgreSQL database
// (DATABASE_URL); prints "listening on http://127.0.0.1:PORT" to stderr like `zimao serve`.
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import pg from 'pg';
import { z } from 'zod';

const Line = z.object({ code: z.string().regex(/^[A-Z0-9]{4,8}$/), name: z.string().min(1).max(100), quantity: z.number().int().positive(), note: z.string().max(200) });
const BareBody = z.object({
  subject: z.string().min(1).max(100),
  applicant: z.object({ name: z.string().min(1).max(50), idNumber: z.string().regex(/^\d{17}[\dX]$/), phone: z.string().max(20), address: z.string().max(200) }),
  lines: z.array(Line).min(1).max(50),
});

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
await pool.query(`
  CREATE TABLE IF NOT EXISTS bare_items (id bigserial PRIMARY KEY, subject text NOT NULL, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
  CREATE TABLE IF NOT EXISTS bare_audit (id bigserial PRIMARY KEY, action text NOT NULL, subject text NOT NULL, request jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())`);

const app = Fastify({ bodyLimit: 64 * 1024 }).withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.post('/items', { schema: { body: BareBody, response: { 201: z.object({ id: z.number() }) } } }, async (request, reply) => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const body = JSON.stringify(request.body);
    const { rows } = await client.query<{ id: string }>('INSERT INTO bare_items (subject, body) VALUES ($1, $2) RETURNING id', [request.body.subject, body]);
    await client.query('INSERT INTO bare_audit (action, subject, request) VALUES ($1, $2, $3)', ['item.create', request.body.subject, body]);
    await client.query('COMMIT');
    return reply.code(201).send({ id: Number(rows[0]!.id) });
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stderr.write(`bare route listening on ${address}\n`);
process.on('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
