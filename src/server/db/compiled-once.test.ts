import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.ts';
import { compiledOnce, compiledPerComposed } from './compiled-once.ts';
import { openDatabase, type Database, type DbOrTx } from './database.ts';
import { together } from './together.ts';

type Probe = {
  probe: { id: number; name: string; n: number };
};
const probe = (db: DbOrTx) => db.withTables<Probe>();

// Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL (prepared statements, pipeline mode).
describe('compiledOnce', () => {
  let test: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    test = await createTestDatabase();
    database = await openDatabase(test.options);
    await sql`CREATE TABLE probe (id int PRIMARY KEY, name text NOT NULL, n int NOT NULL)`.execute(database.db);
    await sql`INSERT INTO probe VALUES (1, 'one', 10), (2, 'two', 20), (3, 'three', 30)`.execute(database.db);
  });
  afterAll(async () => {
    await database.close();
    await test.drop();
  });

  it('builds once and runs with each call’s values, constants kept in place', async () => {
    let builds = 0;
    const between = compiledOnce((db, v: { low: number; high: number }) => {
      builds += 1;
      return probe(db).selectFrom('probe').select(['id', 'name']).where('n', '>=', v.low).where('n', '<=', v.high).where('name', '!=', 'nobody').orderBy('id');
    });
    expect((await between(database.db, { low: 10, high: 20 })).rows).toEqual([{ id: 1, name: 'one' }, { id: 2, name: 'two' }]);
    expect((await between(database.db, { low: 25, high: 99 })).rows).toEqual([{ id: 3, name: 'three' }]);
    expect((await between(database.db, { low: 99, high: 100 })).rows).toEqual([]);
    expect(builds).toBe(1);
  });

  it('writes with a value used twice and answers the rows affected, inside transactions and work sent together', async () => {
    const bump = compiledOnce((db, v: { id: number; by: number }) =>
      probe(db)
        .updateTable('probe')
        .set((eb) => ({ n: eb('n', '+', v.by) }))
        .where('id', '=', v.id)
        .where('n', '<', v.by),
    );
    const affected = await database.db.transaction().execute(async (tx) => {
      const [a, b] = await together(
        tx,
        (t) => bump(t, { id: 1, by: 100 }),
        (t) => bump(t, { id: 2, by: 1 }),
      );
      // PGlite leaves numAffectedRows out when no row was affected.
      return [a, b].map((r) => Number(r.numAffectedRows ?? 0));
    });
    // Row 1: 10 < 100, bumped to 110; row 2: 20 < 1 is false, left alone.
    expect(affected).toEqual([1, 0]);
    const rows = await probe(database.db).selectFrom('probe').select(['id', 'n']).where('id', 'in', [1, 2]).orderBy('id').execute();
    expect(rows).toEqual([{ id: 1, n: 110 }, { id: 2, n: 20 }]);
  });

  it('refuses, at the first call, a value written into the SQL instead of sent as a parameter', async () => {
    const shaped = compiledOnce((db, v: { column: string }) => probe(db).selectFrom('probe').select(sql.raw<string>(String(v.column)).as('x')));
    await expect(shaped(database.db, { column: 'name' })).rejects.toThrow(/the value "column" did not become a parameter/);
  });

  it('keeps one set of statements per composed query, made at its first use', async () => {
    let made = 0;
    const countOf = (db: DbOrTx, low: number) => probe(db).selectFrom('probe').select((eb) => eb.fn.countAll<number>().as('n')).where('n', '>=', low);
    const statements = compiledPerComposed((filter: typeof countOf) => {
      made += 1;
      return compiledOnce((db, v: { low: number }) => filter(db, v.low));
    });
    expect(statements(countOf)).toBe(statements(countOf));
    expect(made).toBe(1);
    expect(Number((await statements(countOf)(database.db, { low: 25 })).rows[0]!.n)).toBe(2); // 110 (bumped above) and 30
    const other: typeof countOf = (db, low) => countOf(db, low);
    expect(statements(other)).not.toBe(statements(countOf));
    expect(made).toBe(2);
  });
});
