// Queries built once (issue 8). Kysely builds a query as a tree of frozen nodes and compiles the tree to SQL on every
// call: for the statements of a file action that was about a sixth of this process's CPU, more than all the domain
// rules of the action together. A statement whose shape never changes needs that work once. `compiledOnce` builds it
// the first time with a placeholder for each value, keeps the SQL, and afterwards only puts the values in place.
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { DbOrTx } from './database.ts';

const NAME = Symbol('compiledOnce placeholder');

interface Placeholder {
  readonly [NAME]: string;
}

function isPlaceholder(value: unknown): value is Placeholder {
  return typeof value === 'object' && value !== null && NAME in value;
}

/** A parameter of the compiled statement: one of the call's values, or a constant written into the query. */
type Slot = { name: string } | { constant: unknown };

/**
 * A statement built by `build` once and then run with each call's values. `build` gets a stand-in for the values
 * whose every property is a placeholder: it must use them only as values that Kysely sends as parameters (in
 * `where`, `values`, `set`; not inside `sql.raw` or `sql.lit`, not to choose the query's shape), so that the SQL is the
 * same for every call. A placeholder that did not become a parameter is a programming error, thrown at the first call.
 * Both databases compile with Kysely's PostgreSQL compiler, so one SQL text serves both.
 */
export function compiledOnce<V extends Record<string, unknown>, R>(build: (db: DbOrTx, values: V) => Compilable<R>) {
  let compiled: { sql: string; slots: Slot[] } | undefined;
  const compile = (db: DbOrTx) => {
    const used = new Set<string>();
    const stand = new Proxy({} as V, {
      get(_target, property) {
        if (typeof property !== 'string') return undefined;
        used.add(property);
        return { [NAME]: property } satisfies Placeholder;
      },
    });
    const query = build(db, stand).compile();
    const slots: Slot[] = query.parameters.map((p) => (isPlaceholder(p) ? { name: p[NAME] } : { constant: p }));
    for (const name of used) {
      if (!slots.some((s) => 'name' in s && s.name === name)) throw new Error(`compiledOnce: the value "${name}" did not become a parameter of ${query.sql}`);
    }
    return { sql: query.sql, slots };
  };
  return async (db: DbOrTx, values: V): Promise<QueryResult<R>> => {
    compiled ??= compile(db);
    const parameters = compiled.slots.map((s) => ('name' in s ? values[s.name] : s.constant));
    return await db.executeQuery(CompiledQuery.raw(compiled.sql, parameters) as CompiledQuery<R>);
  };
}

/**
 * Statements compiled once for each query another feature supplies to be composed into them (accounts' subqueries,
 * say): `make` runs at the first use of each, and its statements are kept as long as that query function lives.
 */
export function compiledPerComposed<K extends object, T>(make: (composed: K) => T): (composed: K) => T {
  const made = new WeakMap<K, T>();
  return (composed) => {
    let statements = made.get(composed);
    if (statements === undefined) made.set(composed, (statements = make(composed)));
    return statements;
  };
}
