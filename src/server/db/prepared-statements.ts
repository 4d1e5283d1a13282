// Named prepared statements for the query builder's SQL on PostgreSQL (issue 8). node-postgres sends every query
// with parameters as an unnamed statement, which the server parses, analyses and plans again on every call; a
// registration sends about twenty, so on a 2-core machine the planning alone was a large share of the server's work.
// Each distinct SQL text gets a name, and each connection prepares it once and afterwards only binds and executes it.
// Queries without parameters keep the simple protocol (BEGIN, COMMIT, scripts), and past `limit` distinct texts new
// ones stay unnamed, so a query whose text varies without bound (an IN list of any length) cannot grow every
// connection's statement cache without end.
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/**
 * A query whose text starts with this comment stays unnamed, so PostgreSQL plans it for each call with the values
 * given: for a query whose best plan depends on them (the public name search: a rare fragment wants the index, a
 * common one a scan), where a prepared statement would settle on one generic plan after five calls.
 */
export const PLAN_PER_CALL = '/* zimao: plan per call */';

const BEGIN = /^(begin|start transaction)\b/;

export function preparingPool(pool: pg.Pool, limit = 2_000): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < limit) {
      name = `zimao_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
  // Kysely keeps its connection object per client it is given, so each pg client keeps one wrapper.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let wrapper = wrappers.get(client);
    if (!wrapper) {
      // A transaction's BEGIN is not waited for when the connection is in pipeline mode: it goes out at once and the
      // transaction's first statement follows it without a round trip of its own (issue 8). That statement's answer
      // waits for both, so a failed BEGIN still fails the transaction. BEGIN fails only on a broken connection, which
      // fails the statement behind it as well.
      let begun: Promise<unknown> | undefined;
      const send = (text: string, values?: readonly unknown[]): Promise<pg.QueryResult> => {
        if (typeof text !== 'string' || !values || values.length === 0) return client.query(text as string, values as unknown[]);
        const name = text.startsWith(PLAN_PER_CALL) ? undefined : nameOf(text);
        return client.query(name ? { name, text, values: values as unknown[] } : { text, values: values as unknown[] });
      };
      wrapper = {
        query: ((text: string, values?: readonly unknown[]) => {
          if (client.pipeline && BEGIN.test(text)) {
            begun = client.query(text);
            begun.catch(() => undefined); // answered through the next statement
            return Promise.resolve({ command: 'BEGIN', rowCount: null, rows: [] });
          }
          const answer = send(text, values);
          if (!begun) return answer;
          const before = begun;
          begun = undefined;
          return Promise.all([before, answer]).then(([, result]) => result);
        }) as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy),
      };
      wrappers.set(client, wrapper);
    }
    return wrapper;
  };
  return {
    options: pool.options,
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
  };
}
