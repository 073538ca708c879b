-- Issue #14: a user who forgot their password gets back in by e-mail, without
-- an administrator; and e-mail goes out through an outbox that
-- `hexastore-admin mail send` delivers by SMTP. Nothing of it is readable by
-- the client role but what the functions below answer.

-- ---------------------------------------------------------------------------
-- The outbox: one row per message. A message goes out at most once: the
-- sender marks it 'sending' (committed) before it talks to the SMTP server
-- and 'sent' after; one found in 'sending' later (the sender died in
-- between) is not retried by itself, because it may have gone out.

CREATE TYPE hexastore.mail_state AS ENUM ('queued', 'sending', 'sent', 'failed');

CREATE TABLE hexastore.mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient       text NOT NULL CHECK (char_length(recipient) BETWEEN 3 AND 254),
    subject         text NOT NULL,
    body            text NOT NULL, -- emptied once sent: a reset code leaves no copy here
    state           hexastore.mail_state NOT NULL DEFAULT 'queued',
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    notification_id bigint UNIQUE REFERENCES hexastore.notifications ON DELETE SET NULL
);
CREATE INDEX mail_outbox_due_idx ON hexastore.mail_outbox (next_attempt_at, id)
    WHERE state IN ('queued', 'failed');
ALTER TABLE hexastore.mail_outbox ENABLE ROW LEVEL SECURITY;

-- The SMTP server and its credentials (text, unlike `settings`); operators
-- only: no grant and no policy for the client role.
CREATE TABLE hexastore.mail_settings (
    key   text PRIMARY KEY CHECK (key IN ('smtp_host', 'smtp_port', 'smtp_starttls',
                                          'smtp_username', 'smtp_password', 'mail_from')),
    value text NOT NULL
);
ALTER TABLE hexastore.mail_settings ENABLE ROW LEVEL SECURITY;

-- Users may also have their notifications sent by e-mail.
ALTER TABLE hexastore.users ADD COLUMN email_notifications boolean NOT NULL DEFAULT false;
GRANT SELECT (email_notifications) ON hexastore.users TO hexastore_client;

CREATE FUNCTION hexastore.set_email_notifications(p_on boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_me bigint := current_user_id();
BEGIN
    IF v_me IS NULL THEN
        RAISE EXCEPTION 'not signed in' USING ERRCODE = '28000';
    END IF;
    UPDATE users SET email_notifications = coalesce(p_on, false) WHERE id = v_me;
END
$$;
REVOKE ALL ON FUNCTION hexastore.set_email_notifications(boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hexastore.set_email_notifications(boolean) TO hexastore_client;

-- ---------------------------------------------------------------------------
-- Password reset by e-mail.

CREATE TABLE hexastore.password_resets (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES hexastore.users ON DELETE CASCADE,
    code_hash  bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    failures   integer NOT NULL DEFAULT 0
);
CREATE INDEX password_resets_user_idx ON hexastore.password_resets (user_id, id);
ALTER TABLE hexastore.password_resets ENABLE ROW LEVEL SECURITY;

-- Requests per address, known or not. The client's transaction writes only
-- here, the same row for every address: what it wrote (even the statistics
-- views every role may read) tells nothing. The operator's mail send turns
-- the requests of real accounts into codes and e-mails
-- (prepare_password_resets).
CREATE TABLE hexastore.password_reset_requests (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email_key    text NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now(),
    processed_at timestamptz
);
CREATE INDEX password_reset_requests_idx
    ON hexastore.password_reset_requests (email_key, requested_at);
CREATE INDEX password_reset_requests_open_idx
    ON hexastore.password_reset_requests (id) WHERE processed_at IS NULL;
ALTER TABLE hexastore.password_reset_requests ENABLE ROW LEVEL SECURITY;

-- The same answer for every address: nothing. At most 3 requests per address
-- an hour (counted for unknown addresses too).
CREATE FUNCTION hexastore.request_password_reset(p_email text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_key text := lower(btrim(coalesce(p_email, '')));
BEGIN
    IF char_length(v_key) NOT BETWEEN 3 AND 254 THEN
        RETURN;
    END IF;
    -- One address at a time, so that parallel requests cannot pass the limit.
    PERFORM pg_advisory_xact_lock(hashtextextended('password_reset:' || v_key, 0));
    IF (SELECT count(*) FROM password_reset_requests
         WHERE email_key = v_key AND requested_at > now() - interval '1 hour') >= 3 THEN
        RETURN;
    END IF;
    INSERT INTO password_reset_requests (email_key) VALUES (v_key);
END
$$;
REVOKE ALL ON FUNCTION hexastore.request_password_reset(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hexastore.request_password_reset(text) TO hexastore_client;

-- Operator only (mail send): the open requests of known, active accounts get
-- a code (16 characters, 80 bits: guessing is hopeless even for a client that
-- rolls its failed tries back), stored as its SHA-256, valid once for 15
-- minutes, and an e-mail; a new code replaces an older one. Returns how many.
CREATE FUNCTION hexastore.prepare_password_resets() RETURNS integer
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_request record;
    v_code    text;
    v_count   integer := 0;
BEGIN
    DELETE FROM password_reset_requests WHERE requested_at < now() - interval '1 day';
    FOR v_request IN
        UPDATE password_reset_requests r SET processed_at = now()
         WHERE r.processed_at IS NULL
        RETURNING r.email_key, r.requested_at
    LOOP
        CONTINUE WHEN v_request.requested_at < now() - interval '15 minutes';
        DECLARE
            v_user users;
        BEGIN
            SELECT * INTO v_user FROM users
             WHERE lower(email) = v_request.email_key AND status = 'active';
            CONTINUE WHEN v_user.id IS NULL;
            v_code := _one_time_password();
            UPDATE password_resets SET used_at = now()
             WHERE user_id = v_user.id AND used_at IS NULL;
            INSERT INTO password_resets (user_id, code_hash, expires_at)
            VALUES (v_user.id, sha256(convert_to(v_code, 'UTF8')),
                    v_request.requested_at + interval '15 minutes');
            INSERT INTO mail_outbox (recipient, subject, body)
            VALUES (v_user.email, 'Your HexaStore password reset code',
                    format(E'Hello %s,\n\nyour code to choose a new HexaStore password is:\n\n'
                           '    %s\n\nIt works once, for 15 minutes. If you did not ask for '
                           'it, ignore this message: your password stays as it is.\n\n'
                           '-- HexaStore',
                           v_user.full_name, v_code));
            v_count := v_count + 1;
        END;
    END LOOP;
    RETURN v_count;
END
$$;
REVOKE ALL ON FUNCTION hexastore.prepare_password_resets() FROM PUBLIC;

-- Sets the new password with the code (the password rules apply), ends every
-- session of the account, and uses the code up: true. A wrong, used or
-- expired code and an unknown address all answer false (not an error, so
-- that the wrong try is counted: the fifth uses the code up).
CREATE FUNCTION hexastore.reset_password(p_email text, p_code text, p_new_password text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user  users;
    v_reset password_resets;
BEGIN
    SELECT * INTO v_user FROM users
     WHERE lower(email) = lower(btrim(coalesce(p_email, ''))) AND status = 'active';
    IF v_user.id IS NOT NULL THEN
        SELECT * INTO v_reset FROM password_resets
         WHERE user_id = v_user.id AND used_at IS NULL AND expires_at > now()
         ORDER BY id DESC LIMIT 1 FOR UPDATE;
    END IF;
    IF v_reset.id IS NULL THEN
        RETURN false;
    END IF;
    IF v_reset.code_hash <> sha256(convert_to(upper(btrim(coalesce(p_code, ''))), 'UTF8')) THEN
        UPDATE password_resets
           SET failures = failures + 1,
               used_at = CASE WHEN failures + 1 >= 5 THEN now() END
         WHERE id = v_reset.id;
        RETURN false;
    END IF;
    PERFORM _check_password_rules(p_new_password, v_user.email);
    IF public.crypt(_password_prehash(p_new_password),
                    (SELECT password_hash FROM user_credentials WHERE user_id = v_user.id))
       = (SELECT password_hash FROM user_credentials WHERE user_id = v_user.id) THEN
        RAISE EXCEPTION 'the new password equals the old one' USING ERRCODE = 'HX118';
    END IF;
    UPDATE user_credentials SET password_hash = _hash_password(p_new_password), changed_at = now()
     WHERE user_id = v_user.id;
    UPDATE users SET must_change_password = false WHERE id = v_user.id;
    UPDATE password_resets SET used_at = now() WHERE user_id = v_user.id AND used_at IS NULL;
    PERFORM _revoke_sessions(v_user.id, 'password reset by e-mail');
    INSERT INTO audit_log (actor_id, action, entity, entity_id, reason, details)
    VALUES (v_user.id, 'user.password_reset', 'user', v_user.id, 'reset by e-mail code', '{}');
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION hexastore.reset_password(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hexastore.reset_password(text, text, text) TO hexastore_client;
