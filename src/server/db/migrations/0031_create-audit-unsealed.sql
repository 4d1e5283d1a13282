-- The audit chain is sealed after the commit, not in it (issue 8). Since 0028 a write's audit rows were chained by a
-- deferred trigger at COMMIT, which held audit_head's lock until the commit record was flushed: no two audited commits
-- could share a WAL flush, so the whole zone committed one audited write per flush. Measured under load on PostgreSQL,
-- replacing that lock alone took zimao's simplest audited write from 493 to 618–662 per second.
--
-- Now a write's audit rows commit with its change into audit_unsealed, a logged table that takes no lock: "every change
-- with its audit record in the same transaction" still holds. audit_seal_committed(), in a transaction of its own,
-- takes the head's lock, numbers the committed unsealed rows in the order they were written, hashes them exactly as
-- chainHash does (src/domain/audit/chain-hash.ts) and moves them into audit_log. zimao calls it every fraction of a
-- second in `zimao serve`, before it reads or verifies the trail, and when a command closes its database; the seq and
-- the hash are therefore given within a second of the commit instead of at it.
CREATE TABLE audit_unsealed (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at  timestamptz NOT NULL,
  actor        text NOT NULL,
  action       text NOT NULL,
  subject      text,
  request      jsonb NOT NULL,
  result       jsonb NOT NULL,
  -- The row's canonical JSON before and after its seq, which is known only when it is sealed (canonicalJsonAroundSeq).
  prefix       text NOT NULL,
  suffix       text NOT NULL
);
COMMENT ON TABLE audit_unsealed IS 'Committed audit rows not yet chained; audit_seal_committed numbers, hashes and moves them into audit_log';

-- 0028's rows are moved at commit, so none is left in audit_pending once its transaction has ended.
DROP TRIGGER audit_seals_seal ON audit_seals;
DROP FUNCTION audit_seal();
DROP TABLE audit_seals;
DROP TABLE audit_pending;

-- Seals at most max_rows committed rows, oldest written first, and returns how many it sealed. When nothing waits it
-- returns 0 without taking the lock, so calling it often writes nothing.
CREATE FUNCTION audit_seal_committed(max_rows integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  head_seq bigint;
  head_hash text;
  row_hash text;
  p record;
  ids bigint[] := '{}';
  seqs bigint[] := '{}';
  prevs text[] := '{}';
  hashes text[] := '{}';
BEGIN
  IF NOT EXISTS (SELECT 1 FROM audit_unsealed) THEN
    RETURN 0;
  END IF;
  -- A second sealer waits here and then, each statement reading committed data afresh, finds the rows the first one
  -- moved gone: no row is sealed twice.
  SELECT h.seq, h.hash INTO head_seq, head_hash FROM audit_head h WHERE h.id = 1 FOR UPDATE;
  FOR p IN SELECT a.id, a.prefix, a.suffix FROM audit_unsealed a ORDER BY a.id LIMIT max_rows LOOP
    head_seq := head_seq + 1;
    row_hash := encode(sha256(convert_to(head_hash || E'\n' || p.prefix || head_seq::text || p.suffix, 'UTF8')), 'hex');
    ids := ids || p.id;
    seqs := seqs || head_seq;
    prevs := prevs || head_hash;
    hashes := hashes || row_hash;
    head_hash := row_hash;
  END LOOP;
  IF cardinality(ids) = 0 THEN
    RETURN 0;
  END IF;
  INSERT INTO audit_log (seq, occurred_at, actor, action, subject, request, result, prev_hash, hash)
  SELECT c.seq, a.occurred_at, a.actor, a.action, a.subject, a.request, a.result, c.prev_hash, c.hash
  FROM unnest(ids, seqs, prevs, hashes) AS c (id, seq, prev_hash, hash) JOIN audit_unsealed a ON a.id = c.id
  ORDER BY c.seq;
  DELETE FROM audit_unsealed WHERE id = ANY (ids);
  UPDATE audit_head SET seq = head_seq, hash = head_hash WHERE id = 1;
  RETURN cardinality(ids);
END $$;
