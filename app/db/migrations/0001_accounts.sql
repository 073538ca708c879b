-- Accounts and sessions. Runs as hexastore_owner (the runner sets the role).
-- The security model (ARCHITECTURE §3): the client role reaches data only
-- through grants, row-level security and the SECURITY DEFINER functions below.

-- Functions created from here on are not executable by PUBLIC unless granted.
ALTER DEFAULT PRIVILEGES IN SCHEMA hexastore REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
GRANT USAGE ON SCHEMA hexastore TO hexastore_client;

CREATE FUNCTION hexastore.schema_version() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    SELECT coalesce(max(version), 0) FROM hexastore.schema_migrations
$$;

-- Operator settings. Deliberately a table, not GUCs: a client can set any GUC
-- on its own session, and must not be able to lengthen its tokens' lives.
CREATE TABLE hexastore.settings (
    key   text PRIMARY KEY,
    value bigint NOT NULL,
    CONSTRAINT settings_value_valid CHECK (
        CASE key
            WHEN 'bcrypt_cost' THEN value BETWEEN 4 AND 16
            WHEN 'access_token_seconds' THEN value BETWEEN 1 AND 86400
            WHEN 'refresh_token_seconds' THEN value BETWEEN 60 AND 31536000
            WHEN 'login_max_failures' THEN value BETWEEN 1 AND 100
            WHEN 'lockout_seconds' THEN value BETWEEN 1 AND 86400
            WHEN 'lockout_max_seconds' THEN value BETWEEN 1 AND 2592000
            ELSE false
        END)
);
INSERT INTO hexastore.settings (key, value) VALUES
    ('bcrypt_cost', 12),
    ('access_token_seconds', 30 * 60),
    ('refresh_token_seconds', 30 * 86400),
    ('login_max_failures', 5),
    ('lockout_seconds', 15 * 60),
    ('lockout_max_seconds', 24 * 3600);

CREATE FUNCTION hexastore.setting(p_key text) RETURNS bigint
LANGUAGE sql STABLE SET search_path = hexastore, pg_temp AS $$
    SELECT value FROM hexastore.settings WHERE key = p_key
$$;

CREATE TYPE hexastore.user_role AS ENUM ('buyer', 'seller', 'courier', 'admin');
CREATE TYPE hexastore.user_status AS ENUM ('active', 'disabled');

CREATE TABLE hexastore.users (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text NOT NULL CHECK (email = btrim(email) AND char_length(email) BETWEEN 3 AND 254),
    full_name  text NOT NULL CHECK (full_name = btrim(full_name) AND char_length(full_name) BETWEEN 1 AND 200),
    role       hexastore.user_role NOT NULL,
    status     hexastore.user_status NOT NULL DEFAULT 'active',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON hexastore.users (lower(email));

-- Never granted to the client role in any form.
CREATE TABLE hexastore.user_credentials (
    user_id       bigint PRIMARY KEY REFERENCES hexastore.users ON DELETE CASCADE,
    password_hash text NOT NULL,
    changed_at    timestamptz NOT NULL DEFAULT now()
);

-- Failed-login throttle, keyed by the normalised e-mail rather than the user,
-- so that unknown e-mails lock exactly like known ones and nothing tells them apart.
CREATE TABLE hexastore.login_throttle (
    email_key       text PRIMARY KEY,
    failed_count    integer NOT NULL DEFAULT 0,
    lockout_count   integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    last_failure_at timestamptz NOT NULL DEFAULT now()
);

-- One row per login: the session family. Its access token is replaced on every
-- refresh, so a refresh also retires the access token it replaces.
CREATE TABLE hexastore.sessions (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id           bigint NOT NULL REFERENCES hexastore.users ON DELETE CASCADE,
    device            text NOT NULL DEFAULT '' CHECK (char_length(device) <= 200),
    access_token_hash bytea NOT NULL UNIQUE,
    access_expires_at timestamptz NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    refreshed_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at        timestamptz,
    revoke_reason     text
);
CREATE INDEX sessions_user_live_idx ON hexastore.sessions (user_id) WHERE revoked_at IS NULL;

-- Every refresh token ever issued; rotated ones stay to detect reuse.
CREATE TABLE hexastore.refresh_tokens (
    token_hash bytea PRIMARY KEY,
    session_id bigint NOT NULL REFERENCES hexastore.sessions ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    rotated_at timestamptz
);
CREATE INDEX refresh_tokens_session_idx ON hexastore.refresh_tokens (session_id);

CREATE TABLE hexastore.common_passwords (
    password text PRIMARY KEY
);

CREATE TYPE hexastore.auth_result AS (
    status             text,        -- ok | invalid_credentials | locked | disabled | invalid_token | token_reused | expired
    user_id            bigint,
    role               hexastore.user_role,
    access_token       text,
    access_expires_at  timestamptz,
    refresh_token      text,
    refresh_expires_at timestamptz,
    retry_at           timestamptz  -- with status = locked: when to try again
);

-- ---------------------------------------------------------------------------
-- Internal helpers (owner only).

-- STABLE, not IMMUTABLE: convert_to() is STABLE, and PostgreSQL inlines a SQL
-- function only when it is declared no less volatile than its body. Inlined,
-- the token check costs a third of what it costs as a function call.
CREATE FUNCTION hexastore._token_hash(p_token text) RETURNS bytea
LANGUAGE sql STABLE STRICT AS $$
    SELECT sha256(convert_to(p_token, 'UTF8'))
$$;

CREATE FUNCTION hexastore._new_token() RETURNS text
LANGUAGE sql VOLATILE AS $$
    SELECT encode(public.gen_random_bytes(32), 'hex')
$$;

-- bcrypt reads at most 72 bytes; hashing first keeps all 128 characters significant.
CREATE FUNCTION hexastore._password_prehash(p_password text) RETURNS text
LANGUAGE sql STABLE STRICT AS $$
    SELECT encode(sha256(convert_to(normalize(p_password, NFKC), 'UTF8')), 'base64')
$$;

CREATE FUNCTION hexastore._hash_password(p_password text) RETURNS text
LANGUAGE sql VOLATILE STRICT SET search_path = hexastore, pg_temp AS $$
    SELECT public.crypt(hexastore._password_prehash(p_password),
                        public.gen_salt('bf', hexastore.setting('bcrypt_cost')::integer))
$$;

CREATE FUNCTION hexastore._check_password_rules(p_password text, p_email text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_normalized text := normalize(coalesce(p_password, ''), NFKC);
BEGIN
    IF char_length(v_normalized) < 8 THEN
        RAISE EXCEPTION 'the password must have at least 8 characters' USING ERRCODE = 'HX104';
    END IF;
    IF char_length(v_normalized) > 128 THEN
        RAISE EXCEPTION 'the password must have at most 128 characters' USING ERRCODE = 'HX105';
    END IF;
    IF lower(v_normalized) = lower(btrim(coalesce(p_email, ''))) THEN
        RAISE EXCEPTION 'the password must not be the e-mail address' USING ERRCODE = 'HX106';
    END IF;
    IF EXISTS (SELECT FROM common_passwords WHERE password = lower(v_normalized)) THEN
        RAISE EXCEPTION 'the password is too common' USING ERRCODE = 'HX107';
    END IF;
END
$$;

CREATE FUNCTION hexastore._create_user(p_email text, p_password text, p_full_name text,
                                       p_role hexastore.user_role) RETURNS bigint
LANGUAGE plpgsql VOLATILE SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_email text := btrim(coalesce(p_email, ''));
    v_name  text := btrim(coalesce(p_full_name, ''));
    v_id    bigint;
BEGIN
    IF char_length(v_email) > 254
       OR v_email !~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$' THEN
        RAISE EXCEPTION 'the e-mail address is not valid' USING ERRCODE = 'HX101';
    END IF;
    IF char_length(v_name) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'the name must have 1 to 200 characters' USING ERRCODE = 'HX102';
    END IF;
    PERFORM _check_password_rules(p_password, v_email);
    BEGIN
        INSERT INTO users (email, full_name, role) VALUES (v_email, v_name, p_role)
        RETURNING id INTO v_id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'an account with this e-mail address already exists' USING ERRCODE = 'HX103';
    END;
    INSERT INTO user_credentials (user_id, password_hash) VALUES (v_id, _hash_password(p_password));
    RETURN v_id;
END
$$;

CREATE FUNCTION hexastore._open_session(p_user_id bigint, p_role hexastore.user_role, p_device text)
RETURNS hexastore.auth_result
LANGUAGE plpgsql VOLATILE SET search_path = hexastore, pg_temp AS $$
DECLARE
    r          auth_result;
    v_session  bigint;
BEGIN
    r.status := 'ok';
    r.user_id := p_user_id;
    r.role := p_role;
    r.access_token := _new_token();
    r.refresh_token := _new_token();
    r.access_expires_at := now() + make_interval(secs => setting('access_token_seconds'));
    r.refresh_expires_at := now() + make_interval(secs => setting('refresh_token_seconds'));
    INSERT INTO sessions (user_id, device, access_token_hash, access_expires_at)
    VALUES (p_user_id, left(coalesce(p_device, ''), 200), _token_hash(r.access_token), r.access_expires_at)
    RETURNING id INTO v_session;
    INSERT INTO refresh_tokens (token_hash, session_id, expires_at)
    VALUES (_token_hash(r.refresh_token), v_session, r.refresh_expires_at);
    RETURN r;
END
$$;

-- Records one failed attempt for an e-mail key; returns the lock end when this
-- failure locks it. Lock length doubles with every lockout until a success.
CREATE FUNCTION hexastore._record_login_failure(p_email_key text) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_locked_until timestamptz;
BEGIN
    INSERT INTO login_throttle AS t (email_key, failed_count, last_failure_at)
    VALUES (p_email_key, 1, now())
    ON CONFLICT (email_key) DO UPDATE
        SET failed_count = t.failed_count + 1, last_failure_at = now();
    UPDATE login_throttle
       SET locked_until = now() + make_interval(secs => least(
               setting('lockout_seconds') * power(2, least(lockout_count, 20))::bigint,
               setting('lockout_max_seconds'))),
           lockout_count = lockout_count + 1,
           failed_count = 0
     WHERE email_key = p_email_key AND failed_count >= setting('login_max_failures')
    RETURNING locked_until INTO v_locked_until;
    RETURN v_locked_until;
END
$$;

-- ---------------------------------------------------------------------------
-- The token check every policy uses. STABLE so that `(SELECT current_user_id())`
-- runs once per statement.

CREATE FUNCTION hexastore.current_user_id() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_token text := current_setting('hexastore.access_token', true);
    v_user  bigint;
BEGIN
    IF v_token IS NULL OR v_token = '' THEN
        RETURN NULL;
    END IF;
    SELECT s.user_id INTO v_user
      FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.access_token_hash = _token_hash(v_token)
       AND s.revoked_at IS NULL
       AND s.access_expires_at > now()
       AND u.status = 'active';
    IF v_user IS NULL THEN
        RAISE EXCEPTION 'the access token is invalid, expired or revoked' USING ERRCODE = '28000';
    END IF;
    RETURN v_user;
END
$$;

CREATE FUNCTION hexastore.current_user_role() RETURNS hexastore.user_role
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    SELECT role FROM hexastore.users WHERE id = hexastore.current_user_id()
$$;

CREATE FUNCTION hexastore._require_user() RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user bigint := current_user_id();
BEGIN
    IF v_user IS NULL THEN
        RAISE EXCEPTION 'not logged in' USING ERRCODE = '28000';
    END IF;
    RETURN v_user;
END
$$;

CREATE FUNCTION hexastore._require_admin() RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user bigint := _require_user();
BEGIN
    IF (SELECT role FROM users WHERE id = v_user) <> 'admin' THEN
        RAISE EXCEPTION 'only an administrator may do this' USING ERRCODE = '42501';
    END IF;
    RETURN v_user;
END
$$;

-- ---------------------------------------------------------------------------
-- The public SQL API (docs/sql-api.md).

CREATE FUNCTION hexastore.register_user(p_email text, p_password text, p_full_name text, p_role text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('buyer', 'seller') THEN
        RAISE EXCEPTION 'only buyer and seller accounts can be registered' USING ERRCODE = 'HX108';
    END IF;
    RETURN _create_user(p_email, p_password, p_full_name, p_role::user_role);
END
$$;

-- Failures are answered, not raised: raising would roll back the failure counter.
CREATE FUNCTION hexastore.login(p_email text, p_password text, p_device text DEFAULT '')
RETURNS hexastore.auth_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_key      text := lower(btrim(coalesce(p_email, '')));
    v_throttle login_throttle;
    v_user     users;
    v_hash     text;
    v_cost     integer := setting('bcrypt_cost')::integer;
    r          auth_result;
BEGIN
    SELECT * INTO v_throttle FROM login_throttle WHERE email_key = v_key FOR UPDATE;
    IF v_throttle.locked_until > now() THEN
        r.status := 'locked';
        r.retry_at := v_throttle.locked_until;
        RETURN r;
    END IF;

    SELECT u.* INTO v_user FROM users u WHERE lower(u.email) = v_key;
    SELECT c.password_hash INTO v_hash FROM user_credentials c WHERE c.user_id = v_user.id;

    IF v_hash IS NULL THEN
        -- Spend the same time as a real check so timing reveals nothing.
        PERFORM public.crypt('x', public.gen_salt('bf', v_cost));
    END IF;
    IF v_hash IS NULL OR public.crypt(_password_prehash(coalesce(p_password, '')), v_hash) <> v_hash THEN
        r.retry_at := _record_login_failure(v_key);
        r.status := CASE WHEN r.retry_at IS NULL THEN 'invalid_credentials' ELSE 'locked' END;
        RETURN r;
    END IF;

    IF v_user.status <> 'active' THEN
        r.status := 'disabled';
        RETURN r;
    END IF;

    DELETE FROM login_throttle WHERE email_key = v_key;
    -- Upgrade the hash when the operator raised the cost since it was made.
    IF substring(v_hash FROM 5 FOR 2)::integer <> v_cost THEN
        UPDATE user_credentials SET password_hash = _hash_password(p_password) WHERE user_id = v_user.id;
    END IF;
    RETURN _open_session(v_user.id, v_user.role, p_device);
END
$$;

CREATE FUNCTION hexastore.refresh_session(p_refresh_token text)
RETURNS hexastore.auth_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_token   refresh_tokens;
    v_session sessions;
    v_user    users;
    r         auth_result;
BEGIN
    SELECT * INTO v_token FROM refresh_tokens
     WHERE token_hash = _token_hash(coalesce(p_refresh_token, '')) FOR UPDATE;
    IF NOT FOUND THEN
        r.status := 'invalid_token';
        RETURN r;
    END IF;
    SELECT * INTO v_session FROM sessions WHERE id = v_token.session_id FOR UPDATE;
    IF v_session.revoked_at IS NOT NULL THEN
        r.status := 'invalid_token';
        RETURN r;
    END IF;
    IF v_token.rotated_at IS NOT NULL THEN
        -- A rotated token came back: someone holds a copy. End the whole family.
        UPDATE sessions SET revoked_at = now(), revoke_reason = 'refresh token reused'
         WHERE id = v_session.id;
        r.status := 'token_reused';
        RETURN r;
    END IF;
    IF v_token.expires_at <= now() THEN
        r.status := 'expired';
        RETURN r;
    END IF;
    SELECT * INTO v_user FROM users WHERE id = v_session.user_id;
    IF v_user.status <> 'active' THEN
        r.status := 'disabled';
        RETURN r;
    END IF;

    UPDATE refresh_tokens SET rotated_at = now() WHERE token_hash = v_token.token_hash;
    r.status := 'ok';
    r.user_id := v_user.id;
    r.role := v_user.role;
    r.access_token := _new_token();
    r.refresh_token := _new_token();
    r.access_expires_at := now() + make_interval(secs => setting('access_token_seconds'));
    r.refresh_expires_at := now() + make_interval(secs => setting('refresh_token_seconds'));
    UPDATE sessions
       SET access_token_hash = _token_hash(r.access_token),
           access_expires_at = r.access_expires_at,
           refreshed_at = now()
     WHERE id = v_session.id;
    INSERT INTO refresh_tokens (token_hash, session_id, expires_at)
    VALUES (_token_hash(r.refresh_token), v_session.id, r.refresh_expires_at);
    RETURN r;
END
$$;

CREATE FUNCTION hexastore.logout() RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    PERFORM _require_user();
    UPDATE sessions SET revoked_at = now(), revoke_reason = 'logout'
     WHERE access_token_hash = _token_hash(current_setting('hexastore.access_token', true))
       AND revoked_at IS NULL;
END
$$;

CREATE FUNCTION hexastore.logout_all() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_count integer;
BEGIN
    UPDATE sessions SET revoked_at = now(), revoke_reason = 'logout everywhere'
     WHERE user_id = _require_user() AND revoked_at IS NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- Returns false for a wrong old password (counted like a failed login, which
-- is why it does not raise); raises for an invalid new password or a lock.
CREATE FUNCTION hexastore.change_password(p_old_password text, p_new_password text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user     users;
    v_key      text;
    v_hash     text;
    v_throttle login_throttle;
BEGIN
    SELECT * INTO v_user FROM users WHERE id = _require_user();
    v_key := lower(v_user.email);
    SELECT * INTO v_throttle FROM login_throttle WHERE email_key = v_key FOR UPDATE;
    IF v_throttle.locked_until > now() THEN
        RAISE EXCEPTION 'too many wrong passwords; try again at %', v_throttle.locked_until
            USING ERRCODE = 'HX110';
    END IF;
    PERFORM _check_password_rules(p_new_password, v_user.email);
    SELECT password_hash INTO v_hash FROM user_credentials WHERE user_id = v_user.id;
    IF public.crypt(_password_prehash(coalesce(p_old_password, '')), v_hash) <> v_hash THEN
        PERFORM _record_login_failure(v_key);
        RETURN false;
    END IF;
    DELETE FROM login_throttle WHERE email_key = v_key;
    UPDATE user_credentials SET password_hash = _hash_password(p_new_password), changed_at = now()
     WHERE user_id = v_user.id;
    UPDATE sessions SET revoked_at = now(), revoke_reason = 'password changed'
     WHERE user_id = v_user.id AND revoked_at IS NULL
       AND access_token_hash <> _token_hash(current_setting('hexastore.access_token', true));
    RETURN true;
END
$$;

-- The caller's live sessions, for "where am I logged in".
CREATE FUNCTION hexastore.my_sessions()
RETURNS TABLE (session_id bigint, device text, created_at timestamptz, refreshed_at timestamptz,
               is_current boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    SELECT s.id, s.device, s.created_at, s.refreshed_at,
           s.access_token_hash = hexastore._token_hash(current_setting('hexastore.access_token', true))
      FROM hexastore.sessions s
     WHERE s.user_id = hexastore._require_user()
       AND s.revoked_at IS NULL
       AND EXISTS (SELECT FROM hexastore.refresh_tokens t
                    WHERE t.session_id = s.id AND t.rotated_at IS NULL AND t.expires_at > now())
     ORDER BY s.refreshed_at DESC
$$;

-- Administrators create couriers and other admins; operators use provision_user.
CREATE FUNCTION hexastore.admin_create_user(p_email text, p_password text, p_full_name text, p_role text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    PERFORM _require_admin();
    IF p_role IS NULL OR p_role NOT IN ('buyer', 'seller', 'courier', 'admin') THEN
        RAISE EXCEPTION 'unknown role' USING ERRCODE = 'HX111';
    END IF;
    RETURN _create_user(p_email, p_password, p_full_name, p_role::user_role);
END
$$;

CREATE FUNCTION hexastore.admin_set_user_status(p_user_id bigint, p_status text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_admin bigint := _require_admin();
BEGIN
    IF p_status IS NULL OR p_status NOT IN ('active', 'disabled') THEN
        RAISE EXCEPTION 'unknown status' USING ERRCODE = 'HX111';
    END IF;
    IF p_user_id = v_admin THEN
        RAISE EXCEPTION 'administrators cannot change their own status' USING ERRCODE = 'HX112';
    END IF;
    UPDATE users SET status = p_status::user_status WHERE id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such user' USING ERRCODE = 'HX113';
    END IF;
    IF p_status = 'disabled' THEN
        UPDATE sessions SET revoked_at = now(), revoke_reason = 'account disabled'
         WHERE user_id = p_user_id AND revoked_at IS NULL;
    END IF;
END
$$;

-- Operator-only (hexastore-admin create-user): any role, no caller check.
CREATE FUNCTION hexastore.provision_user(p_email text, p_password text, p_full_name text, p_role text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('buyer', 'seller', 'courier', 'admin') THEN
        RAISE EXCEPTION 'unknown role' USING ERRCODE = 'HX111';
    END IF;
    RETURN _create_user(p_email, p_password, p_full_name, p_role::user_role);
END
$$;

CREATE FUNCTION hexastore._touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER users_touch BEFORE UPDATE ON hexastore.users
    FOR EACH ROW EXECUTE FUNCTION hexastore._touch_updated_at();

-- ---------------------------------------------------------------------------
-- What the client role may touch.

ALTER TABLE hexastore.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.user_credentials ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.refresh_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.login_throttle ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.common_passwords ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.schema_migrations ENABLE ROW LEVEL SECURITY;

CREATE POLICY users_read ON hexastore.users FOR SELECT TO hexastore_client
    USING (id = (SELECT hexastore.current_user_id())
           OR (SELECT hexastore.current_user_role()) = 'admin');
CREATE POLICY users_update_own ON hexastore.users FOR UPDATE TO hexastore_client
    USING (id = (SELECT hexastore.current_user_id()))
    WITH CHECK (id = (SELECT hexastore.current_user_id()));

GRANT SELECT (id, email, full_name, role, status, created_at, updated_at) ON hexastore.users TO hexastore_client;
GRANT UPDATE (full_name) ON hexastore.users TO hexastore_client;

GRANT EXECUTE ON FUNCTION
    hexastore.schema_version(),
    hexastore.current_user_id(),
    hexastore.current_user_role(),
    hexastore.register_user(text, text, text, text),
    hexastore.login(text, text, text),
    hexastore.refresh_session(text),
    hexastore.logout(),
    hexastore.logout_all(),
    hexastore.change_password(text, text),
    hexastore.my_sessions(),
    hexastore.admin_create_user(text, text, text, text),
    hexastore.admin_set_user_status(bigint, text)
TO hexastore_client;
