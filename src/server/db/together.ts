// Statements sent together (issue 8). On a 2-core machine a statement's round trip to PostgreSQL — this process
// writing, the server waking, the answer, this process waking — cost about 115 µs of this process's CPU, while ten
// statements written back to back without waiting for answers cost about 16 µs each (measured with pg's pipeline
// mode, `select $1::int`). A registration sent twenty statements one after another; most of them need nothing from
// each other's answers. `together` runs such pieces of work at once on the transaction's one connection: each piece
// sends its statements as soon as it has them, PostgreSQL still runs every statement in the order received, in the
// same transaction, and the pg pool is in pipeline mode (database.ts), so none waits for another's answer.
import { Transaction, type DatabaseConnection, type QueryResult, type CompiledQuery } from 'kysely';
import type { Tx } from './database.ts';
import type { Tables } from './tables.ts';

type Work<T> = (tx: Tx) => Promise<T>;
type Results<W extends readonly Work<unknown>[]> = { -readonly [K in keyof W]: W[K] extends Work<infer R> ? Awaited<R> : never };

/** Kysely wants these for a transaction's introspection and nested transactions, which work sent together never uses. */
const UNUSED = new Proxy(
  {},
  {
    get(_target, property) {
      throw new Error(`together: ${String(property)} is not available to work sent together`);
    },
  },
);

interface Queued {
  piece: number;
  query: CompiledQuery;
  resolve(result: QueryResult<unknown>): void;
  reject(error: unknown): void;
}

/**
 * Runs every piece of `work` at once within `tx` and answers their results in order. Each piece gets a handle on
 * the same transaction that does not wait for the other pieces' statements, and must use only that handle: the
 * outer `tx` is busy until all are done.
 *
 * Order: what the pieces send in one turn of the event loop goes out at the end of that turn, the first piece's
 * statements first. So a piece before another is sent before it: a lock taken by the first piece is held before the
 * second piece's query reads (the read's snapshot is taken when PostgreSQL starts it, after the lock statement),
 * and within one turn the order in which a request takes its locks does not depend on timing.
 *
 * Every piece is waited for even when one fails (no statement of a failed request may run after the transaction has
 * ended); then the failure that came first is thrown. A statement that fails aborts the transaction, so the pieces'
 * later statements fail too and the whole transaction rolls back.
 */
export async function together<const W extends readonly Work<unknown>[]>(tx: Tx, ...work: W): Promise<Results<W>> {
  const executor = tx.getExecutor();
  return executor.provideConnection(async (connection) => {
    let open = true;
    let queued: Queued[] = [];
    const flush = () => {
      const batch = queued.sort((a, b) => a.piece - b.piece); // stable: a piece's own statements keep their order
      queued = [];
      for (const q of batch) connection.executeQuery(q.query).then(q.resolve, q.reject);
    };
    const handle = (piece: number) => {
      const shared: DatabaseConnection = {
        executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
          if (!open) return Promise.reject(new Error('together: a statement was sent after its work had ended'));
          return new Promise<QueryResult<R>>((resolve, reject) => {
            if (queued.length === 0) setImmediate(flush);
            queued.push({ piece, query, resolve: resolve as Queued['resolve'], reject });
          });
        },
        streamQuery: () => {
          throw new Error('together: streaming is not available to work sent together');
        },
      };
      return new Transaction<Tables>({
        config: UNUSED as never,
        driver: UNUSED as never,
        dialect: UNUSED as never,
        executor: executor.withConnectionProvider({ provideConnection: (consumer) => consumer(shared) }),
      });
    };
    // The failure that came first is the cause: PostgreSQL answers in order, so a statement that failed is answered
    // before the later ones it aborted ("current transaction is aborted"), whichever piece sent them.
    const failures: unknown[] = [];
    const settled = await Promise.allSettled(work.map((w, i) => w(handle(i)).catch((error: unknown) => (failures.push(error), Promise.reject(error)))));
    open = false;
    if (failures.length > 0) throw failures[0];
    return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as Results<W>;
  });
}
