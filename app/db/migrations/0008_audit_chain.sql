-- The audit log becomes append-only and tamper-evident (issue #11, first
-- part). Nobody updates, deletes or truncates a row, the owner included (a
-- trigger refuses it). Each row carries its place in the chain and a SHA-256
-- over its content and the previous row's hash, so that a row changed behind
-- the triggers' back (a superuser disabling them) breaks the chain:
-- `hexastore-admin audit verify` recomputes it. The chain's head is one row,
-- locked by each insert: audited actions are serialized, which they can
-- afford (administrative actions, order moves).

ALTER TABLE hexastore.audit_log
    ADD COLUMN chain_seq bigint,
    ADD COLUMN prev_hash bytea,
    ADD COLUMN row_hash  bytea;

CREATE TABLE hexastore.audit_chain_head (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    seq      bigint NOT NULL,
    hash     bytea NOT NULL
);

-- What a row's hash covers, as text: every column that says what happened,
-- in a fixed order, times in UTC with microseconds, the details as jsonb's
-- canonical text. `audit verify` reads this text and hashes it itself.
CREATE FUNCTION hexastore.audit_row_text(p_row hexastore.audit_log) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_array(p_row.chain_seq, p_row.actor_id, p_row.action, p_row.entity,
                             p_row.entity_id, p_row.reason, p_row.details,
                             to_char(p_row.created_at AT TIME ZONE 'UTC',
                                     'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
$$;

-- The chain's start: 32 zero bytes.
INSERT INTO hexastore.audit_chain_head (seq, hash) VALUES (0, decode(repeat('00', 32), 'hex'));

-- The rows written so far join the chain in the order they were written.
DO $$
DECLARE
    v_row  hexastore.audit_log;
    v_seq  bigint := 0;
    v_hash bytea := decode(repeat('00', 32), 'hex');
BEGIN
    FOR v_row IN SELECT * FROM hexastore.audit_log ORDER BY id LOOP
        v_seq := v_seq + 1;
        v_row.chain_seq := v_seq;
        UPDATE hexastore.audit_log
           SET chain_seq = v_seq, prev_hash = v_hash,
               row_hash = sha256(v_hash || convert_to(hexastore.audit_row_text(v_row), 'UTF8'))
         WHERE id = v_row.id
        RETURNING row_hash INTO v_hash;
    END LOOP;
    UPDATE hexastore.audit_chain_head SET seq = v_seq, hash = v_hash;
END
$$;

ALTER TABLE hexastore.audit_log
    ALTER COLUMN chain_seq SET NOT NULL,
    ALTER COLUMN prev_hash SET NOT NULL,
    ALTER COLUMN row_hash SET NOT NULL,
    ADD CONSTRAINT audit_log_chain_seq_key UNIQUE (chain_seq);

-- A new row takes the next place in the chain under the head's lock (so the
-- chain's order is the order of commits of audited actions, whatever order
-- their ids were drawn in).
CREATE FUNCTION hexastore._audit_chain() RETURNS trigger
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_head audit_chain_head;
BEGIN
    SELECT * INTO v_head FROM audit_chain_head FOR UPDATE;
    NEW.chain_seq := v_head.seq + 1;
    NEW.prev_hash := v_head.hash;
    NEW.created_at := now();
    NEW.row_hash := sha256(v_head.hash || convert_to(audit_row_text(NEW), 'UTF8'));
    UPDATE audit_chain_head SET seq = NEW.chain_seq, hash = NEW.row_hash;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON hexastore.audit_log
    FOR EACH ROW EXECUTE FUNCTION hexastore._audit_chain();

CREATE FUNCTION hexastore._audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON hexastore.audit_log
    FOR EACH ROW EXECUTE FUNCTION hexastore._audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON hexastore.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION hexastore._audit_append_only();
CREATE TRIGGER audit_chain_head_append_only BEFORE DELETE OR TRUNCATE ON hexastore.audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION hexastore._audit_append_only();
REVOKE TRUNCATE, UPDATE, DELETE ON hexastore.audit_log FROM PUBLIC, hexastore_client;
REVOKE ALL ON hexastore.audit_chain_head FROM PUBLIC, hexastore_client;
-- Like every table: row-level security on, and no policy for the client.
ALTER TABLE hexastore.audit_chain_head ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON FUNCTION hexastore.audit_row_text(hexastore.audit_log) FROM PUBLIC;
