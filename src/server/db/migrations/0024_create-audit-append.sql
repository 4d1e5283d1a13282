-- Appending to the audit trail in one round trip (issue 8: every audited write holds the chain head's lock from the
-- moment it takes it until it commits, so the statements inside that window bound how many writes per second the
-- whole zone can make; they were four — lock, insert, update, commit — and are now two: this call and the commit).
-- The caller builds each row's canonical JSON around its seq (src/domain/audit/chain-hash.ts canonicalJsonAroundSeq);
-- this function takes the lock, numbers the rows, finishes each hash exactly as chainHash does
-- (SHA-256 of prev_hash, a newline and the canonical JSON, in UTF-8) and moves the head.
CREATE FUNCTION audit_append(entries jsonb) RETURNS TABLE (out_seq bigint, out_hash text) LANGUAGE plpgsql AS $$
DECLARE
  head_seq bigint;
  head_hash text;
  entry jsonb;
  row_hash text;
BEGIN
  SELECT h.seq, h.hash INTO head_seq, head_hash FROM audit_head h WHERE h.id = 1 FOR UPDATE;
  FOR entry IN SELECT e.value FROM jsonb_array_elements(entries) WITH ORDINALITY AS e (value, n) ORDER BY e.n LOOP
    head_seq := head_seq + 1;
    row_hash := encode(sha256(convert_to(head_hash || E'\n' || (entry ->> 'prefix') || head_seq::text || (entry ->> 'suffix'), 'UTF8')), 'hex');
    INSERT INTO audit_log (seq, occurred_at, actor, action, subject, request, result, prev_hash, hash)
    VALUES (head_seq, (entry ->> 'occurredAt')::timestamptz, entry ->> 'actor', entry ->> 'action', entry ->> 'subject', entry -> 'request', entry -> 'result', head_hash, row_hash);
    head_hash := row_hash;
    out_seq := head_seq;
    out_hash := row_hash;
    RETURN NEXT;
  END LOOP;
  UPDATE audit_head SET seq = head_seq, hash = head_hash WHERE id = 1;
END $$;
