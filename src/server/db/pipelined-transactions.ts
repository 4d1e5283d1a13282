// How a transaction's statements leave one PostgreSQL connection in pg's pipeline mode (issue 8). On a 2-core machine
// each separate write to PostgreSQL, with the wake-ups it causes on both sides, cost more of this process's CPU than
// the statement it carried; so what can travel together does:
// - BEGIN waits for the transaction's first statement and goes out with it. That statement's answer waits for both,
//   so a failed BEGIN still fails it; BEGIN fails only on a broken connection, which fails the statement too.
// - A statement marked LAST_IN_TRANSACTION (the audit row of an audited write) is followed at once by COMMIT, and the
//   query builder's own COMMIT is answered with that one's answer. If the statement fails, PostgreSQL ends the
//   transaction with a rollback at that COMMIT, and the statement's error reaches the caller, who rolls back. Any
//   other statement after it is refused, loudly: it would run outside the transaction.
// - What the connection is given in one turn of the event loop (these, and the work together.ts sends at once) leaves
//   in one write: pg corks each statement's messages, this corks the turn's.
import type pg from 'pg';

export type Send = (text: string, values?: readonly unknown[]) => Promise<pg.QueryResult>;

/** A statement whose text starts with this is the transaction's last: COMMIT follows it in the same write. */
export const LAST_IN_TRANSACTION = '/* zimao: last in transaction */';

const BEGIN = /^(begin|start transaction)\b/;
const NO_ROWS = { command: 'BEGIN', rowCount: null, rows: [], fields: [], oid: 0 } as unknown as pg.QueryResult;

export function pipelinedTransactions(client: pg.PoolClient, send: Send): Send {
  let beginText: string | undefined;
  let begun: Promise<unknown> | undefined;
  let committing: Promise<pg.QueryResult> | undefined;
  const stream = (client as unknown as { connection?: { stream?: { cork?: () => void; uncork?: () => void } } }).connection?.stream;
  let corked = false;
  const corkThisTurn = () => {
    if (corked || !stream?.cork || !stream.uncork) return;
    stream.cork();
    corked = true;
    process.nextTick(() => {
      corked = false;
      stream.uncork!();
    });
  };
  return (text, values) => {
    if (committing) {
      const commit = committing;
      committing = undefined;
      if (text === 'commit') return commit;
      commit.catch(() => undefined); // ended already: a rollback after it only draws a warning from PostgreSQL
      if (text === 'rollback') return send(text, values);
      return Promise.reject(new Error(`a statement was sent after the transaction's last one: ${text.slice(0, 80)}`));
    }
    if (BEGIN.test(text)) {
      beginText = text;
      return Promise.resolve(NO_ROWS);
    }
    corkThisTurn();
    if (beginText !== undefined) {
      begun = client.query(beginText);
      begun.catch(() => undefined); // answered through the statement behind it
      beginText = undefined;
    }
    const answer = send(text, values);
    if (text.startsWith(LAST_IN_TRANSACTION)) {
      committing = client.query('commit');
      committing.catch(() => undefined); // answered to the query builder's COMMIT, or dropped at its ROLLBACK
    }
    if (!begun) return answer;
    const before = begun;
    begun = undefined;
    return Promise.all([before, answer]).then(([, result]) => result);
  };
}
