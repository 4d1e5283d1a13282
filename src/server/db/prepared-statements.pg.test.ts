import type { PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.ts';
import { LAST_IN_TRANSACTION } from './pipelined-transactions.ts';
import { PLAN_PER_CALL, PREPARE_ALWAYS, preparingPool } from './prepared-statements.ts';

// Named statements live in one server session, so what each connection holds is read from pg_prepared_statements
// on that same connection (a query without parameters, which the pool leaves unnamed).
describe('preparingPool (PostgreSQL)', () => {
  let database: TestDatabase;
  // A pg client remembers which names it has prepared; each test has its own pool, as the server has one per process.
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(() => {
    pool = new pg.Pool({ connectionString: database.url!, max: 2 });
  });
  afterEach(() => pool.end());
  afterAll(() => database.drop());

  const prepared = async (client: PostgresPoolClient) =>
    (await client.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements ORDER BY name', [])).rows;

  it('prepares a query with parameters once per connection and runs it again with other values', async () => {
    const preparing = preparingPool(pool);
    const client = await preparing.connect();
    try {
      const first = (await client.query('SELECT $1::int + 1 AS n', [1])) as pg.QueryResult<{ n: number }>;
      const second = (await client.query('SELECT $1::int + 1 AS n', [41])) as pg.QueryResult<{ n: number }>;
      expect([first.rows[0]!.n, second.rows[0]!.n]).toEqual([2, 42]);
      expect(await prepared(client)).toEqual([{ name: 'zimao_1', statement: 'SELECT $1::int + 1 AS n' }]);
    } finally {
      client.release();
    }
  });

  it('leaves a query marked PLAN_PER_CALL unnamed, so each call is planned with its own values', async () => {
    const preparing = preparingPool(pool);
    const client = await preparing.connect();
    try {
      const text = `${PLAN_PER_CALL} SELECT $1::text AS fragment`;
      for (const value of ['科技', '云启']) expect(((await client.query(text, [value])) as pg.QueryResult<{ fragment: string }>).rows).toEqual([{ fragment: value }]);
      await client.query('SELECT $1::int AS kept', [1]);
      expect((await prepared(client)).map((p) => p.statement)).toEqual(['SELECT $1::int AS kept']);
    } finally {
      client.release();
    }
  });

  it('leaves queries without parameters unnamed, and new texts past the limit unnamed too', async () => {
    const preparing = preparingPool(pool, 1);
    const client = await preparing.connect();
    try {
      await client.query('SELECT 1', []);
      await client.query('SELECT $1::text AS a', ['x']);
      const beyond = (await client.query('SELECT $1::text AS b', ['y'])) as pg.QueryResult<{ b: string }>;
      expect(beyond.rows).toEqual([{ b: 'y' }]);
      expect((await prepared(client)).map((p) => p.statement)).toEqual(['SELECT $1::text AS a']);
    } finally {
      client.release();
    }
  });

  it('gives one text one name across connections, each preparing it for itself', async () => {
    const preparing = preparingPool(pool);
    const [a, b] = [await preparing.connect(), await preparing.connect()];
    try {
      await a.query('SELECT $1::int AS v', [1]);
      await b.query('SELECT $1::int AS w', [2]);
      await b.query('SELECT $1::int AS v', [3]);
      expect((await prepared(a)).map((p) => p.name)).toEqual(['zimao_1']);
      expect(await prepared(b)).toEqual([
        { name: 'zimao_1', statement: 'SELECT $1::int AS v' },
        { name: 'zimao_2', statement: 'SELECT $1::int AS w' },
      ]);
    } finally {
      a.release();
      b.release();
    }
  });

  it('prepares a query without parameters that starts with PREPARE_ALWAYS', async () => {
    const preparing = preparingPool(pool);
    const client = await preparing.connect();
    try {
      const text = `${PREPARE_ALWAYS} SELECT 7 AS seven`;
      for (let i = 0; i < 2; i++) expect(((await client.query(text, [])) as pg.QueryResult<{ seven: number }>).rows).toEqual([{ seven: 7 }]);
      expect(await prepared(client)).toEqual([{ name: 'zimao_1', statement: text }]);
    } finally {
      client.release();
    }
  });

  describe('in pipeline mode', () => {
    let pipelined: pg.Pool;
    beforeEach(async () => {
      pipelined = new pg.Pool({ connectionString: database.url!, max: 1, pipeline: true });
      await pipelined.query('CREATE TABLE IF NOT EXISTS pipelined_begin (n int PRIMARY KEY)');
      await pipelined.query('TRUNCATE pipelined_begin');
    });
    afterEach(() => pipelined.end());

    it('sends BEGIN with the first statement, which runs inside the transaction', async () => {
      const client = await preparingPool(pipelined).connect();
      try {
        await client.query('begin', []);
        await client.query('INSERT INTO pipelined_begin (n) VALUES ($1)', [1]);
        await client.query('rollback', []); // had the insert run outside a transaction, the row would stay
        await client.query('begin', []);
        await client.query('INSERT INTO pipelined_begin (n) VALUES ($1)', [2]);
        await client.query('commit', []);
      } finally {
        client.release();
      }
      expect((await pipelined.query('SELECT n FROM pipelined_begin ORDER BY n')).rows).toEqual([{ n: 2 }]);
    });

    it('aborts the transaction at a failed statement, as without pipelining', async () => {
      const client = await preparingPool(pipelined).connect();
      try {
        await client.query('begin', []);
        await client.query('INSERT INTO pipelined_begin (n) VALUES ($1)', [3]);
        await expect(client.query('INSERT INTO pipelined_begin (n) VALUES ($1)', [3])).rejects.toMatchObject({ code: '23505' });
        await expect(client.query('SELECT $1::int AS x', [1])).rejects.toMatchObject({ code: '25P02' }); // aborted
        await client.query('rollback', []);
      } finally {
        client.release();
      }
      expect((await pipelined.query('SELECT count(*)::int AS n FROM pipelined_begin')).rows).toEqual([{ n: 0 }]);
    });
    const rowsNow = async () => (await pool.query('SELECT n FROM pipelined_begin ORDER BY n')).rows.map((r: { n: number }) => r.n);

    it('sends COMMIT with a statement marked last, and answers the COMMIT that follows with it', async () => {
      const client = await preparingPool(pipelined).connect();
      try {
        await client.query('begin', []);
        await client.query('INSERT INTO pipelined_begin (n) VALUES ($1)', [4]);
        await client.query(`${LAST_IN_TRANSACTION} INSERT INTO pipelined_begin (n) VALUES ($1)`, [5]);
        expect(await rowsNow()).toEqual([4, 5]); // committed already, seen from another connection
        await client.query('commit', []);
        await client.query('begin', []);
        await client.query('INSERT INTO pipelined_begin (n) VALUES ($1)', [6]);
        await client.query('commit', []); // an ordinary transaction after it on the same connection
      } finally {
        client.release();
      }
      expect(await rowsNow()).toEqual([4, 5, 6]);
    });

    it('keeps nothing when the statement marked last fails, and the connection stays usable', async () => {
      const client = await preparingPool(pipelined).connect();
      try {
        await client.query('begin', []);
        await client.query('INSERT INTO pipelined_begin (n) VALUES ($1)', [7]);
        await expect(client.query(`${LAST_IN_TRANSACTION} INSERT INTO pipelined_begin (n) VALUES ($1)`, [7])).rejects.toMatchObject({ code: '23505' });
        await client.query('rollback', []);
        expect(((await client.query('SELECT $1::int AS x', [8])) as pg.QueryResult<{ x: number }>).rows).toEqual([{ x: 8 }]);
      } finally {
        client.release();
      }
      expect(await rowsNow()).toEqual([]);
    });

    it('refuses a statement sent after the one marked last', async () => {
      const client = await preparingPool(pipelined).connect();
      try {
        await client.query('begin', []);
        await client.query(`${LAST_IN_TRANSACTION} INSERT INTO pipelined_begin (n) VALUES ($1)`, [9]);
        await expect(client.query('INSERT INTO pipelined_begin (n) VALUES ($1)', [10])).rejects.toThrow("after the transaction's last one");
      } finally {
        client.release();
      }
      expect(await rowsNow()).toEqual([9]);
    });
  });
});
