-- The audit trail's rows are chained at COMMIT (issue 8). Until now an audited write took the chain head's lock in its
-- audit statement (0024) and held it while the answer went back to zimao, zimao's event loop came round to it, the
-- COMMIT came back and was flushed: under 50 concurrent registrations on PostgreSQL that statement waited 23 ms on
-- average for the lock (log_min_duration_statement = 0 over 600 registrations). Now a write puts its rows in
-- audit_pending, which takes no lock, and a deferred constraint trigger moves them into audit_log when the
-- transaction commits: the lock is held from there to the end of the commit, with no round trip inside. The chain is
-- unchanged: the same seq, prev_hash and hash, computed as chainHash does (src/domain/audit/chain-hash.ts), and the
-- trail still commits with the change or not at all.
CREATE UNLOGGED TABLE audit_pending (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at  timestamptz NOT NULL,
  actor        text NOT NULL,
  action       text NOT NULL,
  subject      text,
  request      jsonb NOT NULL,
  result       jsonb NOT NULL,
  -- The row's canonical JSON before and after its seq, which is known only at commit (canonicalJsonAroundSeq).
  prefix       text NOT NULL,
  suffix       text NOT NULL
);
COMMENT ON TABLE audit_pending IS 'Audit rows of transactions not yet committed; audit_seal moves them into audit_log at commit, so no committed row stays here';

-- One row per transaction that has pending rows: its deferred trigger seals them all at once, so a batch of thousands
-- of rows (the sweeper's) is sealed by one firing, not one per row.
CREATE UNLOGGED TABLE audit_seals (
  txid  bigint PRIMARY KEY
);
COMMENT ON TABLE audit_seals IS 'One row per transaction with audit rows pending, removed when audit_seal moves them at commit';

CREATE FUNCTION audit_seal() RETURNS trigger LANGUAGE plpgsql AS $$
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
  -- The pending rows this transaction can see are its own: every other transaction's are uncommitted, and each
  -- transaction's commit removes its own. The hashes are chained one by one; the rows are then moved in one INSERT.
  SELECT h.seq, h.hash INTO head_seq, head_hash FROM audit_head h WHERE h.id = 1 FOR UPDATE;
  FOR p IN SELECT a.id, a.prefix, a.suffix FROM audit_pending a ORDER BY a.id LOOP
    head_seq := head_seq + 1;
    row_hash := encode(sha256(convert_to(head_hash || E'\n' || p.prefix || head_seq::text || p.suffix, 'UTF8')), 'hex');
    ids := ids || p.id;
    seqs := seqs || head_seq;
    prevs := prevs || head_hash;
    hashes := hashes || row_hash;
    head_hash := row_hash;
  END LOOP;
  INSERT INTO audit_log (seq, occurred_at, actor, action, subject, request, result, prev_hash, hash)
  SELECT c.seq, a.occurred_at, a.actor, a.action, a.subject, a.request, a.result, c.prev_hash, c.hash
  FROM unnest(ids, seqs, prevs, hashes) AS c (id, seq, prev_hash, hash) JOIN audit_pending a ON a.id = c.id
  ORDER BY c.seq;
  DELETE FROM audit_pending;
  DELETE FROM audit_seals WHERE txid = NEW.txid;
  UPDATE audit_head SET seq = head_seq, hash = head_hash WHERE id = 1;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER audit_seals_seal AFTER INSERT ON audit_seals
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_seal();

DROP FUNCTION audit_append(jsonb);
