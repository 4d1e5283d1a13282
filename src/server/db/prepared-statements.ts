// The pool's connections as the query builder gets them on PostgreSQL (issue 8): named prepared statements, and, with
// the pool in pipeline mode, a transaction's statements sent as pipelined-transactions.ts says.
//
// Named prepared statements: node-postgres sends every query
// with parameters as an unnamed statement, which the server parses, analyses and plans again on every call; a
// registration sends about twenty, so on a 2-core machine the planning alone was a large share of the server's work.
// Each distinct SQL text gets a name, and each connection prepares it once and afterwards only binds and executes it.
// Queries without parameters keep the simple protocol (BEGIN, COMMIT, scripts), and past `limit` distinct texts new
// ones stay unnamed, so a query whose text varies without bound (an IN list of any length) cannot grow every
// connection's statement cache without end.
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { pipelinedTransactions } from './pipelined-transactions.ts';

/**
 * A query whose text starts with this comment stays unnamed, so PostgreSQL plans it for each call with the values
 * given: for a query whose best plan depends on them (the public name search: a rare fragment wants the index, a
 * common one a scan), where a prepared statement would settle on one generic plan after five calls.
 */
export const PLAN_PER_CALL = '/* zimao: plan per call */';

/**
 * A query without parameters that starts with this comment is prepared all the same (queries without parameters go
 * unprepared, as they are mostly BEGIN, COMMIT and one-off statements): for a read without parameters that runs on
 * every request, such as the calendar's (parsed and planned each time, it cost PostgreSQL about 170 µs, issue 8).
 */
export const PREPARE_ALWAYS = '/* zimao: prepare */';

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
      const send = (text: string, values?: readonly unknown[]): Promise<pg.QueryResult> => {
        const params = (values ?? []) as unknown[];
        if (typeof text !== 'string' || (params.length === 0 && !text.startsWith(PREPARE_ALWAYS))) return client.query(text as string, params);
        const name = text.startsWith(PLAN_PER_CALL) ? undefined : nameOf(text);
        return client.query(name ? { name, text, values: params } : { text, values: params });
      };
      wrapper = {
        query: (client.pipeline ? pipelinedTransactions(client, send) : send) as unknown as PostgresPoolClient['query'],
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
