import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.ts';
import { openDatabase, type Database, type Tx } from './database.ts';
import { together } from './together.ts';

// Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL, where the pool is in pipeline mode and the pieces'
// statements really are in flight at once.
describe('together', () => {
  let test: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    test = await createTestDatabase();
    database = await openDatabase(test.options);
    await sql`CREATE TABLE together_log (seq serial PRIMARY KEY, piece text NOT NULL, step int NOT NULL, UNIQUE (piece, step))`.execute(database.db);
  });
  afterAll(async () => {
    await database.close();
    await test.drop();
  });

  const log = async (tx: Tx, piece: string, steps: number) => {
    for (let step = 1; step <= steps; step++) await tx.insertInto('together_log' as never).values({ piece, step } as never).execute();
    return `${piece}:${steps}`;
  };
  const rows = async () =>
    (await sql<{ piece: string; step: number }>`SELECT piece, step FROM together_log ORDER BY seq`.execute(database.db)).rows.map((r) => `${r.piece}${r.step}`);

  it('runs every piece in the one transaction and answers their results in order', async () => {
    await sql`TRUNCATE together_log`.execute(database.db);
    const results = await database.db.transaction().execute(async (tx) => {
      const inside = await together(
        tx,
        (t) => log(t, 'a', 3),
        (t) => log(t, 'b', 1),
        async (t) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM together_log`.execute(t)).rows[0]!.n,
      );
      // The outer handle works again once the pieces are done.
      await log(tx, 'c', 1);
      return inside;
    });
    expect(results[0]).toBe('a:3');
    expect(results[1]).toBe('b:1');
    // What the pieces send in one turn goes out in the pieces' order: the count follows a's and b's first inserts.
    expect(results[2]).toBe(2);
    // Each piece's own statements stay in its order.
    const order = await rows();
    expect(order.filter((r) => r.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(order.sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'c1']);
  });

  it('rolls the whole transaction back when one piece fails, waits for the others, and throws the failure that came first', async () => {
    await sql`TRUNCATE together_log`.execute(database.db);
    await log(database.db as unknown as Tx, 'kept', 1);
    let otherFinished = false;
    const attempt = database.db.transaction().execute((tx) =>
      together(
        tx,
        async (t) => {
          await log(t, 'x', 2);
          await log(t, 'x', 1); // (x, 1) again: a unique violation
        },
        async (t) => {
          await log(t, 'y', 3).catch(() => undefined); // its later inserts fail once the transaction is aborted
          otherFinished = true;
        },
      ),
    );
    await expect(attempt).rejects.toMatchObject({ code: '23505' });
    expect(otherFinished).toBe(true);
    expect(await rows()).toEqual(['kept1']);
  });

  it('throws a piece’s own error and keeps nothing of the others', async () => {
    await sql`TRUNCATE together_log`.execute(database.db);
    const attempt = database.db.transaction().execute((tx) =>
      together(
        tx,
        (t) => log(t, 'p', 2),
        async () => {
          throw new Error('refused by the rule');
        },
      ),
    );
    await expect(attempt).rejects.toThrow('refused by the rule');
    expect(await rows()).toEqual([]);
  });

  it('refuses a statement sent through a piece’s handle after the pieces have ended', async () => {
    const late = database.db.transaction().execute(async (tx) => {
      let kept: Tx | undefined;
      await together(tx, async (t) => {
        kept = t;
      });
      await sql`SELECT 1`.execute(kept!);
    });
    await expect(late).rejects.toThrow('after its work had ended');
  });
});
