// PostgreSQL only (the postgres vitest project runs *.pg.test.ts): PGlite has one connection, so no
// second transaction can hold a row while a sweep runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/server/context.ts';
import { openDatabase, type Database } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { scheduleTimer, type TimerSpec } from '../../src/server/timers/schedule-timer.ts';
import { sweepOnce, type TimerHandlers } from '../../src/server/timers/sweeper.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const T0 = new Date('2026-11-24T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
let testDb: TestDatabase;
let database: Database;
let ctx: AppContext;
const handlers: TimerHandlers = { 'test.record': async () => {} };
const schedule = (spec: TimerSpec) => database.db.transaction().execute((tx) => scheduleTimer(tx, spec));

beforeAll(async () => {
  testDb = await createTestDatabase();
  if (testDb.url === null) throw new Error('this file runs only against PostgreSQL (TEST_DATABASE_URL)');
  database = await openDatabase(testDb.options);
  await migrate(database);
  ctx = { database, db: database.db, now: () => T0 };
});
afterAll(async () => {
  await database?.close();
  await testDb?.drop();
});

describe('sweepOnce on PostgreSQL', () => {
  it('skips a timer another transaction holds (SKIP LOCKED) and fires it once released', async () => {
    const held = await schedule({ kind: 'test.record', subject: 'locked:1', fireAt: at(-2) });
    const free = await schedule({ kind: 'test.record', subject: 'locked:2', fireAt: at(-1) });
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = database.db.transaction().execute(async (tx) => {
      await tx.selectFrom('timers').select('id').where('id', '=', held.id).forUpdate().execute();
      locked();
      await new Promise<void>((r) => (release = r));
    });
    await isLocked;
    try {
      // Without SKIP LOCKED the sweep would wait for the holder, which waits for the sweep.
      const blocked = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the sweep waited for a locked timer')), 5_000).unref());
      expect((await Promise.race([sweepOnce(ctx, handlers), blocked])).fired).toEqual([free.id]);
    } finally {
      release();
      await holder;
    }
    expect((await sweepOnce(ctx, handlers)).fired).toEqual([held.id]);
  });
});
